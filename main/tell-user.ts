import { dialog } from 'electron';
import { formatMessage } from '../core/i18n/format-message';

/** Tells the user something once, in a calm information box with one OK (a file set aside). */
export function tellUser(message: string, detail: string): void {
  void dialog.showMessageBox({
    type: 'info',
    title: formatMessage('app.name'),
    message,
    detail,
    buttons: [formatMessage('common.ok')],
  });
}
