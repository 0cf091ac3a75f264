import { powerMonitor } from 'electron';
import type { PauseReason } from '../../core/session/session-state';

/**
 * Pauses the routine when the computer goes to sleep, and on screen lock if the user wants that.
 * It never resumes by itself: after a sleep the user picks up when ready.
 */
export function pauseOnSleep(
  pause: (reason: PauseReason) => void,
  shouldPauseOnLock: () => boolean,
): void {
  powerMonitor.on('suspend', () => pause('system-sleep'));
  powerMonitor.on('lock-screen', () => {
    if (shouldPauseOnLock()) pause('screen-locked');
  });
}
