import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { eveningOf, nextReminderAt, nightDateOf } from '../../../core/reminders/next-reminder';
import {
  ReminderScheduleSchema,
  WEEKDAYS,
  everyEvening,
  type ReminderSchedule,
  type WallTime,
} from '../../../core/reminders/reminder-schedule';

/** Epoch ms of a wall time in a zone (the test's own way in, checked against Temporal). */
const at = (wall: string, timeZone: string) =>
  Temporal.PlainDateTime.from(wall).toZonedDateTime(timeZone).epochMilliseconds;
/** The wall time an instant shows in a zone, with its offset. */
const wallOf = (ms: number | null, timeZone: string) =>
  ms === null
    ? null
    : Temporal.Instant.fromEpochMilliseconds(ms)
        .toZonedDateTimeISO(timeZone)
        .toString({ timeZoneName: 'never' });

const schedule = (
  bedtime: WallTime | null,
  leadMinutes = 30,
  overrides: Partial<ReminderSchedule['bedtimes']> = {},
): ReminderSchedule => ({
  isEnabled: true,
  leadMinutes,
  bedtimes: { ...everyEvening(bedtime), ...overrides },
});

describe('ReminderScheduleSchema', () => {
  it('accepts the documented shape, a day without a bedtime included', () => {
    const parsed = ReminderScheduleSchema.parse({
      isEnabled: true,
      leadMinutes: 30,
      bedtimes: { ...everyEvening('22:30'), sunday: null },
    });
    expect(parsed.bedtimes.sunday).toBeNull();
  });

  it('refuses a time that is not a wall time, and an out-of-range lead', () => {
    const base = { isEnabled: true, leadMinutes: 30, bedtimes: everyEvening('22:30') };
    expect(
      ReminderScheduleSchema.safeParse({ ...base, bedtimes: everyEvening('24:10' as WallTime) })
        .success,
    ).toBe(false);
    expect(ReminderScheduleSchema.safeParse({ ...base, leadMinutes: -5 }).success).toBe(false);
    expect(ReminderScheduleSchema.safeParse({ ...base, leadMinutes: 600 }).success).toBe(false);
  });
});

