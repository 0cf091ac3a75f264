import { dialog, Notification } from 'electron';
import { formatMessage } from '../../core/i18n/format-message';
import type { SettingsStore } from '../settings/settings-store';

/**
 * Says once, the first time the window closes, that the app is still there for the reminder, how
 * to open it again and how to quit it: from the tray, or, on a desktop that shows no tray icons,
 * by launching it again. A quiet notification, or a message box where notifications are not
 * supported.
 */
export function noteStillHereOnce(
  where: 'tray' | 'no-tray',
  settings: SettingsStore,
  log: Pick<Console, 'error'>,
): void {
  if (settings.get().hasSeenTrayNote) return;
  const title = formatMessage(where === 'tray' ? 'tray.stillHere.title' : 'tray.noTray.title');
  const body = formatMessage(where === 'tray' ? 'tray.stillHere.body' : 'tray.noTray.body');
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
