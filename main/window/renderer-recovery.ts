import type { BrowserWindow } from 'electron';

/** More reloads than this within the window below means reloading does not help. */
export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 60_000;

/**
 * Brings the page back when its renderer crashes or hangs. The routine lives in main, so a fresh
 * page picks it up where it stands (main sends its state on every load). Reloading stops after a
 * few tries in a minute, so a page that crashes at once does not spin.
 */
export function setupRendererRecovery(
  window: BrowserWindow,
  log: Pick<Console, 'warn' | 'error'>,
  monotonicNow: () => number,
): void {
  const contents = window.webContents;
  let reloads: number[] = [];
  let isRecovering = false;
  /** Main itself ended a hung renderer; the 'killed' report of that is no new failure. */
  let hasEndedRenderer = false;

  const reload = (why: string) => {
    if (window.isDestroyed() || isRecovering) return;
    const now = monotonicNow();
    reloads = reloads.filter((at) => now - at < RELOAD_WINDOW_MS);
    if (reloads.length >= MAX_RELOADS) {
      log.error(`The page ${why} again; not reloading it any more`);
      return;
    }
    reloads.push(now);
    isRecovering = true;
    log.warn(`The page ${why}; reloading it`);
    contents.reload();
  };

  contents.on('did-finish-load', () => {
    isRecovering = false;
  });
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    if (details.reason === 'killed' && hasEndedRenderer) {
      hasEndedRenderer = false;
      return;
    }
    reload(`stopped (${details.reason})`);
  });
  window.on('unresponsive', () => {
    // A hung renderer cannot reload itself: end it first, as Electron's documentation suggests.
    hasEndedRenderer = true;
    contents.forcefullyCrashRenderer();
    reload('stopped responding');
  });
}
