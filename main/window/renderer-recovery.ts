import type { BrowserWindow } from 'electron';

/** More reloads than this within `RELOAD_WINDOW_MS` means reloading does not help. */
export const MAX_RELOADS = 3;
/** The span, in monotonic milliseconds, over which reloads are counted. */
export const RELOAD_WINDOW_MS = 60_000;

/** What recovery needs from the rest of the app. */
export interface RecoveryHooks {
  readonly monotonicNow: () => number;
  /** Called once reloading has stopped helping: the page is gone for now. */
  readonly onGiveUp: () => void;
}

/**
 * Brings the page back when its renderer crashes or hangs. The routine lives in main, so a fresh
 * page picks it up where it stands (main sends its state on every load). Reloading stops after a
 * few tries in a minute, so a page that crashes at once does not spin; then `onGiveUp` lets the
 * app pause the routine rather than run it on with no page to sound its cues.
 */
export function setupRendererRecovery(
  window: BrowserWindow,
  log: Pick<Console, 'warn' | 'error'>,
  hooks: RecoveryHooks,
): void {
  const contents = window.webContents;
  let reloads: number[] = [];
  let isRecovering = false;
  /** Main itself ended a hung renderer; the 'killed' report of that is no new failure. */
  let hasEndedRenderer = false;

  /** Whether one more reload is allowed now (and counts it if so). */
  const mayReload = (why: string): boolean => {
    const now = hooks.monotonicNow();
    reloads = reloads.filter((at) => now - at < RELOAD_WINDOW_MS);
    if (reloads.length >= MAX_RELOADS) {
      log.error(`The page ${why} again; not reloading it any more`);
      hooks.onGiveUp();
      return false;
    }
    reloads.push(now);
    return true;
  };

  const reload = (why: string) => {
    if (window.isDestroyed() || isRecovering || !mayReload(why)) return;
    isRecovering = true;
    log.warn(`The page ${why}; reloading it`);
    contents.reload();
  };

  contents.on('did-finish-load', () => {
    isRecovering = false;
  });
  // A reload that fails must not leave recovery waiting for a load that never finishes.
  contents.on('did-fail-load', () => {
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
    if (window.isDestroyed() || isRecovering) return;
    if (!mayReload('stopped responding')) return;
    // A hung renderer cannot reload itself: end it first, as Electron's documentation suggests.
    hasEndedRenderer = true;
    contents.forcefullyCrashRenderer();
    isRecovering = true;
    log.warn('The page stopped responding; reloading it');
    contents.reload();
  });
}
