import { Notification, type BrowserWindow } from 'electron';
import { formatMessage } from '../../core/i18n/format-message';
import { revealOnScreen } from '../main-window';
import type { DueReminder } from './reminder-service';

/** Notifications on screen, held so they are not collected (and their clicks lost) early. */
const showing = new Set<Notification>();

/**
 * Gives a reminder: a system notification that stays until acted on where the platform allows
 * (Linux urgency "critical", no timeout), whose click opens Tonight. Where notifications are not
 * supported or fail, the app's own window comes forward on Tonight instead.
 */
export function showReminder(
  reminder: DueReminder,
  window: BrowserWindow,
  bedtimeText: string,
  log: Pick<Console, 'warn'>,
): void {
  const openTonight = () => revealOnScreen(window, 'tonight');
  if (!Notification.isSupported()) {
    openTonight();
    return;
  }
  const notification = new Notification({
    title: formatMessage('reminder.title'),
    body: formatMessage(reminder.isCatchUp ? 'reminder.catchUpBody' : 'reminder.body', {
      time: bedtimeText,
    }),
    urgency: 'critical',
    timeoutType: 'never',
    silent: false,
  });
  showing.add(notification);
  notification.on('click', () => {
    showing.delete(notification);
    openTonight();
  });
  notification.on('close', () => showing.delete(notification));
  notification.on('failed', (_event, error) => {
    log.warn(`The reminder notification failed (${error}); showing the window instead`);
    showing.delete(notification);
    openTonight();
  });
  notification.show();
}
