import { utilityProcess } from 'electron';
import type { ZoneProbe } from './refreshing-time-zone';

/** A probe that has not answered in this long is ended and counts as failed. */
const PROBE_TIMEOUT_MS = 10_000;

/**
 * Asks a utility process (Electron's own kind of child, which the packaged app's fuses allow,
 * unlike running the executable as Node) for the zone its runtime found as it started.
 * `scriptPath` is the probe's file (`ZONE_PROBE_FILE`, beside `main.js`).
 */
export function utilityProcessZoneProbe(scriptPath: string): ZoneProbe {
  return () =>
    new Promise<string>((resolve, reject) => {
      const child = utilityProcess.fork(scriptPath, [], {
        serviceName: 'Bedtime Stretch time zone',
        stdio: 'ignore',
      });
      const end = (settle: () => void) => {
        clearTimeout(timer);
        child.removeAllListeners();
        child.kill();
        settle();
      };
      const timer = setTimeout(
        () => end(() => reject(new Error('the probe did not answer'))),
        PROBE_TIMEOUT_MS,
      );
      child.once('message', (zone: unknown) => end(() => resolve(String(zone))));
      child.once('exit', (code: number) =>
        end(() => reject(new Error(`the probe ended without an answer (code ${code})`))),
      );
    });
}
