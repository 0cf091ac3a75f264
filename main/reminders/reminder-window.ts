import { BrowserWindow, screen } from 'electron';
import type { ShownReminder } from '../../core/reminders/reminder-schedule';
import { WINDOW_BACKGROUND } from '../main-window';
import { secureWebPreferences } from '../window/secure-web-preferences';

/** The reminder window's size: a small card, large type. */
export const REMINDER_WINDOW_SIZE = { width: 500, height: 540 } as const;
/** Its distance from the corner of the screen's work area (clear of panels and docks). */
const MARGIN = 24;

/** What the reminder window is made from. */
export interface ReminderWindowOptions {
  readonly preloadPath: string;
  /** The app's start page; the reminder card is its `#reminder` view. */
  readonly startUrl: string;
  readonly title: string;
  readonly isPackaged: boolean;
  /** Told of each new window, so its page is trusted to call main. */
  readonly onCreated: (window: BrowserWindow) => void;
}

/**
 * The app's own reminder: a small, calm window in the corner of the screen that appears without
 * taking the keyboard from whatever the user is doing (it is shown inactive), stays above other
 * windows until answered, and is seen even when Do Not Disturb hides notifications.
 */
export class ReminderWindow {
  private window: BrowserWindow | null = null;
  private shown: ShownReminder | null = null;

  constructor(private readonly options: ReminderWindowOptions) {}

  /** Shows a reminder (a new one replaces the one on show). */
  show(reminder: ShownReminder): void {
    this.close();
    this.shown = reminder;
    const { workArea } = screen.getPrimaryDisplay();
    const window = new BrowserWindow({
      ...REMINDER_WINDOW_SIZE,
      useContentSize: true,
      x: workArea.x + workArea.width - REMINDER_WINDOW_SIZE.width - MARGIN,
      y: workArea.y + workArea.height - REMINDER_WINDOW_SIZE.height - MARGIN,
      show: false,
      title: this.options.title,
      backgroundColor: WINDOW_BACKGROUND,
      autoHideMenuBar: true,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      alwaysOnTop: true,
      webPreferences: secureWebPreferences(
        this.options.preloadPath,
        this.options.isPackaged,
        'reminder-card',
      ),
    });
    this.window = window;
    this.options.onCreated(window);
    window.once('ready-to-show', () => {
      if (!window.isDestroyed()) window.showInactive();
    });
    window.on('closed', () => {
      if (this.window !== window) return;
      this.window = null;
      this.shown = null;
    });
    void window.loadURL(`${this.options.startUrl}#reminder`);
  }

  /** The reminder on show, or `null`. */
  current(): ShownReminder | null {
    return this.shown;
  }

  /** Whether a reminder window is open. */
  isOpen(): boolean {
    return this.window !== null && !this.window.isDestroyed();
  }

  /** Takes the reminder away (it was answered, or tonight no longer needs it). */
  close(): void {
    const window = this.window;
    this.window = null;
    this.shown = null;
    if (window && !window.isDestroyed()) window.destroy();
  }
}
