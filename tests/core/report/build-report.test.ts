import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { DiaryEntry } from '../../../core/journal/diary-entry';
import { replayDiary, type DiaryEvent, type MorningAnswer } from '../../../core/journal/diary-log';
import { summariseJournal } from '../../../core/journal/summarise-journal';
import { buildDoctorReport } from '../../../core/report/build-report';
import { DoctorReportSchema, type DoctorReport } from '../../../core/report/doctor-report';
import type { SessionHistoryEntry } from '../../../core/session/session-state';
import { completedSession } from '../../fixtures/completed-session';

const ZONE = 'Europe/London';
/** Thursday 26 November 2026, 21:00 in London: the current night is the 26th. */
const NOW_MS = Date.parse('2026-11-26T21:00:00Z');
/** The Journal's 12 weeks end with the 26th: its weeks start on Fridays, the first on 4 Sept. */
const CURRENT_NIGHT = '2026-11-26';

/** The instant of a wall-clock time in London. */
const at = (date: string, time: string) =>
  Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(ZONE).epochMilliseconds;

let nextId = 0;
/** A cramp of `night` that began at `time` on the morning after (or that evening, from noon). */
function cramp(night: string, time: string, details: Partial<DiaryEntry> = {}): DiaryEntry {
  const day = Number(time.slice(0, 2)) >= 12 ? night : plusDays(night, 1);
  return { id: `c${(nextId += 1)}`, startedAtMs: at(day, time), night, ...details };
}
const saved = (entry: DiaryEntry): DiaryEvent => ({ kind: 'saved', atMs: 0, entry });
const morning = (night: string, answer: MorningAnswer): DiaryEvent => ({
  kind: 'morning',
  atMs: 0,
  night,
  answer,
});
const session = (night: string, changes: Partial<SessionHistoryEntry> = {}) =>
  completedSession(at(night, '21:30'), changes);
const plusDays = (date: string, days: number) =>
  Temporal.PlainDate.from(date).add({ days }).toString();

function report(input: {
  history?: SessionHistoryEntry[];
  events?: DiaryEvent[];
  timeZone?: string;
  nowMs?: number;
}): DoctorReport {
  const built = buildDoctorReport({
    history: input.history ?? [],
    diary: replayDiary(input.events ?? []),
    timeZone: input.timeZone ?? ZONE,
    nowMs: input.nowMs ?? NOW_MS,
  });
  // Whatever it holds, it is what the contract lets main send.
  expect(DoctorReportSchema.parse(built)).toEqual(built);
  return built;
}

