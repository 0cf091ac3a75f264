import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { DiaryEntry } from '../../../core/journal/diary-entry';
import { replayDiary, type DiaryEvent, type MorningAnswer } from '../../../core/journal/diary-log';
import { checkInDue, diaryView, nightOfCramp } from '../../../core/journal/diary-rules';

const empty = replayDiary([]);
const ms = (iso: string) => Date.parse(iso);

/**
 * Mornings in three zones, with the instants written out by hand in UTC: 03:00 local (when a
 * cramp logged from "Yes" is first said to have started), 03:59, 04:00 and 17:59 local.
 */
const MORNINGS = [
  {
    zone: 'Europe/London',
    what: 'a winter morning',
    night: '2026-11-25',
    at0300: '2026-11-26T03:00Z',
    at0359: '2026-11-26T03:59Z',
    at0400: '2026-11-26T04:00Z',
    at1759: '2026-11-26T17:59Z',
  },
  {
    zone: 'Europe/London',
    what: 'the morning the clocks go back (03:00 is GMT, not BST)',
    night: '2026-10-24',
    at0300: '2026-10-25T03:00Z',
    at0359: '2026-10-25T03:59Z',
    at0400: '2026-10-25T04:00Z',
    at1759: '2026-10-25T17:59Z',
  },
  {
    zone: 'America/New_York',
    what: 'a winter morning',
    night: '2026-11-25',
    at0300: '2026-11-26T08:00Z',
    at0359: '2026-11-26T08:59Z',
    at0400: '2026-11-26T09:00Z',
    at1759: '2026-11-26T22:59Z',
  },
  {
    zone: 'America/New_York',
    what: 'the morning the clocks go back (03:00 is EST, not EDT)',
    night: '2026-10-31',
    at0300: '2026-11-01T08:00Z',
    at0359: '2026-11-01T08:59Z',
    at0400: '2026-11-01T09:00Z',
    at1759: '2026-11-01T22:59Z',
  },
  {
    zone: 'America/New_York',
    what: 'the morning the clocks go forward (03:00 is EDT)',
    night: '2026-03-07',
    at0300: '2026-03-08T07:00Z',
    at0359: '2026-03-08T07:59Z',
    at0400: '2026-03-08T08:00Z',
    at1759: '2026-03-08T21:59Z',
  },
  {
    zone: 'Pacific/Auckland',
    what: 'a summer morning, still the day before in UTC',
    night: '2026-11-25',
    at0300: '2026-11-25T14:00Z',
    at0359: '2026-11-25T14:59Z',
    at0400: '2026-11-25T15:00Z',
    at1759: '2026-11-26T04:59Z',
  },
  {
    zone: 'Pacific/Auckland',
    what: 'the morning the clocks go back (03:00 is NZST)',
    night: '2026-04-04',
    at0300: '2026-04-04T15:00Z',
    at0359: '2026-04-04T15:59Z',
    at0400: '2026-04-04T16:00Z',
    at1759: '2026-04-05T05:59Z',
  },
] as const;

const entry = (id: string, startedAtMs: number, night: string): DiaryEntry => ({
  id,
  startedAtMs,
  night,
});
const saved = (value: DiaryEntry): DiaryEvent => ({
  kind: 'saved',
  atMs: value.startedAtMs,
  entry: value,
});
const answer = (night: string, value: MorningAnswer): DiaryEvent => ({
  kind: 'morning',
  atMs: 0,
  night,
  answer: value,
});
const dayBefore = (date: string) => Temporal.PlainDate.from(date).subtract({ days: 1 }).toString();

