import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { DiaryEntry } from '../../../core/journal/diary-entry';
import { replayDiary, type DiaryEvent, type MorningAnswer } from '../../../core/journal/diary-log';
import { JournalSummarySchema, type JournalSummary } from '../../../core/journal/journal-summary';
import { summariseJournal } from '../../../core/journal/summarise-journal';
import { eveningOf } from '../../../core/reminders/next-reminder';
import type { SessionHistoryEntry } from '../../../core/session/session-state';
import { completedSession } from '../../fixtures/completed-session';

/** A session as the history keeps it: 5 minutes of "Before sleep", every hold done. */
const session = (
  startedAt: string,
  patch: Partial<SessionHistoryEntry> = {},
): SessionHistoryEntry =>
  completedSession(Date.parse(startedAt), {
    routineName: 'Before sleep',
    endedAt: startedAt,
    activeMs: 300_000,
    plannedSeconds: 300,
    ...patch,
  });

let nextId = 0;
const entry = (night: string): DiaryEntry => ({
  id: `e${(nextId += 1)}`,
  startedAtMs: Date.parse(`${night}T23:00:00Z`),
  night,
});
const saved = (night: string): DiaryEvent => ({ kind: 'saved', atMs: 0, entry: entry(night) });
const morning = (night: string, answer: MorningAnswer): DiaryEvent => ({
  kind: 'morning',
  atMs: 0,
  night,
  answer,
});

/** Thursday 26 November 2026: last night is the 25th, and the 12 weeks start on 3 September. */
const TONIGHT = '2026-11-26';
const FIRST_NIGHT = '2026-09-03';

function summarise(input: {
  history?: SessionHistoryEntry[];
  events?: DiaryEvent[];
  timeZone?: string;
  tonight?: string;
}): JournalSummary {
  const summary = summariseJournal({
    history: input.history ?? [],
    diary: replayDiary(input.events ?? []),
    timeZone: input.timeZone ?? 'Europe/London',
    lastNight: plusDays(input.tonight ?? TONIGHT, -1),
  });
  // Whatever it holds, it is what the contract lets main send.
  expect(JournalSummarySchema.parse(summary)).toEqual(summary);
  return summary;
}

const markOf = (summary: JournalSummary, date: string) => {
  const found = summary.nights.find((night) => night.date === date);
  if (!found) throw new Error(`no night ${date}`);
  return found;
};

const plusDays = (date: string, days: number) =>
  Temporal.PlainDate.from(date).add({ days }).toString();

/** The 12 weeks' shape: 84 nights in a row ending last night, and weeks of 7 starting with them. */
function expectTwelveWeeks(summary: JournalSummary, tonight: string) {
  expect(summary.nights).toHaveLength(84);
  expect(summary.weeks).toHaveLength(12);
  expect(summary.nights.at(-1)!.date).toBe(plusDays(tonight, -1));
  summary.nights.forEach((night, i) => {
    if (i > 0) expect(night.date).toBe(plusDays(summary.nights[i - 1]!.date, 1));
  });
  summary.weeks.forEach((week, i) => expect(week.start).toBe(summary.nights[i * 7]!.date));
}

