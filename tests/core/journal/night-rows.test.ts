import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { mainMessagesEn } from '../../../core/i18n/messages-main-en';
import type { DiaryEntry } from '../../../core/journal/diary-entry';
import { replayDiary, type DiaryEvent, type MorningAnswer } from '../../../core/journal/diary-log';
import { journalCsv } from '../../../core/journal/night-rows';
import type { SessionHistoryEntry } from '../../../core/session/session-state';
import { completedSession } from '../../fixtures/completed-session';

/**
 * A strict RFC 4180 reader: CRLF between records, quotes only around a whole cell. Anything else
 * (a bare line break outside quotes, a stray quote, an unclosed one) throws, so a badly escaped
 * cell fails the test instead of being read leniently.
 */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let index = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (index < text.length) {
    if (text[index] === '"' && cell === '') {
      index += 1;
      for (;;) {
        if (index >= text.length) throw new Error('unclosed quote');
        if (text[index] === '"' && text[index + 1] === '"') {
          cell += '"';
          index += 2;
        } else if (text[index] === '"') {
          index += 1;
          break;
        } else cell += text[index++];
      }
      if (index < text.length && text[index] !== ',' && text[index] !== '\r') {
        throw new Error(`text after a closing quote at ${index}`);
      }
      continue;
    }
    const char = text[index]!;
    if (char === ',') {
      endCell();
      index += 1;
    } else if (char === '\r' && text[index + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      index += 2;
    } else if (char === '\r' || char === '\n' || char === '"') {
      throw new Error(`unquoted ${JSON.stringify(char)} at ${index}`);
    } else {
      cell += char;
      index += 1;
    }
  }
  if (row.length > 0 || cell !== '') throw new Error('last record not ended by CRLF');
  return rows;
}

const HEADER = [
  'Night',
  'Routine done',
  'Routines',
  'Minutes done',
  'Fitted length (minutes)',
  'Holds done',
  'Holds skipped',
  'Cramps',
  'Strongest (0 to 10)',
  'Minutes of cramp',
  'Legs',
  'Muscles',
  'How it felt',
  'What helped',
  'Other symptoms',
  'Medicines',
  'Notes',
] as const;
type Column = (typeof HEADER)[number];

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
const entry = (night: string, patch: Partial<DiaryEntry> = {}): DiaryEntry => ({
  id: `e${(nextId += 1)}`,
  startedAtMs: Date.parse(`${night}T23:00:00Z`) + nextId,
  night,
  ...patch,
});

const saved = (e: DiaryEntry): DiaryEvent => ({ kind: 'saved', atMs: 0, entry: e });
const morning = (night: string, answer: MorningAnswer): DiaryEvent => ({
  kind: 'morning',
  atMs: 0,
  night,
  answer,
});

/** The export read back as a spreadsheet would, each night a record by column name. */
function exported(input: {
  history?: SessionHistoryEntry[];
  events?: DiaryEvent[];
  timeZone?: string;
  tonight: string;
}) {
  const result = journalCsv({
    history: input.history ?? [],
    diary: replayDiary(input.events ?? []),
    timeZone: input.timeZone ?? 'Europe/London',
    tonight: input.tonight,
  });
  const [header, ...rows] = readCsv(result.csv);
  expect(header).toEqual(HEADER);
  const nights = rows.map(
    (row) => Object.fromEntries(HEADER.map((name, i) => [name, row[i]])) as Record<Column, string>,
  );
  const night = (date: string) => {
    const found = nights.find((row) => row.Night === date);
    if (!found) throw new Error(`no row for ${date}`);
    return found;
  };
  return { ...result, rows, nights, night };
}