describe('nextReminderAt, table by zone', () => {
  const cases: {
    zone: string;
    now: string;
    schedule: ReminderSchedule;
    expected: string | null;
    why: string;
  }[] = [
    {
      zone: 'Europe/London',
      now: '2026-11-25T12:00',
      schedule: schedule('22:30'),
      expected: '2026-11-25T22:00:00+00:00',
      why: 'tonight, lead before bedtime',
    },
    {
      zone: 'Europe/London',
      now: '2026-11-25T22:00',
      schedule: schedule('22:30'),
      expected: '2026-11-26T22:00:00+00:00',
      why: 'strictly after now: tomorrow',
    },
    {
      zone: 'Asia/Kolkata',
      now: '2026-06-15T20:00',
      schedule: schedule('22:30', 60),
      expected: '2026-06-15T21:30:00+05:30',
      why: 'a half-hour zone, no DST',
    },
    {
      zone: 'America/New_York',
      now: '2026-11-25T21:00',
      schedule: schedule('00:30', 30),
      expected: '2026-11-26T00:00:00-05:00',
      why: 'a bedtime after midnight belongs to the evening before',
    },
    {
      zone: 'America/New_York',
      now: '2026-11-27T12:00',
      schedule: schedule(null, 30, { friday: '00:30' }),
      expected: '2026-11-28T00:00:00-05:00',
      why: 'keyed by the evening: Friday 00:30 is early Saturday',
    },
    {
      zone: 'America/New_York',
      now: '2026-11-26T12:00',
      schedule: schedule(null, 30, { friday: '00:30' }),
      expected: '2026-11-28T00:00:00-05:00',
      why: 'Thursday evening has no bedtime',
    },
    // Spring forward in New York: 2026-03-08 02:00 -> 03:00.
    {
      zone: 'America/New_York',
      now: '2026-03-07T12:00',
      schedule: schedule('02:30', 0),
      expected: '2026-03-08T03:00:00-04:00',
      why: 'a wall time that does not exist fires at the change',
    },
    {
      zone: 'America/New_York',
      now: '2026-03-07T12:00',
      schedule: schedule('03:00', 30),
      expected: '2026-03-08T03:00:00-04:00',
      why: 'the reminder (02:30) falls in the gap',
    },
    {
      zone: 'America/New_York',
      now: '2026-03-07T12:00',
      schedule: schedule('22:30'),
      expected: '2026-03-07T22:00:00-05:00',
      why: 'the evening before the change is as usual',
    },
    // Fall back in New York: 2026-11-01 02:00 -> 01:00.
    {
      zone: 'America/New_York',
      now: '2026-10-31T12:00',
      schedule: schedule('01:30', 0),
      expected: '2026-11-01T01:30:00-04:00',
      why: 'a wall time that happens twice fires at the first',
    },
    // London: 2026-03-29 01:00 -> 02:00 and 2026-10-25 02:00 -> 01:00.
    {
      zone: 'Europe/London',
      now: '2026-03-28T12:00',
      schedule: schedule('01:15', 0),
      expected: '2026-03-29T02:00:00+01:00',
      why: 'London spring forward',
    },
    {
      zone: 'Europe/London',
      now: '2026-10-24T12:00',
      schedule: schedule('01:45', 0),
      expected: '2026-10-25T01:45:00+01:00',
      why: 'London fall back, the first',
    },
    // Lord Howe shifts by 30 minutes: 2026-04-05 02:00 -> 01:30, 2026-10-04 02:00 -> 02:30.
    {
      zone: 'Australia/Lord_Howe',
      now: '2026-10-03T12:00',
      schedule: schedule('02:15', 0),
      expected: '2026-10-04T02:30:00+11:00',
      why: 'a 30-minute spring forward',
    },
    {
      zone: 'Australia/Lord_Howe',
      now: '2026-04-04T12:00',
      schedule: schedule('01:45', 0),
      expected: '2026-04-05T01:45:00+11:00',
      why: 'a 30-minute fall back, the first',
    },
    {
      zone: 'Europe/London',
      now: '2026-12-31T23:00',
      schedule: schedule('23:30', 15),
      expected: '2026-12-31T23:15:00+00:00',
      why: 'the last evening of the year',
    },
    {
      zone: 'Europe/London',
      now: '2026-12-31T23:20',
      schedule: schedule('23:30', 15),
      expected: '2027-01-01T23:15:00+00:00',
      why: 'across the year end',
    },
    {
      zone: 'Europe/London',
      now: '2027-02-28T23:50',
      schedule: schedule('00:30', 30),
      expected: '2027-03-01T00:00:00+00:00',
      why: 'across a month end after midnight',
    },
    {
      zone: 'Europe/London',
      now: '2026-11-25T12:00',
      schedule: { ...schedule('22:30'), isEnabled: false },
      expected: null,
      why: 'reminders off',
    },
    {
      zone: 'Europe/London',
      now: '2026-11-25T12:00',
      schedule: schedule(null),
      expected: null,
      why: 'no bedtime on any evening',
    },
  ];
  for (const c of cases) {
    it(`${c.zone}: ${c.why}`, () => {
      const result = nextReminderAt({
        nowMs: at(c.now, c.zone),
        timeZone: c.zone,
        schedule: c.schedule,
        state: {},
      });
      expect(wallOf(result, c.zone)).toBe(c.expected);
    });
  }
});

describe('nextReminderAt, what the user did', () => {
  const zone = 'Europe/London';
  const now = at('2026-11-25T18:00', zone);
  const daily = schedule('22:30');

  it('no reminder once tonight’s routine is done, nor for a skipped evening', () => {
    expect(
      wallOf(
        nextReminderAt({
          nowMs: now,
          timeZone: zone,
          schedule: daily,
          state: { doneEvening: '2026-11-25' },
        }),
        zone,
      ),
    ).toBe('2026-11-26T22:00:00+00:00');
    expect(
      wallOf(
        nextReminderAt({
          nowMs: now,
          timeZone: zone,
          schedule: daily,
          state: { skippedEvening: '2026-11-25' },
        }),
        zone,
      ),
    ).toBe('2026-11-26T22:00:00+00:00');
  });

  it('a snooze brings the reminder back at its time, unless that evening is then done', () => {
    const snoozedUntilMs = at('2026-11-25T22:20', zone);
    const afterFirst = at('2026-11-25T22:01', zone);
    expect(
      nextReminderAt({
        nowMs: afterFirst,
        timeZone: zone,
        schedule: daily,
        state: { snoozedUntilMs },
      }),
    ).toBe(snoozedUntilMs);
    expect(
      wallOf(
        nextReminderAt({
          nowMs: afterFirst,
          timeZone: zone,
          schedule: daily,
          state: { snoozedUntilMs, doneEvening: '2026-11-25' },
        }),
        zone,
      ),
    ).toBe('2026-11-26T22:00:00+00:00');
  });

  it('nothing before a pause ends; nothing at all while paused until turned back on', () => {
    const pausedUntilMs = now + 3 * 86_400_000;
    expect(
      wallOf(
        nextReminderAt({ nowMs: now, timeZone: zone, schedule: daily, state: { pausedUntilMs } }),
        zone,
      ),
    ).toBe('2026-11-28T22:00:00+00:00');
    expect(
      nextReminderAt({
        nowMs: now,
        timeZone: zone,
        schedule: daily,
        state: { isPausedUntilTurnedOn: true },
      }),
    ).toBeNull();
  });

  it('knows which evening "tonight" is, after midnight too', () => {
    expect(eveningOf(at('2026-11-26T01:00', zone), zone).toString()).toBe('2026-11-25');
    expect(eveningOf(at('2026-11-25T13:00', zone), zone).toString()).toBe('2026-11-25');
  });
});

