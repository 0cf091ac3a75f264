import { beforeEach, describe, expect, it } from 'vitest';
import { everyEvening } from '../../../core/reminders/reminder-schedule';
import { ReminderService, type DueReminder } from '../../../main/reminders/reminder-service';
import { systemZone, type SystemZone } from '../../../main/time-zone/system-zone';
import { ManualClock } from '../../fakes/manual-clock';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The manual clock's wall time starts at 2026-11-25 21:30 UTC (London is on UTC in November). */
const utc = (iso: string) => Date.parse(`${iso}Z`);
/** Windows' zone can be asked afresh (its reads may be old); a zone without that fails here. */
function refreshOf(zone: SystemZone): () => Promise<void> {
  if (!zone.refresh) throw new Error('A zone on Windows must be able to ask the system afresh');
  return zone.refresh;
}

/** Lets a probe's answer, and the look waiting for it, happen. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/*
 * On Windows no file names the system's zone and Electron's runtime keeps the one it started with,
 * so the zone is asked of a fresh process (the probe, here a stand-in answering with the zone the
 * "system" has now). These are the reminder truths of a zone change, on that path.
 */
describe('a change of time zone on Windows, where the system says nothing of it', () => {
  let clock: ManualClock;
  /** The zone the system has now, as a fresh process would read it. */
  let systemZoneNow: string;
  let probes: number;
  let zone: SystemZone;
  let given: DueReminder[];
  let service: ReminderService;

  /** Moves the clock minute by minute, letting each look that waits for the probe finish. */
  const advance = async (ms: number) => {
    for (let step = 0; step < ms; step += MINUTE) {
      clock.advance(Math.min(MINUTE, ms - step));
      await settle();
    }
  };

  beforeEach(async () => {
    clock = new ManualClock();
    systemZoneNow = 'Europe/London';
    probes = 0;
    zone = systemZone({
      platform: 'win32',
      log: { warn: () => undefined },
      probe: () => async () => {
        probes += 1;
        return systemZoneNow;
      },
      monotonicNow: () => clock.now(),
    });
    // The app learns the system's zone once as it starts.
    await refreshOf(zone)();
    given = [];
    service = new ReminderService({
      timers: clock,
      wallNow: () => clock.wallNow(),
      timeZone: () => zone.read(),
      refreshTimeZone: refreshOf(zone),
      watchTimeZone: (onChange) => zone.watch(onChange),
      schedule: () => ({ isEnabled: true, leadMinutes: 30, bedtimes: everyEvening('22:30') }),
      state: () => ({}),
      remind: (reminder) => void given.push(reminder),
    });
    service.start();
  });

  it('is noticed at the next look near a reminder: no reminder at the old zone’s time', async () => {
    await advance(16 * MINUTE); // 21:46, just after a look at the clock
    systemZoneNow = 'America/New_York';
    await advance(HOUR); // London's 22:00 passes
    expect(given).toEqual([]);
    await advance(5 * HOUR + 15 * MINUTE); // New York's 22:00 is 03:00 UTC
    expect(given).toEqual([
      { atMs: utc('2026-11-26T03:00:00'), evening: '2026-11-25', isCatchUp: false },
    ]);
  });

  it('is noticed within 15 minutes near a reminder, which then comes on the new zone’s time', async () => {
    await advance(MINUTE); // 21:31
    systemZoneNow = 'Atlantic/Azores'; // an hour behind London: its 22:00 is 23:00 UTC
    expect(service.nextAt()).toBe(utc('2026-11-25T22:00:00'));
    await advance(15 * MINUTE); // 21:46, a look at the clock since the change
    expect(service.nextAt()).toBe(utc('2026-11-25T23:00:00'));
    await advance(2 * HOUR);
    expect(given).toEqual([
      { atMs: utc('2026-11-25T23:00:00'), evening: '2026-11-25', isCatchUp: false },
    ]);
  });

  it('is noticed on waking: the new zone’s evening gets its reminder, as a catch-up', async () => {
    // Asleep from 21:35 London until 03:10 UTC, carried to New York (22:10 there, bedtime 22:30).
    await advance(5 * MINUTE);
    systemZoneNow = 'America/New_York';
    clock.jumpWallClock(5 * HOUR + 35 * MINUTE);
    service.lookAfresh({ afterSleep: true });
    await settle();
    expect(given).toEqual([
      { atMs: utc('2026-11-26T03:00:00'), evening: '2026-11-25', isCatchUp: true },
    ]);
  });

  it('asks the system at most once a minute for ordinary reads, and at every look', async () => {
    const atStart = probes;
    for (let read = 0; read < 100; read += 1) zone.read();
    await settle();
    expect(probes - atStart).toBeLessThanOrEqual(1);
    const beforeLooks = probes;
    await advance(2 * HOUR); // far from any reminder once 22:00 is past: looks every hour or so
    expect(probes - beforeLooks).toBeGreaterThanOrEqual(service.wakeUps);
  });

  it('asks nothing as the app starts: the runtime has just read the zone itself', async () => {
    let started = 0;
    const fresh = systemZone({
      platform: 'win32',
      log: { warn: () => undefined },
      probe: () => async () => {
        started += 1;
        return 'Asia/Tokyo';
      },
      monotonicNow: () => clock.now(),
    });
    for (let read = 0; read < 10; read += 1) fresh.read();
    await settle();
    expect(started).toBe(0);
    // A minute on, an ordinary read asks again.
    clock.advance(MINUTE);
    fresh.read();
    await settle();
    expect(started).toBe(1);
    expect(fresh.read()).toBe('Asia/Tokyo');
  });

  it('keeps the zone it had when the system cannot be asked', async () => {
    const failing = systemZone({
      platform: 'win32',
      log: { warn: () => undefined },
      probe: () => () => Promise.reject(new Error('no utility process')),
      monotonicNow: () => clock.now(),
    });
    const before = failing.read();
    await refreshOf(failing)();
    expect(failing.read()).toBe(before);
  });
});
