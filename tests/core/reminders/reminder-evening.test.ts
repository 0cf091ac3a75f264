import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { eveningOf } from '../../../core/reminders/next-reminder';
import {
  EVENING_LASTS_AFTER_BEDTIME_MS,
  REMINDER_STAYS_AT_LEAST_MS,
  eveningBedtimeAt,
  eveningEndsAt,
  reminderEndsAt,
  tonightAt,
} from '../../../core/reminders/reminder-evening';
import {
  WEEKDAYS,
  everyEvening,
  type ReminderSchedule,
  type WallTime,
} from '../../../core/reminders/reminder-schedule';

const at = (wall: string, timeZone: string) =>
  Temporal.PlainDateTime.from(wall).toZonedDateTime(timeZone).epochMilliseconds;
const HOUR = 3_600_000;
const london = 'Europe/London';
const daily = (bedtime: WallTime | null): ReminderSchedule => ({
  isEnabled: true,
  leadMinutes: 30,
  bedtimes: everyEvening(bedtime),
});

describe('an evening’s bedtime and end', () => {
  it('is the bedtime’s instant, the next calendar day for one after midnight', () => {
    expect(eveningBedtimeAt('2026-11-25', london, daily('22:30'))).toBe(
      at('2026-11-25T22:30', london),
    );
    expect(eveningBedtimeAt('2026-11-25', london, daily('00:30'))).toBe(
      at('2026-11-26T00:30', london),
    );
    expect(eveningBedtimeAt('2026-11-25', london, daily(null))).toBeNull();
    // 2027-03-28: London springs forward from 01:00 to 02:00; 01:30 does not exist.
    expect(eveningBedtimeAt('2027-03-27', london, daily('01:30'))).toBe(
      Date.parse('2027-03-28T01:00:00Z'),
    );
  });

  it('ends two hours after bedtime', () => {
    expect(eveningEndsAt('2026-11-25', london, daily('22:30'))).toBe(
      at('2026-11-26T00:30', london),
    );
    expect(eveningEndsAt('2026-11-25', london, daily(null))).toBeNull();
  });

  it('keeps a reminder to the end of its evening, and one that came late at least half an hour', () => {
    const bedtime = at('2026-11-25T22:30', london);
    expect(reminderEndsAt(bedtime, bedtime - HOUR / 2)).toBe(bedtime + 2 * HOUR);
    expect(reminderEndsAt(bedtime, bedtime + 110 * 60_000)).toBe(bedtime + 140 * 60_000);
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -HOUR * 24, max: HOUR * 24 }), (b, late) => {
        const ends = reminderEndsAt(b, b + late);
        expect(ends).toBeGreaterThanOrEqual(b + EVENING_LASTS_AFTER_BEDTIME_MS);
        expect(ends).toBeGreaterThanOrEqual(b + late + REMINDER_STAYS_AT_LEAST_MS);
        expect([
          b + EVENING_LASTS_AFTER_BEDTIME_MS,
          b + late + REMINDER_STAYS_AT_LEAST_MS,
        ]).toContain(ends);
      }),
    );
  });
});

describe('tonightAt', () => {
  const tonight = (wall: string, schedule = daily('22:30')) =>
    tonightAt(at(wall, london), london, schedule);

  it('is this evening until its reminder is over, then the evening to come', () => {
    expect(tonight('2026-11-25T21:00')).toBe('2026-11-25');
    expect(tonight('2026-11-26T00:20')).toBe('2026-11-25'); // the evening lasts to 00:30
    expect(tonight('2026-11-26T00:40')).toBe('2026-11-26');
    // The next morning, "tonight" is the evening to come, not last night.
    expect(tonight('2026-11-26T10:00')).toBe('2026-11-26');
    // After midnight bedtimes: 01:00 with a 00:30 bedtime is still last evening's.
    expect(tonight('2026-11-26T01:00', daily('00:30'))).toBe('2026-11-25');
    // An evening without a bedtime: tonight is the calendar day's evening.
    expect(tonight('2026-11-26T10:00', daily(null))).toBe('2026-11-26');
    expect(tonight('2026-11-25T20:00', daily(null))).toBe('2026-11-25');
  });

  const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
  const wallTime = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` as WallTime);
  const anySchedule = fc.record({
    isEnabled: fc.boolean(),
    leadMinutes: fc.integer({ min: 0, max: 240 }),
    bedtimes: fc.record(
      Object.fromEntries(
        WEEKDAYS.map((day) => [day, fc.option(wallTime, { nil: null })]),
      ) as Record<(typeof WEEKDAYS)[number], fc.Arbitrary<WallTime | null>>,
    ),
  });
  const anyNow = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) });

  it('is the evening now or the next, and never an evening already over', () => {
    fc.assert(
      fc.property(anySchedule, fc.constantFrom(...zones), anyNow, (schedule, zone, nowMs) => {
        const evening = eveningOf(nowMs, zone);
        const result = tonightAt(nowMs, zone, schedule);
        expect([evening.toString(), evening.add({ days: 1 }).toString()]).toContain(result);
        const endsAtMs = eveningEndsAt(result, zone, schedule);
        if (endsAtMs !== null) expect(nowMs).toBeLessThan(endsAtMs);
        // It moves on from this evening only once this evening is over.
        const thisEnds = eveningEndsAt(evening, zone, schedule);
        if (result !== evening.toString() && thisEnds !== null) {
          expect(nowMs).toBeGreaterThanOrEqual(thisEnds);
        }
      }),
      { numRuns: 300 },
    );
  });
});