describe('nextReminderAt, properties', () => {
  const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata'];
  const wallTime = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` as WallTime);
  const anySchedule = fc.record({
    isEnabled: fc.constant(true),
    leadMinutes: fc.integer({ min: 0, max: 240 }),
    bedtimes: fc.record(
      Object.fromEntries(
        WEEKDAYS.map((day) => [day, fc.option(wallTime, { nil: null })]),
      ) as Record<(typeof WEEKDAYS)[number], fc.Arbitrary<WallTime | null>>,
    ),
  });
  // 2026 and 2027, so both DST changes of every zone are crossed.
  const anyNow = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) });

  it('is strictly after now, and nothing comes between: asking just before it gives it again', () => {
    fc.assert(
      fc.property(anySchedule, fc.constantFrom(...zones), anyNow, (s, timeZone, nowMs) => {
        const next = nextReminderAt({ nowMs, timeZone, schedule: s, state: {} });
        const hasBedtime = WEEKDAYS.some((day) => s.bedtimes[day] !== null);
        if (!hasBedtime) return expect(next).toBeNull();
        expect(next).not.toBeNull();
        expect(next!).toBeGreaterThan(nowMs);
        expect(next! - nowMs).toBeLessThanOrEqual(9 * 86_400_000);
        const halfway = nowMs + Math.floor((next! - nowMs) / 2);
        expect(nextReminderAt({ nowMs: halfway, timeZone, schedule: s, state: {} })).toBe(next);
      }),
      { numRuns: 150 },
    );
  });

  it('a daily reminder fires at the wall time bedtime minus lead, wherever that wall time exists', () => {
    fc.assert(
      fc.property(
        wallTime.filter((w) => w >= '18:00'),
        fc.constantFrom(15, 30, 45, 60),
        fc.constantFrom(...zones),
        anyNow,
        (bedtime, lead, timeZone, nowMs) => {
          const next = nextReminderAt({
            nowMs,
            timeZone,
            schedule: schedule(bedtime, lead),
            state: {},
          })!;
          const shown = Temporal.Instant.fromEpochMilliseconds(next)
            .toZonedDateTimeISO(timeZone)
            .toPlainTime();
          const expected = Temporal.PlainTime.from(bedtime).subtract({ minutes: lead });
          expect(shown.toString()).toBe(expected.toString());
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('nightDateOf', () => {
  /** The rule as Temporal states it: the local date, the day before until noon. */
  const byTemporal = (ms: number, zone: string) => {
    const local = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
    const date = local.toPlainDate();
    return (local.hour < 12 ? date.subtract({ days: 1 }) : date).toString();
  };

  it('places every instant on the same night as Temporal does, across zones and clock changes', () => {
    const zones = [
      'UTC',
      'Europe/London',
      'America/New_York',
      'Australia/Lord_Howe', // a half-hour daylight-saving shift
      'Asia/Kathmandu', // +05:45
      'Pacific/Chatham',
      'America/Santiago',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          expect(nightDateOf(ms, zone)).toBe(byTemporal(ms, zone));
          expect(eveningOf(ms, zone).toString()).toBe(byTemporal(ms, zone));
        },
      ),
      { numRuns: 2000 },
    );
    // Around the clock changes themselves, hour by hour.
    for (const zone of zones) {
      for (let ms = Date.UTC(2026, 2, 20); ms < Date.UTC(2026, 3, 10); ms += 15 * 60_000) {
        expect(nightDateOf(ms, zone)).toBe(byTemporal(ms, zone));
      }
      for (let ms = Date.UTC(2026, 9, 20); ms < Date.UTC(2026, 10, 5); ms += 15 * 60_000) {
        expect(nightDateOf(ms, zone)).toBe(byTemporal(ms, zone));
      }
    }
  });
});
