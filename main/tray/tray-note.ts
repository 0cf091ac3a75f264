import { dialog, Notification } from 'electron';
import { formatMessage } from '../../core/i18n/format-message';
import type { SettingsStore } from '../settings/settings-store';

/**
 * Says once, the first time the window closes into the tray, that the app is still there and how
 * to quit it: a quiet notification, or a message box where notifications are not supported.
 */
export function noteStillInTrayOnce(settings: SettingsStore, log: Pick<Console, 'error'>): void {
  if (settings.get().hasSeenTrayNote) return;
  const title = formatMessage('tray.stillHere.title');
  const body = formatMessage('tray.stillHere.body');
  if (Notification.isSupported()) {
    new Notification({ title, body, silent: true }).show();
  } else {
    void dialog.showMessageBox({
      type: 'info',
      title: formatMessage('app.name'),
      message: title,
      detail: body,
      buttons: [formatMessage('common.ok')],
    });
  }
  settings.update({ hasSeenTrayNote: true }).catch((error: unknown) => {
    log.error('Could not note that the tray note was shown', error);
  });
}
