import type { Notification } from 'electron';
import type {
  ReminderAnswer,
  ReminderStyle,
  ShownReminder,
} from '../../core/reminders/reminder-schedule';
import { showReminderNotification } from './reminder-notification';
import type { ReminderWindow } from './reminder-window';
import type { ToastText } from './windows-toast';

/** What the presenter reads and tells. */
export interface ReminderPresenterDeps {
  /** The user's reminder style, read at each reminder. */
  readonly style: () => ReminderStyle;
  readonly platform: NodeJS.Platform;
  readonly window: ReminderWindow;
  readonly log: Pick<Console, 'warn'>;
  readonly onAnswer: (answer: ReminderAnswer) => void;
}

/**
 * Puts a reminder in front of the user in their chosen style: a system notification, the app's own
 * reminder window, or both (then the notification is silent and the window sounds one soft chime,
 * so one reminder makes one sound). Where a notification is not supported or fails, the window is
 * used instead. A reminder answered anywhere is taken away everywhere.
 */
export class ReminderPresenter {
  private notification: Notification | null = null;
  /** Counts reminders presented, so a late failure of an old notification is ignored. */
  private presented = 0;

  constructor(private readonly deps: ReminderPresenterDeps) {}

  present(reminder: ShownReminder, text: ToastText): void {
    this.withdraw();
    const { deps } = this;
    const style = deps.style();
    const showWindow = () => {
      if (!deps.window.isOpen()) deps.window.show(reminder);
    };
    if (style !== 'notification') showWindow();
    if (style === 'window') return;
    this.presented += 1;
    const presented = this.presented;
    let hasFailed = false;
    const notification = showReminderNotification({
      text,
      platform: deps.platform,
      isSilent: style === 'both',
      onAnswer: deps.onAnswer,
      onFailed: (error) => {
        if (presented !== this.presented) return; // an older reminder's, already taken away
        hasFailed = true;
        deps.log.warn(`The reminder notification failed (${error}); showing the window instead`);
        this.notification = null;
        showWindow();
      },
    });
    this.notification = hasFailed ? null : notification;
    if (notification === null) showWindow();
  }

  /** The reminder the app's window shows, or `null`. */
  current(): ShownReminder | null {
    return this.deps.window.current();
  }

  /** Whether a reminder is on show. */
  isShowing(): boolean {
    return this.notification !== null || this.deps.window.isOpen();
  }

  /** Takes the reminder away: the notification and the window. */
  withdraw(): void {
    // A late failure of the notification taken away must not bring the window back.
    this.presented += 1;
    const notification = this.notification;
    this.notification = null;
    notification?.close();
    this.deps.window.close();
  }
}