describe('the journal as CSV, one row a night', () => {
  it('writes only the header when nothing has been recorded', () => {
    const result = journalCsv({
      history: [],
      diary: replayDiary([]),
      timeZone: 'Europe/London',
      tonight: '2026-11-26',
    });
    expect(result).toEqual({ csv: `${HEADER.join(',')}\r\n`, nights: 0 });
  });

  it('puts a night’s routines and cramps in plain words on one row', () => {
    const { nights, night } = exported({
      history: [
        session('2026-11-25T21:00:00Z', {
          outcome: 'partly-done',
          reachedEnd: false,
          activeMs: 150_000,
          holdsDone: 4,
          holdsSkipped: 2,
          plannedSeconds: 270,
        }),
        session('2026-11-25T22:00:00Z', { routineName: 'Calf care', plannedSeconds: 330 }),
      ],
      events: [
        saved(
          entry('2026-11-25', {
            leg: 'left',
            muscle: 'back-of-thigh',
            intensity: 7,
            durationMinutes: 2.5,
            feel: ['knotted', 'tight'],
            helped: ['stretching'],
            symptoms: ['calf-swelling'],
            medicines: 'Started a water tablet',
            note: 'Woke me at two',
          }),
        ),
        saved(
          entry('2026-11-25', {
            leg: 'right',
            muscle: 'calf',
            intensity: 4,
            durationMinutes: 0.5,
            feel: ['tight'],
            helped: ['walking', 'stretching'],
            medicines: 'Started a water tablet',
            note: 'Again at five',
          }),
        ),
      ],
      tonight: '2026-11-26',
    });
    expect(nights).toHaveLength(1);
    expect(night('2026-11-25')).toEqual({
      Night: '2026-11-25',
      'Routine done': 'yes',
      Routines: 'Before sleep; Calf care',
      'Minutes done': '8', // 2.5 + 5 minutes, rounded
      'Fitted length (minutes)': '10', // 4.5 + 5.5
      'Holds done': '16',
      'Holds skipped': '2',
      Cramps: '2',
      'Strongest (0 to 10)': '7',
      'Minutes of cramp': '3',
      Legs: 'left; right',
      Muscles: 'calf; back of thigh',
      'How it felt': 'tight; knotted',
      'What helped': 'stretching; walking',
      'Other symptoms': 'swollen calf',
      Medicines: 'Started a water tablet', // said twice, listed once
      Notes: 'Woke me at two; Again at five',
    });
  });

  it('writes every sign a doctor should hear about in words, in the diary’s order', () => {
    const { night } = exported({
      events: [
        saved(entry('2026-11-25', { symptoms: ['cramps-elsewhere', 'tingling'] })),
        saved(
          entry('2026-11-25', {
            symptoms: ['calf-pain-walking', 'pale-or-cold-skin', 'muscle-wasting', 'twitching'],
          }),
        ),
      ],
      tonight: '2026-11-26',
    });
    expect(night('2026-11-25')['Other symptoms']).toBe(
      'pale or cold skin; calf pain when walking, easing with rest; tingling; muscle twitching; muscle wasting; cramps elsewhere in the body',
    );
  });

  it('tells a night said to be free of cramps (0) from one nobody answered for (unknown)', () => {
    const { night } = exported({
      events: [
        morning('2026-11-20', 'none'),
        morning('2026-11-21', 'cramps'),
        morning('2026-11-22', 'later'),
        saved(entry('2026-11-24')),
        morning('2026-11-24', 'none'), // a logged cramp outweighs a hasty "no"
        saved(entry('2026-11-25', { intensity: 0 })),
      ],
      tonight: '2026-11-26',
    });
    expect(night('2026-11-20').Cramps).toBe('0');
    expect(night('2026-11-21').Cramps).toBe('yes, not logged');
    expect(night('2026-11-22').Cramps).toBe('unknown');
    expect(night('2026-11-23').Cramps).toBe('unknown'); // no answer at all
    expect(night('2026-11-24').Cramps).toBe('1');
    // Strength 0 is a strength; nothing said about it is an empty cell.
    expect(night('2026-11-25')['Strongest (0 to 10)']).toBe('0');
    expect(night('2026-11-24')['Strongest (0 to 10)']).toBe('');
    expect(night('2026-11-24')['Minutes of cramp']).toBe('');
  });

  it('leaves out a deleted entry, and counts one brought back', () => {
    const gone = entry('2026-11-25');
    const back = entry('2026-11-25');
    const { night } = exported({
      events: [
        saved(gone),
        saved(back),
        { kind: 'deleted', atMs: 0, id: gone.id },
        { kind: 'deleted', atMs: 0, id: back.id },
        { kind: 'restored', atMs: 0, id: back.id },
      ],
      tonight: '2026-11-26',
    });
    expect(night('2026-11-25').Cramps).toBe('1');
  });

  it('gives missed nights their own rows, up to last night, with no routine and cramps unknown', () => {
    const { nights, night } = exported({
      history: [session('2026-11-18T21:00:00Z')],
      events: [saved(entry('2026-11-21'))],
      tonight: '2026-11-25',
    });
    expect(nights.map((row) => row.Night)).toEqual([
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
    ]);
    for (const date of ['2026-11-19', '2026-11-20', '2026-11-22', '2026-11-23', '2026-11-24']) {
      expect(night(date)).toMatchObject({
        'Routine done': 'no',
        Routines: '',
        'Minutes done': '',
        Cramps: 'unknown',
      });
    }
    expect(night('2026-11-18')).toMatchObject({ 'Routine done': 'yes', Cramps: 'unknown' });
    expect(night('2026-11-21')).toMatchObject({ 'Routine done': 'no', Cramps: '1' });
  });

  it('adds tonight only once something is recorded for it', () => {
    const before = exported({ history: [session('2026-11-24T21:00:00Z')], tonight: '2026-11-26' });
    expect(before.nights.map((row) => row.Night)).toEqual(['2026-11-24', '2026-11-25']);
    const after = exported({
      history: [session('2026-11-24T21:00:00Z'), session('2026-11-26T20:00:00Z')],
      tonight: '2026-11-26',
    });
    expect(after.nights.map((row) => row.Night)).toEqual([
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
    ]);
    expect(after.nights.at(-1)?.['Routine done']).toBe('yes');
  });

  it('says "no" for a routine only started and stopped, and leaves an unknown length empty', () => {
    const { night } = exported({
      history: [
        session('2026-11-23T21:00:00Z', {
          outcome: 'stopped',
          reachedEnd: false,
          activeMs: 20_000,
          holdsDone: 0,
          holdsSkipped: 1,
        }),
        session('2026-11-24T21:00:00Z', { plannedSeconds: null }), // recorded before it was kept
        session('2026-11-25T21:00:00Z', { plannedSeconds: 600 }),
        session('2026-11-25T22:00:00Z', { plannedSeconds: null }),
      ],
      tonight: '2026-11-26',
    });
    expect(night('2026-11-23')).toMatchObject({
      'Routine done': 'no',
      Routines: 'Before sleep',
      'Minutes done': '0',
      'Holds done': '0',
      'Holds skipped': '1',
    });
    expect(night('2026-11-24')).toMatchObject({
      'Routine done': 'yes',
      'Fitted length (minutes)': '',
    });
    // Half known is not known: 10 minutes would understate the night.
    expect(night('2026-11-25')['Fitted length (minutes)']).toBe('');
    expect(night('2026-11-25')['Minutes done']).toBe('10');
  });

  it('counts a routine after midnight for the evening before, in the user’s zone', () => {
    // 01:30 in London on the 26th: the night of the 25th.
    const london = exported({ history: [session('2026-11-26T01:30:00Z')], tonight: '2026-11-26' });
    expect(london.nights.map((row) => row.Night)).toEqual(['2026-11-25']);
    expect(london.night('2026-11-25')['Routine done']).toBe('yes');

    // 09:30 UTC on the 26th is 01:30 there in Los Angeles: the night of the 25th as well.
    // 13:00 UTC is 13:00 in London (the 26th's evening) but 05:00 in Los Angeles (the 25th's).
    const history = [session('2026-11-26T09:30:00Z'), session('2026-11-26T13:00:00Z')];
    const la = exported({ history, timeZone: 'America/Los_Angeles', tonight: '2026-11-26' });
    expect(la.nights.map((row) => row.Night)).toEqual(['2026-11-25']);
    expect(la.night('2026-11-25')['Minutes done']).toBe('10');
    const inLondon = exported({ history, timeZone: 'Europe/London', tonight: '2026-11-27' });
    expect(inLondon.nights.map((row) => [row.Night, row['Minutes done']])).toEqual([
      ['2026-11-25', '5'],
      ['2026-11-26', '5'],
    ]);
  });

  it('keeps to the local clock across a change to or from summer time', () => {
    // London, 25 October 2026: 01:30 happens twice (BST, then GMT); both are the 24th's night.
    const autumn = exported({
      history: [session('2026-10-25T00:30:00Z'), session('2026-10-25T01:30:00Z')],
      tonight: '2026-10-25',
    });
    expect(autumn.nights.map((row) => [row.Night, row['Minutes done']])).toEqual([
      ['2026-10-24', '10'],
    ]);
    // London, 29 March 2026: 11:30 UTC is 12:30 BST, the 29th's evening, not the 28th's.
    const spring = exported({
      history: [session('2026-03-28T21:00:00Z'), session('2026-03-29T11:30:00Z')],
      tonight: '2026-03-31',
    });
    expect(spring.nights.map((row) => [row.Night, row['Routine done']])).toEqual([
      ['2026-03-28', 'yes'],
      ['2026-03-29', 'yes'],
      ['2026-03-30', 'no'],
    ]);
    // Los Angeles, 8 March 2026: 19:30 UTC is 12:30 PDT (11:30 on the standard-time clock).
    const la = exported({
      history: [session('2026-03-08T19:30:00Z')],
      timeZone: 'America/Los_Angeles',
      tonight: '2026-03-09',
    });
    expect(la.nights.map((row) => row.Night)).toEqual(['2026-03-08']);
  });

  it('neutralises notes a spreadsheet would run as formulas, and quotes commas, quotes and line breaks', () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","click")',
      '+44 20 7946 0000',
      '-2 paracetamol',
      '@SUM(A1:A9)',
      'calf, then foot',
      'a "sharp" pain',
      'woke me\nat three',
      '=1+1,\n"x"',
    ];
    const nights = hostile.map((_, i) =>
      Temporal.PlainDate.from('2026-11-01').add({ days: i }).toString(),
    );
    const { csv, night } = exported({
      history: [session('2026-11-01T21:00:00Z', { routineName: '=cmd|"/c calc"!A1' })],
      events: hostile.map((note, i) =>
        saved(entry(nights[i]!, { note, medicines: i === 0 ? '@magnesium' : undefined })),
      ),
      tonight: '2026-11-09',
    });
    hostile.forEach((note, i) => {
      const cell = night(nights[i]!).Notes;
      expect(cell).toBe(/^[=+\-@]/.test(note) ? `'${note}` : note);
    });
    expect(night('2026-11-01').Routines).toBe(`'=cmd|"/c calc"!A1`);
    expect(night('2026-11-01').Medicines).toBe(`'@magnesium`);
    // No cell in the file starts with a formula character (raw, or just inside its quotes).
    for (const record of readCsv(csv)) {
      for (const cell of record) expect(cell).not.toMatch(/^[=+\-@]/);
    }
  });

  it('takes its words from the catalog it is given', () => {
    const words = { ...mainMessagesEn, 'csv.unknown': 'inconnu', 'csv.head.night': 'Nuit' };
    const result = journalCsv({
      history: [],
      diary: replayDiary([morning('2026-11-24', 'none')]),
      timeZone: 'Europe/Paris',
      tonight: '2026-11-26',
      words,
    });
    const [header, ...rows] = readCsv(result.csv);
    expect(header?.[0]).toBe('Nuit');
    expect(rows.map((row) => row[7])).toEqual(['0', 'inconnu']);
  });
});

