import { watch, type FSWatcher } from 'node:fs';

/** Where Linux and macOS keep the link naming the system's zone (`readSystemTimeZone` reads it). */
const ZONE_LINK_DIR = '/etc';
const ZONE_LINK_NAME = 'localtime';

/**
 * Watches for the system's word that the time zone may have changed: on Linux and macOS, the
 * `/etc/localtime` link being replaced (Electron has no zone event, and its runtime keeps the zone
 * it started with). The folder is watched, not the link, as a new link is a new file. Elsewhere,
 * or where the folder cannot be watched, nothing: resume, unlock and the reminders' own looks at
 * the clock still notice the change. Returns the way to stop watching.
 */
export function watchSystemTimeZone(
  platform: NodeJS.Platform,
  onChange: () => void,
  log: Pick<Console, 'warn'>,
  /** The folder holding the link (a test's own folder). */
  linkDir = ZONE_LINK_DIR,
): () => void {
  if (platform === 'win32') return () => undefined;
  let watcher: FSWatcher;
  try {
    watcher = watch(linkDir, { persistent: false }, (_event, name) => {
      if (name === null || String(name) === ZONE_LINK_NAME) onChange();
    });
  } catch (error) {
    log.warn(`Cannot watch the system's time zone (${(error as Error).message})`);
    return () => undefined;
  }
  watcher.on('error', (error) => {
    log.warn(`Stopped watching the system's time zone (${error.message})`);
    watcher.close();
  });
  return () => watcher.close();
}
