import { BrowserWindow } from 'electron';
import type { EventPayloadOf } from '../core/ipc/contract';
import { sendEvent } from './ipc';
import { secureWebPreferences } from './window/secure-web-preferences';

/** The night theme's background, shown before the page paints so there is no white flash. */
export const WINDOW_BACKGROUND = '#1d1713';

/** What the main window needs to know to be created. */
export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly startUrl: string;
  readonly title: string;
  /** A packaged app has no DevTools: nobody can be talked into opening them. */
  readonly isPackaged: boolean;
  /** Started at login: the window stays hidden until the user opens it (from the tray). */
  readonly isHiddenAtStart?: boolean;
}

/**
 * Creates the app's one window with the full Electron security baseline. It starts hidden and is
 * shown once the page has painted, on the night background.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 960,
    height: 720,
    minWidth: 560,
    minHeight: 480,
    show: false,
    title: options.title,
    backgroundColor: WINDOW_BACKGROUND,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preloadPath, options.isPackaged),
  });
  if (!options.isHiddenAtStart) window.once('ready-to-show', () => window.show());
  void window.loadURL(options.startUrl);
  return window;
}

/** Brings the window back to the front, for a second launch or a tray click. */
export function revealWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** Brings the window to the front on one of its screens (a reminder's click, the tray). */
export function revealOnScreen(
  window: BrowserWindow,
  screen: EventPayloadOf<'navigate'>['screen'],
): void {
  revealWindow(window);
  if (!window.isDestroyed()) sendEvent(window.webContents, 'navigate', { screen });
}
