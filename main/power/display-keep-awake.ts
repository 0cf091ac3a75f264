import { powerSaveBlocker } from 'electron';
import type { DisplayKeepAwake } from '../session/session-engine';

/** Keeps the display from sleeping while a routine runs, through Electron's power-save blocker. */
export function createDisplayKeepAwake(): DisplayKeepAwake {
  let blockerId: number | null = null;
  return {
    start() {
      if (blockerId !== null && powerSaveBlocker.isStarted(blockerId)) return;
      blockerId = powerSaveBlocker.start('prevent-display-sleep');
    },
    stop() {
      if (blockerId !== null) powerSaveBlocker.stop(blockerId);
      blockerId = null;
    },
  };
}