describe('the night a cramp belongs to', () => {
  const cases = [
    // zone, instant (UTC), local time, night
    ['Europe/London', '2026-11-26T01:30Z', '01:30 on the 26th', '2026-11-25'],
    ['Europe/London', '2026-11-25T23:30Z', '23:30 on the 25th', '2026-11-25'],
    ['Europe/London', '2026-11-26T11:59Z', '11:59 on the 26th', '2026-11-25'],
    ['Europe/London', '2026-11-26T12:00Z', 'noon on the 26th', '2026-11-26'],
    ['Europe/London', '2026-07-15T00:30Z', '01:30 BST on the 15th', '2026-07-14'],
    ['Europe/London', '2026-07-14T22:30Z', '23:30 BST on the 14th', '2026-07-14'],
    [
      'Europe/London',
      '2026-10-25T00:30Z',
      'the first 01:30 (BST) as the clocks go back',
      '2026-10-24',
    ],
    [
      'Europe/London',
      '2026-10-25T01:30Z',
      'the second 01:30 (GMT) as the clocks go back',
      '2026-10-24',
    ],
    ['Europe/London', '2026-10-25T23:30Z', '23:30 GMT on the 25th', '2026-10-25'],
    ['America/New_York', '2026-11-26T06:30Z', '01:30 on the 26th', '2026-11-25'],
    ['America/New_York', '2026-11-27T04:30Z', '23:30 on the 26th', '2026-11-26'],
    ['America/New_York', '2026-11-26T16:59Z', '11:59 on the 26th', '2026-11-25'],
    ['America/New_York', '2026-11-26T17:00Z', 'noon on the 26th', '2026-11-26'],
    [
      'America/New_York',
      '2026-11-01T05:30Z',
      'the first 01:30 (EDT) as the clocks go back',
      '2026-10-31',
    ],
    [
      'America/New_York',
      '2026-11-01T06:30Z',
      'the second 01:30 (EST) as the clocks go back',
      '2026-10-31',
    ],
    ['America/New_York', '2026-11-02T04:30Z', '23:30 EST on 1 November', '2026-11-01'],
    ['Pacific/Auckland', '2026-11-25T12:30Z', '01:30 on the 26th', '2026-11-25'],
    ['Pacific/Auckland', '2026-11-26T10:30Z', '23:30 on the 26th', '2026-11-26'],
    ['Pacific/Auckland', '2026-11-25T22:59Z', '11:59 on the 26th', '2026-11-25'],
    ['Pacific/Auckland', '2026-11-25T23:00Z', 'noon on the 26th', '2026-11-26'],
    ['Pacific/Auckland', '2026-12-31T12:30Z', '01:30 on New Year’s Day', '2026-12-31'],
  ] as const;

  for (const [zone, iso, local, night] of cases) {
    it(`${zone}: ${local} belongs to the night of ${night}`, () => {
      expect(nightOfCramp(ms(iso), zone)).toBe(night);
    });
  }

  it('has its instants written right (each is that wall time in that zone)', () => {
    const wall = (iso: string, zone: string) =>
      Temporal.Instant.from(iso).toZonedDateTimeISO(zone).toPlainTime().toString().slice(0, 5);
    for (const [zone, iso, local] of cases) {
      const time = /(\d\d:\d\d)/.exec(local)?.[1] ?? (local.startsWith('noon') ? '12:00' : '');
      expect(wall(iso, zone), `${zone} ${iso}`).toBe(time);
    }
  });

  it('gives the same instant each zone’s own night', () => {
    // 12:30 UTC on 26 November: 12:30 in London, 07:30 in New York, 01:30 on the 27th in Auckland.
    const instant = ms('2026-11-26T12:30Z');
    expect(nightOfCramp(instant, 'Europe/London')).toBe('2026-11-26');
    expect(nightOfCramp(instant, 'America/New_York')).toBe('2026-11-25');
    expect(nightOfCramp(instant, 'Pacific/Auckland')).toBe('2026-11-26');
    // 10:30 UTC on 26 November: 10:30 in London (last night), 23:30 in Auckland (tonight).
    expect(nightOfCramp(ms('2026-11-26T10:30Z'), 'Europe/London')).toBe('2026-11-25');
    expect(nightOfCramp(ms('2026-11-26T10:30Z'), 'Pacific/Auckland')).toBe('2026-11-26');
  });
});

/** Every change of the clocks in these zones from 2025 to 2028: its instant and its zone. */
function clockChanges(zones: readonly string[]): [number, string][] {
  const changes: [number, string][] = [];
  for (const zone of zones) {
    let at: Temporal.ZonedDateTime | null =
      Temporal.Instant.from('2025-01-01T00:00Z').toZonedDateTimeISO(zone);
    while ((at = at.getTimeZoneTransition('next')) && at.year < 2029) {
      changes.push([at.epochMilliseconds, zone]);
    }
  }
  return changes;
}

