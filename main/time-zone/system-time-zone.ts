import { readlinkSync } from 'node:fs';

/** Whether the runtime knows a zone by this name. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** How the system's zone is read (a test injects its own). */
export interface TimeZoneSources {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Reads a symbolic link's target (`/etc/localtime` on Linux and macOS). */
  readonly readLink: (file: string) => string;
  /** The zone the JavaScript runtime started with. */
  readonly runtimeZone: () => string;
}

const realSources: TimeZoneSources = {
  platform: process.platform,
  env: process.env,
  readLink: (file) => readlinkSync(file),
  runtimeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

/**
 * The system's time zone now. Electron's main process keeps the zone it started with (the
 * runtime's cache is not told of a change, electron/electron#33723), so on Linux and macOS the zone
 * is read afresh from where the system keeps it: `TZ` if set, else the `/etc/localtime` link
 * (`…/zoneinfo/Europe/London`). Elsewhere, or if that cannot be read, the runtime's zone.
 */
export function readSystemTimeZone(sources: TimeZoneSources = realSources): string {
  const fromEnv = sources.env['TZ'];
  if (fromEnv && isKnownZone(fromEnv)) return fromEnv;
  if (sources.platform !== 'win32') {
    try {
      const zone = /zoneinfo\/(.+)$/.exec(sources.readLink('/etc/localtime'))?.[1];
      if (zone && isKnownZone(zone)) return zone;
    } catch {
      // Not a link (a copied file) or no such file: the runtime's zone below.
    }
  }
  return sources.runtimeZone();
}
