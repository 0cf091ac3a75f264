import { isKnownZone } from './system-time-zone';

/** Asks a fresh process for the system's zone: its runtime reads the zone anew as it starts. */
export type ZoneProbe = () => Promise<string>;

/** How a refreshing zone is built; a test gives its own probe and clock. */
export interface RefreshingTimeZoneOptions {
  /** The zone the app's runtime started with. */
  readonly startZone: string;
  readonly probe: ZoneProbe;
  /** A monotonic clock, in milliseconds. */
  readonly monotonicNow: () => number;
  readonly log: Pick<Console, 'warn'>;
}

/** How old the zone may be for an ordinary read (a window asking, a diary entry being dated). */
export const ZONE_READ_MAX_AGE_MS = 60_000;

/**
 * The system's zone where the runtime keeps the one it started with and the system keeps it
 * nowhere a file can be read (Windows): the zone last found by a probe. A read starts a new probe,
 * without waiting, when the last one is older than the reader allows; a look at the clock near a
 * reminder waits for one (`refresh`). A probe that finds another zone tells the watchers, who read
 * again; one that fails keeps the zone as it was.
 */
export class RefreshingTimeZone {
  private zone: string;
  private lastProbeAtMs: number;
  private probing: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: RefreshingTimeZoneOptions) {
    this.zone = options.startZone;
    // The runtime read the zone as it started, just now: no probe is owed at start-up.
    this.lastProbeAtMs = options.monotonicNow();
  }

  /**
   * The zone as last found. If it was found more than `maxAgeMs` ago, a probe starts: its answer is
   * the next read's, and a change is told to the watchers.
   */
  read(maxAgeMs = ZONE_READ_MAX_AGE_MS): string {
    if (this.options.monotonicNow() - this.lastProbeAtMs >= maxAgeMs) void this.refresh();
    return this.zone;
  }

  /**
   * Asks the system now (or joins the probe under way); resolves once its answer is the zone read
   * and told, or it failed. Never rejects.
   */
  refresh(): Promise<void> {
    this.probing ??= this.probeOnce().finally(() => {
      this.probing = null;
    });
    return this.probing;
  }

  /** Calls `listener` when a probe finds another zone; returns a function that stops it. */
  watch(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async probeOnce(): Promise<void> {
    this.lastProbeAtMs = this.options.monotonicNow();
    let found: string;
    try {
      found = await this.options.probe();
      if (!isKnownZone(found)) throw new Error(`an unknown zone "${found}"`);
    } catch (error) {
      this.options.log.warn(
        `Could not read the system's time zone afresh (${(error as Error).message}); still using ${this.zone}`,
      );
      return;
    }
    if (found === this.zone) return;
    this.zone = found;
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        this.options.log.warn(
          `A new time zone could not be taken up (${(error as Error).message})`,
        );
      }
    }
  }
}