describe('the report for the doctor', () => {
  it('covers the Journal’s weeks from the one holding the first night recorded, counted as the Journal counts them', () => {
    const history = [session('2026-10-20'), session('2026-10-21'), session('2026-11-25')];
    const events = [
      saved(cramp('2026-10-18', '02:10')), // the first night recorded, in the week from 16 Oct
      saved(cramp('2026-10-22', '03:00')),
      saved(cramp('2026-10-22', '04:30')),
      morning('2026-10-23', 'cramps'), // a "yes" with none logged: one cramp
      morning('2026-10-24', 'none'),
    ];
    const built = report({ history, events });
    const journal = summariseJournal({
      history,
      diary: replayDiary(events),
      timeZone: ZONE,
      lastNight: CURRENT_NIGHT,
    });
    expect(built.period).toEqual({ from: '2026-10-16', to: CURRENT_NIGHT });
    expect(built.madeOn).toBe('2026-11-26');
    // The Journal's own weeks, the empty ones before the first record left out.
    expect(built.weeks).toEqual(journal.weeks.slice(6));
    // The 18th and 22nd share the week from the 16th; the said night of the 23rd begins the next.
    expect(built.weeks.map((week) => week.cramps)).toEqual([3, 1, 0, 0, 0, 0]);
    expect(built.cramps).toEqual({ logged: 3, saidNotLogged: 1 });
    expect(built.saidNights).toEqual(['2026-10-23']);
    expect(built.nights).toEqual({ total: 42, known: 4, withCramps: 3, routine: 3 });
  });

  it('with nothing recorded, covers the last week and says there are no cramps', () => {
    const built = report({});
    expect(built.period).toEqual({ from: '2026-11-20', to: CURRENT_NIGHT });
    expect(built.weeks).toHaveLength(1);
    expect(built.firstCramp).toBeNull();
    expect(built.timeOfNight).toBeNull();
    expect(built.strength).toBeNull();
    expect(built.feel).toEqual({ answered: 0, counts: [] });
    expect(built.crampsInDetail).toEqual([]);
  });

  it('leaves out of the weeks what is older than the Journal’s 12, but names the first cramp ever and the medicines written then', () => {
    const events = [
      saved(cramp('2026-06-01', '01:00', { medicines: 'Started bendroflumethiazide' })),
      morning('2026-05-20', 'cramps'), // said, long ago: the first cramp in the diary
      saved(cramp('2026-11-01', '02:00', { medicines: 'started BENDROFLUMETHIAZIDE' })),
      saved(cramp('2026-11-02', '02:00', { medicines: 'Simvastatin stopped' })),
    ];
    const built = report({ events });
    expect(built.period.from).toBe('2026-10-30');
    expect(built.firstCramp).toBe('2026-05-20');
    expect(built.crampsInDetail.map((entry) => entry.night)).toEqual(['2026-11-01', '2026-11-02']);
    // Each medicine once (the same words in any case), from the night first written.
    expect(built.medicines).toEqual([
      { night: '2026-06-01', text: 'Started bendroflumethiazide' },
      { night: '2026-11-02', text: 'Simvastatin stopped' },
    ]);
  });

  it('says when in the night the cramps began: the middle half of the times, a night read across midnight', () => {
    const night = '2026-11-10';
    const times = ['23:40', '00:30', '01:00', '02:00', '02:30', '03:15', '05:50'];
    const built = report({ events: times.map((time) => saved(cramp(night, time))) });
    expect(built.timeOfNight).toEqual({ from: '00:30', to: '03:15' });
    // Each cramp's own time, in the user's zone (GMT in November).
    expect(built.crampsInDetail.map((entry) => entry.time)).toEqual(times);
    // The same instants in New York: five hours earlier, and another night for some.
    const elsewhere = report({
      events: times.map((time) => saved(cramp(night, time))),
      timeZone: 'America/New_York',
    });
    expect(elsewhere.timeOfNight).toEqual({ from: '19:30', to: '22:15' });
  });

  it('dates each cramp by the day and time it began, after midnight the day after its night', () => {
    // Saturday 10 October 2026 in London (BST): a cramp at 23:50, then one at 00:40 on Sunday 11,
    // which is still 23:40 on Saturday in UTC. Both belong to the night of Sat 10 to Sun 11.
    const events = [
      saved({ id: 'late', startedAtMs: at('2026-10-10', '23:50'), night: '2026-10-10' }),
      saved({ id: 'early', startedAtMs: at('2026-10-11', '00:40'), night: '2026-10-10' }),
    ];
    const built = report({ events, nowMs: Date.parse('2026-10-12T20:00:00Z') });
    expect(
      built.crampsInDetail.map(({ id, night, day, time }) => ({ id, night, day, time })),
    ).toEqual([
      { id: 'late', night: '2026-10-10', day: '2026-10-10', time: '23:50' },
      { id: 'early', night: '2026-10-10', day: '2026-10-11', time: '00:40' },
    ]);
    expect(built.firstCramp).toBe('2026-10-10');
    // In New York the same instants are both on Saturday evening.
    const elsewhere = report({
      events,
      nowMs: Date.parse('2026-10-12T20:00:00Z'),
      timeZone: 'America/New_York',
    });
    expect(elsewhere.crampsInDetail.map(({ day, time }) => `${day} ${time}`)).toEqual([
      '2026-10-10 18:50',
      '2026-10-10 19:40',
    ]);
  });

  it('counts the answers to each question, the most given first, with how many cramps answered it', () => {
    const night = '2026-11-12';
    const events = [
      cramp(night, '01:00', { feel: ['tight', 'sharp'], leg: 'left', muscle: 'calf' }),
      cramp(night, '02:00', { feel: ['sharp'], leg: 'left', muscle: 'foot' }),
      cramp(night, '03:00', { feel: [], leg: 'right', muscle: 'calf', helped: ['stretching'] }),
      cramp(night, '04:00', { symptoms: ['soreness-after', 'tingling'] }),
    ].map(saved);
    const built = report({ events });
    expect(built.feel).toEqual({
      answered: 2, // an empty choice is no answer
      counts: [
        { answer: 'sharp', count: 2 },
        { answer: 'tight', count: 1 },
      ],
    });
    expect(built.legs).toEqual({
      answered: 3,
      counts: [
        { answer: 'left', count: 2 },
        { answer: 'right', count: 1 },
      ],
    });
    // Ties in the diary's own order of answers.
    expect(built.symptoms.counts.map((count) => count.answer)).toEqual([
      'tingling',
      'soreness-after',
    ]);
    expect(built.helped).toEqual({ answered: 1, counts: [{ answer: 'stretching', count: 1 }] });
  });

  it('gives strength as lowest, middle and highest, and lengths in the form’s spans', () => {
    const night = '2026-11-14';
    const events = [
      cramp(night, '01:00', { intensity: 3, durationMinutes: 0.2 }),
      cramp(night, '02:00', { intensity: 8, durationMinutes: 5 }),
      cramp(night, '03:00', { intensity: 4, durationMinutes: 7 }),
      cramp(night, '04:00', { intensity: 6, durationMinutes: 45 }),
      cramp(night, '05:00', { durationMinutes: 3 }),
    ].map(saved);
    const built = report({ events });
    expect(built.strength).toEqual({ answered: 4, lowest: 3, middle: 5, highest: 8 });
    expect(built.duration).toEqual({
      answered: 5,
      counts: [
        { answer: 3, count: 2 }, // 5 minutes is "1 to 5", as is 3
        { answer: 0.5, count: 1 },
        { answer: 10, count: 1 },
        { answer: 30, count: 1 },
      ],
    });
  });

  it('lists the routines done by the nights they were done on, not one only started, and leaves out deleted cramps', () => {
    const history = [
      session('2026-11-20', { routineName: 'Before sleep' }),
      session('2026-11-20', { routineName: 'Before sleep' }), // again the same night: one night
      session('2026-11-21', { routineName: 'Before sleep' }),
      session('2026-11-22', { routineName: 'Warm compress' }),
      session('2026-11-23', {
        routineName: 'Seated stretches',
        outcome: 'stopped',
        reachedEnd: false,
        holdsDone: 0,
      }),
    ];
    const gone = cramp('2026-11-21', '02:00');
    const built = report({
      history,
      events: [saved(gone), { kind: 'deleted', atMs: 0, id: gone.id }],
    });
    expect(built.routines).toEqual([
      { name: 'Before sleep', nights: 2 },
      { name: 'Warm compress', nights: 1 },
    ]);
    expect(built.nights.routine).toBe(3);
    expect(built.crampsInDetail).toEqual([]);
    expect(built.firstCramp).toBeNull();
  });

  it('ends with the current night as the Journal does: in the morning, the night just over', () => {
    const built = report({
      events: [saved(cramp('2026-11-26', '03:00'))],
      nowMs: Date.parse('2026-11-27T08:00:00Z'),
    });
    expect(built.period.to).toBe('2026-11-26');
    expect(built.madeOn).toBe('2026-11-27');
    expect(built.cramps.logged).toBe(1);
  });
});
