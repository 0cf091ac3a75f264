import { RefreshingTimeZone, type ZoneProbe } from './refreshing-time-zone';
import { readSystemTimeZone } from './system-time-zone';
import { watchSystemTimeZone } from './time-zone-watch';

/** The system's time zone as main reads it, and its word that the zone may have changed. */
export interface SystemZone {
  /** The zone now, for anything that shows or dates a time. */
  read(): string;
  /**
   * Only where a read may be old (Windows): asks the system for its zone afresh, before a look at
   * the clock near a reminder or on waking; resolves once `read` gives what the system says.
   */
  readonly refresh?: () => Promise<void>;
  /** Calls `onChange` when the zone may have changed; returns a function that stops it. */
  watch(onChange: () => void): () => void;
}

/** A zone a test sets: read as it says, never refreshed, and no system event changes it. */
export function fixedZone(read: () => string): SystemZone {
  return { read, watch: () => () => undefined };
}

/** How the zone is found; Windows needs a probe (`utilityProcessZoneProbe`). */
export interface SystemZoneOptions {
  readonly platform: NodeJS.Platform;
  readonly log: Pick<Console, 'warn'>;
  readonly probe: () => ZoneProbe;
  readonly monotonicNow?: () => number;
}

/**
 * The system's zone, noticed when it changes although Electron's runtime keeps the one it
 * started with:
 * - Linux and macOS: read afresh from `TZ` or the `/etc/localtime` link at every read; a new link
 *   is told at once (the folder is watched).
 * - Windows: no file names the zone, so a probe (a fresh process) asks the system: at every look
 *   at the clock by the reminders (every 15 minutes near a reminder, on waking and unlocking),
 *   which waits for its answer, and in the background when an ordinary read finds the zone more
 *   than a minute old. What a probe finds is told at once.
 */
export function systemZone(options: SystemZoneOptions): SystemZone {
  if (options.platform !== 'win32') {
    return {
      read: () => readSystemTimeZone(),
      watch: (onChange) => watchSystemTimeZone(options.platform, onChange, options.log),
    };
  }
  const refreshing = new RefreshingTimeZone({
    startZone: readSystemTimeZone(),
    probe: options.probe(),
    monotonicNow: options.monotonicNow ?? (() => performance.now()),
    log: options.log,
  });
  return {
    read: () => refreshing.read(),
    refresh: () => refreshing.refresh(),
    watch: (onChange) => refreshing.watch(onChange),
  };
}