describe('the morning question due now', () => {
  it('has its instants written right (each is that wall time in that zone)', () => {
    for (const morning of MORNINGS) {
      const date = Temporal.PlainDate.from(morning.night).add({ days: 1 }).toString();
      const times = { at0300: '03:00', at0359: '03:59', at0400: '04:00', at1759: '17:59' } as const;
      for (const [key, time] of Object.entries(times)) {
        const local = Temporal.Instant.from(morning[key as keyof typeof times]).toZonedDateTimeISO(
          morning.zone,
        );
        expect(
          `${local.toPlainDate().toString()} ${local.toPlainTime().toString().slice(0, 5)}`,
        ).toBe(`${date} ${time}`);
      }
    }
  });

  for (const morning of MORNINGS) {
    const { zone, what, night } = morning;

    it(`${zone}, ${what}: due from 04:00 to 17:59 about ${night}, suggesting 03:00`, () => {
      expect(checkInDue(empty, ms(morning.at0359), zone)).toBeNull();
      expect(checkInDue(empty, ms(morning.at0400), zone)).toEqual({
        night,
        suggestedStartMs: ms(morning.at0300),
      });
      expect(checkInDue(empty, ms(morning.at1759), zone)).toEqual({
        night,
        suggestedStartMs: ms(morning.at0300),
      });
      expect(checkInDue(empty, ms(morning.at1759) + 60_000, zone)).toBeNull();
    });

    it(`${zone}, ${what}: not due once ${night} is answered, whatever the answer`, () => {
      for (const value of ['none', 'cramps', 'later'] as const) {
        const state = replayDiary([answer(night, value)]);
        expect(checkInDue(state, ms(morning.at0400), zone), value).toBeNull();
        expect(checkInDue(state, ms(morning.at1759), zone), value).toBeNull();
      }
      // An answer about another night does not answer this one.
      const otherNight = replayDiary([answer(dayBefore(night), 'none')]);
      expect(checkInDue(otherNight, ms(morning.at0400), zone)?.night).toBe(night);
    });

    it(`${zone}, ${what}: not due once a cramp is logged for ${night}`, () => {
      const logged = replayDiary([saved(entry('c1', ms(morning.at0300) - 3_600_000, night))]);
      expect(checkInDue(logged, ms(morning.at0400), zone)).toBeNull();
      // A cramp of the night before does not answer for this one.
      const earlier = replayDiary([
        saved(entry('c0', ms(morning.at0300) - 86_400_000, dayBefore(night))),
      ]);
      expect(checkInDue(earlier, ms(morning.at0400), zone)?.night).toBe(night);
    });
  }

  it('is not asked after a cramp logged in the night, at 01:30 or at 23:30 the evening before', () => {
    const zone = 'Europe/London';
    const morning = ms('2026-11-26T07:30Z');
    for (const startedAtMs of [ms('2026-11-26T01:30Z'), ms('2026-11-25T23:30Z')]) {
      const state = replayDiary([saved(entry('c1', startedAtMs, nightOfCramp(startedAtMs, zone)))]);
      expect(checkInDue(state, morning, zone)).toBeNull();
    }
    // A cramp in the afternoon before that evening belongs to the night before: still asked.
    const afternoon = ms('2026-11-25T11:30Z');
    const state = replayDiary([saved(entry('c1', afternoon, nightOfCramp(afternoon, zone)))]);
    expect(checkInDue(state, morning, zone)?.night).toBe('2026-11-25');
  });

  it('asks each zone about its own night at the same instant, suggesting its own 03:00', () => {
    const instant = ms('2026-11-26T16:00Z'); // 16:00 London, 05:00 on the 27th in Auckland
    expect(checkInDue(empty, instant, 'Europe/London')).toEqual({
      night: '2026-11-25',
      suggestedStartMs: ms('2026-11-26T03:00Z'),
    });
    expect(checkInDue(empty, instant, 'Pacific/Auckland')).toEqual({
      night: '2026-11-26',
      suggestedStartMs: ms('2026-11-26T14:00Z'),
    });
    expect(checkInDue(empty, instant, 'America/New_York')).toEqual({
      night: '2026-11-25',
      suggestedStartMs: ms('2026-11-26T08:00Z'),
    });
  });

  it('never suggests a moment after now, even where 03:00 was skipped by the clocks', () => {
    // Antarctica/Casey went from +08 to +11 at 02:00 on 18 October 2009: its clocks read 05:00
    // next, and "03:00" that morning is taken as 06:00, after the question comes at 05:00.
    const zone = 'Antarctica/Casey';
    const atFive = ms('2009-10-17T18:00Z');
    expect(checkInDue(empty, atFive, zone)).toEqual({
      night: '2009-10-17',
      suggestedStartMs: atFive,
    });
    const atHalfPastFive = ms('2009-10-17T18:30Z');
    expect(checkInDue(empty, atHalfPastFive, zone)?.suggestedStartMs).toBe(atHalfPastFive);
    // Once the moment it is taken as has passed, it is suggested as it is.
    expect(checkInDue(empty, ms('2009-10-17T20:00Z'), zone)?.suggestedStartMs).toBe(
      ms('2009-10-17T19:00Z'),
    );
  });

  it('suggests 03:00 on the morning after the night, and never a moment after now (property)', () => {
    const zones = [
      'Europe/London',
      'America/New_York',
      'Pacific/Auckland',
      'Pacific/Chatham',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'Antarctica/Troll',
      'America/St_Johns',
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(
            fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2029, 0, 1) }),
            fc.constantFrom(...zones),
          ),
          // Often the morning of a clock change, where a mistake would hide.
          fc
            .tuple(
              fc.constantFrom(...clockChanges(zones)),
              fc.integer({ min: -6 * 3_600_000, max: 24 * 3_600_000 }),
            )
            .map(([[changeMs, zone], offsetMs]) => [changeMs + offsetMs, zone] as const),
        ),
        ([nowMs, zone]) => {
          const due = checkInDue(empty, nowMs, zone);
          const local = Temporal.Instant.fromEpochMilliseconds(nowMs).toZonedDateTimeISO(zone);
          if (local.hour < 4 || local.hour >= 18) {
            expect(due).toBeNull();
            return;
          }
          expect(due?.night).toBe(local.toPlainDate().subtract({ days: 1 }).toString());
          const suggested = Temporal.Instant.fromEpochMilliseconds(
            due!.suggestedStartMs,
          ).toZonedDateTimeISO(zone);
          expect(due!.suggestedStartMs).toBeLessThanOrEqual(nowMs);
          expect(suggested.toPlainDate().equals(local.toPlainDate())).toBe(true);
          // Where the clocks skip 03:00 (Chatham springs forward from 02:45 to 03:45), the
          // suggestion is a moment later that morning; elsewhere it is 03:00 exactly.
          const threeOClock = local.toPlainDate().toPlainDateTime({ hour: 3 });
          const skipped = !threeOClock
            .toZonedDateTime(zone, { disambiguation: 'earlier' })
            .toPlainDateTime()
            .equals(threeOClock);
          if (skipped) expect(suggested.hour).toBeGreaterThanOrEqual(3);
          else expect([suggested.hour, suggested.minute, suggested.second]).toEqual([3, 0, 0]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the diary as the window shows it', () => {
  const zone = 'Europe/London';
  const a = entry('a', ms('2026-11-24T02:00Z'), '2026-11-23');
  const b = entry('b', ms('2026-11-26T01:30Z'), '2026-11-25');
  const c = entry('c', ms('2026-11-25T03:15Z'), '2026-11-24');
  const d = entry('d', ms('2026-11-25T22:45Z'), '2026-11-25');

  it('lists entries newest first, whatever order they were saved or edited in', () => {
    const state = replayDiary([
      saved(b),
      saved(a),
      saved(d),
      saved(c),
      saved({ ...a, note: 'edited' }),
    ]);
    const view = diaryView(state, ms('2026-11-26T07:30Z'), zone);
    expect(view.entries.map((shown) => shown.id)).toEqual(['b', 'd', 'c', 'a']);
    expect(view.entries[3]).toEqual({ ...a, note: 'edited' });
  });

  it('does not list a deleted entry, and lists it again after Undo', () => {
    const events: DiaryEvent[] = [
      saved(a),
      saved(b),
      saved(c),
      { kind: 'deleted', atMs: 0, id: 'c' },
    ];
    const now = ms('2026-11-26T20:00Z');
    expect(diaryView(replayDiary(events), now, zone).entries.map((shown) => shown.id)).toEqual([
      'b',
      'a',
    ]);
    const undone = replayDiary([...events, { kind: 'restored', atMs: 0, id: 'c' }]);
    expect(diaryView(undone, now, zone).entries.map((shown) => shown.id)).toEqual(['b', 'c', 'a']);
  });

  it('carries the morning question when it is due, and not once it is answered', () => {
    const morning = ms('2026-11-26T07:30Z');
    const state = replayDiary([saved(a)]);
    expect(diaryView(state, morning, zone)).toEqual({
      entries: [a],
      checkIn: { night: '2026-11-25', suggestedStartMs: ms('2026-11-26T03:00Z') },
      clotCaution: null,
    });
    const answered = replayDiary([saved(a), answer('2026-11-25', 'later')]);
    expect(diaryView(answered, morning, zone)).toEqual({
      entries: [a],
      checkIn: null,
      clotCaution: null,
    });
  });
});