describe('the Journal’s last 12 weeks', () => {
  it('always shows 84 nights, oldest first, ending last night, even with nothing recorded', () => {
    const summary = summarise({});
    expectTwelveWeeks(summary, TONIGHT);
    expect(summary.nights[0]!.date).toBe(FIRST_NIGHT);
    expect(
      summary.nights.every((n) => !n.routine && n.cramps === 'unknown' && n.crampCount === 0),
    ).toBe(true);
    expect(summary.weeks[0]).toEqual({
      start: FIRST_NIGHT,
      cramps: 0,
      routineNights: 0,
      knownNights: 0,
    });
    expect(summary.weeks.at(-1)!.start).toBe('2026-11-19');
    expect(summary.seeDoctor).toBe('no');
  });

  it('shows nights before the first record as no routine and unknown, and leaves out tonight and older nights', () => {
    const summary = summarise({
      history: [
        session('2026-11-24T21:00:00Z'),
        session('2026-11-26T20:00:00Z'), // tonight: under way, not shown
        session('2026-09-02T20:00:00Z'), // the day before the 12 weeks
      ],
      events: [saved('2026-11-26'), saved('2026-09-02'), morning('2026-09-02', 'none')],
    });
    expect(markOf(summary, '2026-11-24')).toEqual({
      date: '2026-11-24',
      routine: true,
      cramps: 'unknown',
      crampCount: 0,
    });
    expect(markOf(summary, FIRST_NIGHT)).toEqual({
      date: FIRST_NIGHT,
      routine: false,
      cramps: 'unknown',
      crampCount: 0,
    });
    expect(summary.weeks.map((week) => week.routineNights)).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    ]);
    expect(summary.weeks.every((week) => week.cramps === 0 && week.knownNights === 0)).toBe(true);
  });

  it('counts a routine after midnight for the evening before, in the user’s zone, and not one only started', () => {
    const history = [
      session('2026-11-24T01:30:00Z'), // 01:30 in London on the 24th: the 23rd's night
      session('2026-11-24T21:00:00Z', { outcome: 'stopped', reachedEnd: false, holdsDone: 0 }),
      // 13:00 UTC on the 25th: the 25th's evening in London, 05:00 (the 24th's night) in Los Angeles.
      session('2026-11-25T13:00:00Z'),
    ];
    const london = summarise({ history });
    expect(london.nights.filter((n) => n.routine).map((n) => n.date)).toEqual([
      '2026-11-23',
      '2026-11-25',
    ]);
    const la = summarise({ history, timeZone: 'America/Los_Angeles' });
    // 01:30 UTC on the 24th is 17:30 on the 23rd there: the 23rd's evening still.
    expect(la.nights.filter((n) => n.routine).map((n) => n.date)).toEqual([
      '2026-11-23',
      '2026-11-24',
    ]);
  });

  it('keeps to the local clock across the change from summer time (London, 25 October 2026)', () => {
    // 01:30 happens twice that night (BST, then GMT): both are the 24th's night.
    const tonight = '2026-10-29';
    const summary = summarise({
      history: [
        session('2026-10-25T00:30:00Z'),
        session('2026-10-25T01:30:00Z'),
        session('2026-10-25T12:30:00Z'), // 12:30 GMT: the 25th's evening
      ],
      events: [saved('2026-10-24'), morning('2026-10-25', 'none')],
      tonight,
    });
    expectTwelveWeeks(summary, tonight);
    expect(summary.nights.filter((n) => n.routine).map((n) => n.date)).toEqual([
      '2026-10-24',
      '2026-10-25',
    ]);
    // The week holding the change is 7 nights like any other: 22 to 28 October.
    expect(summary.weeks.at(-1)).toEqual({
      start: '2026-10-22',
      cramps: 1,
      routineNights: 2,
      knownNights: 2,
    });
  });

  it('keeps 84 nights ending last night for any evening, in any zone', () => {
    const zones = [
      'Europe/London',
      'America/Los_Angeles',
      'Australia/Lord_Howe', // half an hour's change
      'Pacific/Kiritimati', // UTC+14
      'Pacific/Pago_Pago', // UTC−11
      'Asia/Kolkata',
      'UTC',
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 30 }), fc.constantFrom(...zones), (day, zone) => {
        const tonight = plusDays('2010-01-01', day);
        const summary = summariseJournal({
          history: [],
          diary: replayDiary([]),
          timeZone: zone,
          lastNight: plusDays(tonight, -1),
        });
        expectTwelveWeeks(summary, tonight);
      }),
    );
  });

  it('tells cramps from none from unknown, and counts a "yes" without a log as one cramp in its week', () => {
    const summary = summarise({
      events: [
        morning('2026-11-19', 'none'),
        morning('2026-11-20', 'cramps'), // said, not logged
        morning('2026-11-21', 'later'),
        saved('2026-11-22'),
        saved('2026-11-22'),
        saved('2026-11-23'),
        morning('2026-11-23', 'none'), // a logged cramp outweighs a hasty "no"
        saved('2026-11-24'),
        morning('2026-11-24', 'cramps'), // and the log counts, not the "yes" on top
      ],
    });
    const marks = summary.nights.slice(-7).map((n) => [n.date, n.cramps, n.crampCount]);
    expect(marks).toEqual([
      ['2026-11-19', 'none', 0],
      ['2026-11-20', 'cramps', 0],
      ['2026-11-21', 'unknown', 0],
      ['2026-11-22', 'cramps', 2],
      ['2026-11-23', 'cramps', 1],
      ['2026-11-24', 'cramps', 1],
      ['2026-11-25', 'unknown', 0], // no answer at all
    ]);
    expect(summary.weeks.at(-1)).toEqual({
      start: '2026-11-19',
      cramps: 5, // 1 said + 2 + 1 + 1
      routineNights: 0,
      knownNights: 5,
    });
  });

  it('never counts an unknown night as one without cramps', () => {
    const night = fc.integer({ min: -90, max: 3 }).map((offset) => plusDays(TONIGHT, offset));
    const event = fc.oneof(
      night.map((n) => saved(n)),
      fc
        .tuple(night, fc.constantFrom<MorningAnswer>('none', 'cramps', 'later'))
        .map(([n, answer]) => morning(n, answer)),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        const summary = summariseJournal({
          history: [],
          diary: replayDiary(events),
          timeZone: 'Europe/London',
          lastNight: plusDays(TONIGHT, -1),
        });
        const shown = new Set(summary.nights.map((n) => n.date));
        const logged = new Map<string, number>();
        const answers = new Map<string, MorningAnswer>();
        for (const e of events) {
          if (e.kind === 'saved') logged.set(e.entry.night, (logged.get(e.entry.night) ?? 0) + 1);
          if (e.kind === 'morning') answers.set(e.night, e.answer);
        }
        const dates = [...shown];
        const isKnown = (d: string) =>
          logged.has(d) || answers.get(d) === 'none' || answers.get(d) === 'cramps';
        const cramps = (d: string) => logged.get(d) ?? (answers.get(d) === 'cramps' ? 1 : 0);
        const total = (value: (w: JournalSummary['weeks'][number]) => number) =>
          summary.weeks.reduce((sum, w) => sum + value(w), 0);
        expect(total((w) => w.knownNights)).toBe(dates.filter(isKnown).length);
        expect(total((w) => w.cramps)).toBe(dates.reduce((sum, d) => sum + cramps(d), 0));
        for (const mark of summary.nights) {
          expect(mark.cramps === 'none').toBe(
            !logged.has(mark.date) && answers.get(mark.date) === 'none',
          );
        }
      }),
    );
  });

  it('marks each routine night once, whatever the instants and the zone', () => {
    const zone = fc.constantFrom('Europe/London', 'America/New_York', 'Asia/Tokyo');
    const startMs = Date.parse('2026-08-01T00:00:00Z');
    const instant = fc.integer({ min: startMs, max: startMs + 130 * 86_400_000 });
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 40 }), zone, (instants, timeZone) => {
        const history = instants.map((ms) =>
          session(Temporal.Instant.fromEpochMilliseconds(ms).toString()),
        );
        const summary = summariseJournal({
          history,
          diary: replayDiary([]),
          timeZone,
          lastNight: plusDays(TONIGHT, -1),
        });
        const shown = new Set(summary.nights.map((n) => n.date));
        const expected = new Set(
          instants.map((ms) => eveningOf(ms, timeZone).toString()).filter((d) => shown.has(d)),
        );
        expect(summary.nights.filter((n) => n.routine).map((n) => n.date)).toEqual(
          [...expected].toSorted(),
        );
        expect(summary.weeks.reduce((sum, w) => sum + w.routineNights, 0)).toBe(expected.size);
      }),
    );
  });
});

