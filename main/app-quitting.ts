import { app } from 'electron';

/**
 * How the app ends: with its last window, and only once the user's store is closed, so the last
 * session (recorded as the routine stops on quitting) reaches the disk first.
 */
export function setupQuitting(deps: {
  readonly closeStore: () => Promise<void>;
  /** Stops what runs (the routine, the reminders, the tray) as quitting begins. */
  readonly stopEverything: () => void;
}): void {
  app.on('window-all-closed', () => app.quit());
  let isStoreClosed = false;
  app.on('will-quit', (event) => {
    if (isStoreClosed) return;
    event.preventDefault();
    void deps.closeStore().finally(() => {
      isStoreClosed = true;
      app.quit();
    });
  });
  app.on('before-quit', deps.stopEverything);
}
