import { dialog, type BrowserWindow } from 'electron';
import { formatMessage } from '../../core/i18n/format-message';

/** What closing the window needs to know and do. */
export interface CloseBehaviour {
  /** True once the user chose Quit: closing then really closes. */
  readonly isQuitting: () => boolean;
  /** Whether a routine is running or paused. */
  readonly hasRoutine: () => boolean;
  readonly pauseRoutine: () => void;
  readonly stopRoutine: () => void;
  /** `process.platform`; on macOS the app stays in the Dock when its window closes. */
  readonly platform: NodeJS.Platform;
  /** Whether this desktop shows the app's tray icon (some Linux desktops show none). */
  readonly hasTray: () => boolean;
  /**
   * Called each time the window hides while the app keeps running (for the one-time note), saying
   * whether there is a tray icon to find it by.
   */
  readonly onHidden: (where: 'tray' | 'no-tray') => void;
}

/** The answers of the "routine paused" question, in button order. */
const BACK_TO_ROUTINE = 0;
const STOP_AND_CLOSE = 1;

/**
 * What the window's close button does.
 *
 * While a routine is on, closing never makes the app vanish with cues still sounding: the routine
 * pauses (cues stop, the display may sleep) and the user is asked, in plain words, whether to go
 * back to it or stop it and close. With no routine, the window hides and the app keeps running for
 * the evening's reminder: in the tray, or the Dock on macOS, or, on a desktop that shows no tray
 * icons, in the background (launching it again opens the window), which the note then says.
 */
export function setupCloseBehaviour(window: BrowserWindow, behaviour: CloseBehaviour): void {
  let isAsking = false;
  window.on('close', (event) => {
    if (behaviour.isQuitting()) return;
    if (behaviour.hasRoutine()) {
      event.preventDefault();
      if (isAsking) return;
      isAsking = true;
      behaviour.pauseRoutine();
      void askAboutRoutine(window).then((answer) => {
        isAsking = false;
        if (answer !== STOP_AND_CLOSE || window.isDestroyed()) return;
        behaviour.stopRoutine();
        window.close();
      });
      return;
    }
    event.preventDefault();
    window.hide();
    if (behaviour.platform !== 'darwin')
      behaviour.onHidden(behaviour.hasTray() ? 'tray' : 'no-tray');
  });
}

async function askAboutRoutine(window: BrowserWindow): Promise<number> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    title: formatMessage('app.name'),
    message: formatMessage('close.routinePaused.title'),
    detail: formatMessage('close.routinePaused.detail'),
    buttons: [formatMessage('close.routinePaused.back'), formatMessage('close.routinePaused.stop')],
    defaultId: BACK_TO_ROUTINE,
    cancelId: BACK_TO_ROUTINE,
    noLink: true,
  });
  return response;
}