describe('what the Journal’s weeks read', () => {
  it('places the nights at the first week’s edge as the zone has them, even 14 hours off UTC', () => {
    const routineNights = (startedAt: string, timeZone: string) =>
      summariseJournal({
        history: [session(startedAt)],
        diary: replayDiary([]),
        timeZone,
        lastNight: plusDays(TONIGHT, -1),
      })
        .nights.filter((night) => night.routine)
        .map((night) => night.date);
    // 12:30 on the first night in Kiritimati (UTC+14) is 22:30 the day before in UTC.
    expect(routineNights('2026-09-02T22:30:00Z', 'Pacific/Kiritimati')).toEqual([FIRST_NIGHT]);
    // 11:30 that morning there is still the night before, left out.
    expect(routineNights('2026-09-02T21:30:00Z', 'Pacific/Kiritimati')).toEqual([]);
    // 23:00 on the night before in Pago Pago (UTC-11) is 10:00 on the first night in UTC.
    expect(routineNights('2026-09-03T10:00:00Z', 'Pacific/Pago_Pago')).toEqual([]);

    const zone = fc.constantFrom('Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tokyo');
    const edgeMs = Date.parse(`${FIRST_NIGHT}T00:00:00Z`);
    const instant = fc.integer({ min: edgeMs - 2 * 86_400_000, max: edgeMs + 86_400_000 });
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 20 }), zone, (instants, timeZone) => {
        const history = instants.map((ms) =>
          session(Temporal.Instant.fromEpochMilliseconds(ms).toString()),
        );
        const summary = summariseJournal({
          history,
          diary: replayDiary([]),
          timeZone,
          lastNight: plusDays(TONIGHT, -1),
        });
        const expected = new Set(
          instants
            .map((ms) => eveningOf(ms, timeZone).toString())
            .filter((date) => date >= FIRST_NIGHT),
        );
        expect(summary.nights.filter((n) => n.routine).map((n) => n.date)).toEqual(
          [...expected].toSorted(),
        );
      }),
    );
  });

  it('is the same with ten years of history and diary before its weeks as without them', () => {
    const recentHistory = [session('2026-09-03T21:00:00Z'), session('2026-11-20T22:00:00Z')];
    const recentEvents = [saved('2026-09-03'), morning('2026-11-24', 'none')];
    const years = Array.from({ length: 3_650 }, (_, day) => plusDays(FIRST_NIGHT, -1 - day));
    const olderHistory = years.map((night) => session(`${night}T21:00:00Z`));
    const olderEvents = years.flatMap((night, i) => [
      ...(i % 3 ? [] : [saved(night)]),
      morning(night, i % 3 ? 'none' : 'cramps'),
    ]);
    const recentOnly = summarise({ history: recentHistory, events: recentEvents });
    const withYears = summarise({
      history: [...olderHistory, ...recentHistory],
      events: [...olderEvents, ...recentEvents],
    });
    expect(withYears).toEqual(recentOnly);
    expect(markOf(withYears, FIRST_NIGHT)).toEqual({
      date: FIRST_NIGHT,
      routine: true,
      cramps: 'cramps',
      crampCount: 1,
    });
  });
});

