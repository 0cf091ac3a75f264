import { app, dialog } from 'electron';
import { formatMessage } from '../core/i18n/format-message';

/**
 * Starts the app, and if starting fails, says so and ends the process: never a process left
 * running with no window and no tray, holding the single-instance lock so that every later launch
 * quits at once. The user sees what happened and where the data is (Electron's error box, which
 * works even before the app is ready), then the app exits, which frees the lock.
 */
export async function startOrExplain(
  start: () => Promise<unknown>,
  log: Pick<Console, 'error'> = console,
): Promise<void> {
  try {
    await start();
  } catch (error) {
    log.error('Bedtime Stretch could not start', error);
    dialog.showErrorBox(
      formatMessage('startup.failed.title'),
      formatMessage('startup.failed.detail', {
        folder: userDataFolder(),
        reason: error instanceof Error ? error.message : String(error),
      }),
    );
    app.exit(1);
  }
}

/** Where the user's data is, as far as Electron can say. */
function userDataFolder(): string {
  try {
    return app.getPath('userData');
  } catch {
    return app.getName();
  }
}