describe('the journal as CSV, whatever was recorded', () => {
  const zones = ['Europe/London', 'America/Los_Angeles', 'Australia/Sydney', 'Asia/Kolkata'];
  const start = Temporal.Instant.from('2026-01-01T00:00:00Z').epochMilliseconds;
  const dayMs = 86_400_000;
  const note = fc.string({ unit: 'binary', maxLength: 12 });

  const recorded = fc.record({
    timeZone: fc.constantFrom(...zones),
    sessions: fc.array(
      fc.record({
        atMs: fc.integer({ min: start, max: start + 60 * dayMs }),
        name: note,
        outcome: fc.constantFrom('completed', 'partly-done', 'stopped'),
        plannedSeconds: fc.option(fc.integer({ min: 0, max: 3600 })),
      }),
      { maxLength: 8 },
    ),
    entries: fc.array(fc.record({ day: fc.integer({ min: 0, max: 60 }), note, medicines: note }), {
      maxLength: 8,
    }),
    mornings: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 60 }),
        answer: fc.constantFrom('none', 'cramps', 'later'),
      }),
      { maxLength: 8 },
    ),
    tonightDay: fc.integer({ min: 0, max: 70 }),
  });
  const dateOf = (day: number) => Temporal.PlainDate.from('2026-01-01').add({ days: day });

  it('has one row a night from the first night recorded to the last (or last night), each as wide as the header', () => {
    fc.assert(
      fc.property(recorded, (input) => {
        const history = input.sessions.map((s) =>
          session(Temporal.Instant.fromEpochMilliseconds(s.atMs).toString(), {
            routineName: s.name,
            outcome: s.outcome,
            plannedSeconds: s.plannedSeconds,
          }),
        );
        const events = [
          ...input.entries.map((e) =>
            saved(entry(dateOf(e.day).toString(), { note: e.note, medicines: e.medicines })),
          ),
          ...input.mornings.map((m) => morning(dateOf(m.day).toString(), m.answer)),
        ];
        const tonight = dateOf(input.tonightDay);
        const result = journalCsv({
          history,
          diary: replayDiary(events),
          timeZone: input.timeZone,
          tonight: tonight.toString(),
        });
        const records = readCsv(result.csv);
        for (const record of records) expect(record).toHaveLength(HEADER.length);

        // A night is its evening: before noon, local time, belongs to the day before.
        const withData = [
          ...history.map((h) => {
            const local = Temporal.Instant.from(h.startedAt).toZonedDateTimeISO(input.timeZone);
            return local.hour < 12
              ? local.toPlainDate().subtract({ days: 1 })
              : local.toPlainDate();
          }),
          ...events.map((e) => Temporal.PlainDate.from(nightOfEvent(e))),
        ].toSorted(Temporal.PlainDate.compare);
        const rows = records.slice(1);
        expect(result.nights).toBe(rows.length);
        if (withData.length === 0) {
          expect(rows).toEqual([]);
          return;
        }
        const first = withData[0]!;
        const lastRecorded = withData.at(-1)!;
        const lastNight = tonight.subtract({ days: 1 });
        const last =
          Temporal.PlainDate.compare(lastRecorded, lastNight) > 0 ? lastRecorded : lastNight;
        expect(rows).toHaveLength(first.until(last).days + 1);
        // Consecutive nights; cramps counted when logged, 0 only when the user said none.
        rows.forEach((row, i) => expect(row[0]).toBe(first.add({ days: i }).toString()));
        const mornings = replayDiary(events).mornings;
        for (const [night, , , , , , , cramps] of rows) {
          const logged = input.entries.filter((e) => dateOf(e.day).toString() === night).length;
          const answer = mornings.get(night!);
          const expected =
            logged > 0
              ? String(logged)
              : answer === 'none'
                ? '0'
                : answer === 'cramps'
                  ? 'yes, not logged'
                  : 'unknown';
          expect(cramps).toBe(expected);
        }
      }),
    );
  });
});

function nightOfEvent(event: DiaryEvent): string {
  if (event.kind === 'saved') return event.entry.night;
  if (event.kind === 'morning') return event.night;
  throw new Error('only saved entries and mornings are generated');
}