/**
 * A diary with these cramp counts in the 12 weeks (oldest first): each week's cramps logged on its
 * first night, and "no" answered on the next nights, so that `known` nights of each week are known.
 */
function diaryOfWeeks(counts: readonly number[], known: readonly number[] = []): DiaryEvent[] {
  expect(counts).toHaveLength(12);
  return counts.flatMap((count, week) => {
    const start = plusDays(FIRST_NIGHT, week * 7);
    const knownNights = known[week] ?? 7;
    const logged = Array.from({ length: count }, () => saved(start));
    const said = Array.from({ length: knownNights - (count > 0 ? 1 : 0) }, (_, i) =>
      morning(plusDays(start, count > 0 ? i + 1 : i), 'none'),
    );
    return [...logged, ...said];
  });
}

const doctorFor = (counts: readonly number[], known?: readonly number[]) =>
  summarise({ events: diaryOfWeeks(counts, known) });

describe('when the Journal suggests seeing a doctor', () => {
  it('says nothing for a calm diary, or for an empty one', () => {
    expect(doctorFor([0, 1, 0, 2, 1, 0, 0, 1, 2, 0, 1, 1]).seeDoctor).toBe('no');
    expect(summarise({}).seeDoctor).toBe('no');
  });

  it('says "frequent" for three or more cramps a week, two weeks running, lately', () => {
    const summary = doctorFor([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 4]);
    expect(summary.weeks.map((w) => w.cramps)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 4]);
    expect(summary.seeDoctor).toBe('frequent');
    expect(doctorFor([0, 0, 0, 0, 0, 0, 0, 0, 3, 5, 0, 0]).seeDoctor).toBe('frequent');
    // A run reaching into the last four weeks is still now.
    expect(doctorFor([0, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0]).seeDoctor).toBe('frequent');
  });

  it('counts a "yes" without a log toward frequent cramps', () => {
    const events = [
      ...[0, 1, 2].map((d) => morning(plusDays('2026-11-12', d), 'cramps')),
      ...[0, 1, 2].map((d) => morning(plusDays('2026-11-19', d), 'cramps')),
    ];
    expect(summarise({ events }).seeDoctor).toBe('frequent');
  });

  it('does not call frequent cramps long ago a reason to see a doctor now', () => {
    expect(doctorFor([5, 6, 4, 3, 0, 0, 3, 3, 0, 0, 0, 1]).seeDoctor).toBe('no');
    // Three a week, but never two weeks running.
    expect(doctorFor([0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 3, 0]).seeDoctor).toBe('no');
    expect(doctorFor([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3]).seeDoctor).toBe('no');
  });

  it('says "rising" when the last four weeks rise week on week, with most nights known', () => {
    expect(doctorFor([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3]).seeDoctor).toBe('rising');
    expect(doctorFor([4, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 5]).seeDoctor).toBe('rising');
    // Four known nights a week is enough…
    const four = [7, 7, 7, 7, 7, 7, 7, 7, 4, 4, 4, 4];
    expect(doctorFor([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3], four).seeDoctor).toBe('rising');
  });

  it('does not call a rise one that is not strict, or one that more answering could explain', () => {
    expect(doctorFor([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3]).seeDoctor).toBe('no');
    expect(doctorFor([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1]).seeDoctor).toBe('no');
    // Only three nights known in the first of the four weeks: its 0 may be silence, not calm.
    const sparse = [7, 7, 7, 7, 7, 7, 7, 7, 3, 7, 7, 7];
    expect(doctorFor([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3], sparse).seeDoctor).toBe('no');
    // Cramps logged on nights otherwise unanswered: 0, 1, 2, 3, but at most one night known a week.
    const loggedOnly = summarise({
      events: [0, 1, 2, 3].flatMap((count, i) =>
        Array.from({ length: count }, () => saved(plusDays('2026-10-29', i * 7))),
      ),
    });
    expect(loggedOnly.weeks.slice(-4).map((w) => [w.cramps, w.knownNights])).toEqual([
      [0, 0],
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    expect(loggedOnly.seeDoctor).toBe('no');
  });

  it('says "frequent" rather than "rising" when both are true', () => {
    expect(doctorFor([0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4]).seeDoctor).toBe('frequent');
  });
});
