import { Notification } from 'electron';
import type { ReminderAnswer } from '../../core/reminders/reminder-schedule';
import { reminderToastXml, type ToastText } from './windows-toast';

/** Notifications on screen, held so they are not collected (and their clicks lost) early. */
const showing = new Set<Notification>();

/** What a reminder notification says and how it behaves. */
export interface ReminderNotificationSpec {
  readonly text: ToastText;
  readonly platform: NodeJS.Platform;
  /** Quiet when the app's own window also shows the reminder (it sounds one soft chime). */
  readonly isSilent: boolean;
  /** The user's answer from the notification: its click opens Tonight, its buttons start or snooze. */
  readonly onAnswer: (answer: ReminderAnswer) => void;
  /** The system could not show it. */
  readonly onFailed: (error: string) => void;
}

/**
 * Shows a reminder as a system notification that stays until acted on where the platform allows:
 * urgency "critical" with no timeout on Linux, a toast in the "reminder" scenario on Windows. It
 * has Start and Snooze buttons where the platform has them (macOS, Windows); on Windows their
 * presses come through `Notification.handleActivation`, set up once by the reminders.
 *
 * Returns the notification, or `null` where notifications are not supported.
 */
export function showReminderNotification(spec: ReminderNotificationSpec): Notification | null {
  if (!Notification.isSupported()) return null;
  const { text, platform } = spec;
  const notification = new Notification({
    title: text.title,
    body: text.body,
    urgency: 'critical',
    timeoutType: 'never',
    silent: spec.isSilent,
    ...(platform === 'darwin'
      ? {
          actions: [
            { type: 'button', text: text.startLabel },
            { type: 'button', text: text.snoozeLabel },
          ],
        }
      : {}),
    ...(platform === 'win32' ? { toastXml: reminderToastXml(text, spec.isSilent) } : {}),
  });
  showing.add(notification);
  const forget = () => showing.delete(notification);
  if (platform !== 'win32') {
    notification.on('click', () => {
      forget();
      spec.onAnswer({ kind: 'open' });
    });
    notification.on('action', (details, legacyIndex?: number) => {
      forget();
      const index = (details as { actionIndex?: number }).actionIndex ?? legacyIndex;
      spec.onAnswer(index === 0 ? { kind: 'start-tonight' } : { kind: 'snooze', minutes: 10 });
    });
  }
  notification.on('close', forget);
  notification.on('failed', (_event, error) => {
    forget();
    spec.onFailed(String(error));
  });
  notification.show();
  return notification;
}
