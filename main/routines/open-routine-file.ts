import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { formatMessage } from '../../core/i18n/format-message';
import { sendEvent } from '../ipc';
import { revealOnScreen } from '../main-window';
import { importFromFile, type RoutineFileSetup } from './routine-file-handlers';

/** A file opened with the app that names no file this computer can open: said on Routines. */
export function refuseFileOpened(problem: string, window: BrowserWindow): void {
  revealOnScreen(window, 'routines');
  sendEvent(window.webContents, 'importOutcome', {
    kind: 'refused',
    message: problem,
    where: formatMessage('import.where.file'),
  });
}

/**
 * A routines file opened with the app (from the file manager): the app comes forward on Routines
 * and asks before importing it, the same import as from the Routines screen; how it went is told
 * to the window.
 */
export async function offerImport(
  filePath: string,
  setup: Pick<RoutineFileSetup, 'settings' | 'routines' | 'log'> & { window: BrowserWindow },
): Promise<void> {
  const { window } = setup;
  revealOnScreen(window, 'routines');
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    title: formatMessage('app.name'),
    message: formatMessage('import.offer', { file: path.basename(filePath) }),
    detail: formatMessage('import.offerDetail'),
    buttons: [formatMessage('import.offerYes'), formatMessage('common.cancel')],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0) return;
  try {
    const outcome = await importFromFile(filePath, setup);
    sendEvent(window.webContents, 'importOutcome', outcome);
  } catch (error) {
    setup.log.warn(`Could not import ${filePath}: ${String(error)}`);
    sendEvent(window.webContents, 'importOutcome', {
      kind: 'refused',
      message: formatMessage('routines.notSaved'),
      where: formatMessage('import.where.file'),
    });
  }
}
