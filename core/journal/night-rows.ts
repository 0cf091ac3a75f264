import { Temporal } from 'temporal-polyfill';
import { catalogInForce } from '../i18n/catalog-in-force';
import type { mainMessagesEn } from '../i18n/messages-main-en';
import { nightDateOf } from '../reminders/next-reminder';
import { instantMs } from '../session/instant-ms';
import type { SessionHistoryEntry } from '../session/session-state';
import type { NightDate } from './check-in';
import { toCsv, type CsvCell } from './csv';
import {
  CrampFeelSchema,
  CrampHelpSchema,
  CrampLegSchema,
  CrampMuscleSchema,
  CrampSymptomSchema,
  type DiaryEntry,
} from './diary-entry';
import type { DiaryState, MorningAnswer } from './diary-log';

type CsvKey = Extract<keyof typeof mainMessagesEn, `csv.${string}`>;

/**
 * The words of the export: main's `csv.*` messages. Any catalog that has them fits (main's own,
 * or a translation), so core needs no formatter and stays pure.
 */
export type CsvWords = Readonly<Record<CsvKey, string>>;

export interface JournalCsvInput {
  readonly history: readonly SessionHistoryEntry[];
  readonly diary: DiaryState;
  /** The user's zone, in which a session's night (its evening) is worked out. */
  readonly timeZone: string;
  /** The current evening, "YYYY-MM-DD" (`eveningOf(now, zone)`). */
  readonly tonight: NightDate;
  /** Defaults to the catalog in force (main's language). */
  readonly words?: CsvWords;
}

export interface JournalCsv {
  /** The file's text: a header row, then one row a night, CRLF line ends. */
  readonly csv: string;
  /** How many nights (data rows) it holds. */
  readonly nights: number;
}

/** What happened on one night, gathered from the history and the diary. */
export interface NightRecord {
  readonly sessions: readonly SessionHistoryEntry[];
  readonly entries: readonly DiaryEntry[];
  readonly morning?: MorningAnswer;
}

/**
 * The history and the diary by night, for the nights with anything recorded. A session's night is
 * the evening it started in, in the user's zone, so a routine after midnight counts for the
 * evening before; a cramp already carries its night.
 */
export function gatherNights(
  history: readonly SessionHistoryEntry[],
  diary: DiaryState,
  timeZone: string,
): ReadonlyMap<NightDate, NightRecord> {
  const nights = new Map<
    NightDate,
    { sessions: SessionHistoryEntry[]; entries: DiaryEntry[]; morning?: MorningAnswer }
  >();
  const nightOf = (date: NightDate) => {
    let night = nights.get(date);
    if (!night) nights.set(date, (night = { sessions: [], entries: [] }));
    return night;
  };
  for (const entry of history) {
    nightOf(nightDateOf(instantMs(entry.startedAt), timeZone)).sessions.push(entry);
  }
  for (const entry of diary.entries.values()) nightOf(entry.night).entries.push(entry);
  for (const [date, answer] of diary.mornings) nightOf(date).morning = answer;
  return nights;
}

/** A routine done: a session only started and stopped is listed, but the routine was not done. */
export const isRoutineDone = (session: SessionHistoryEntry): boolean =>
  session.outcome !== 'stopped';

/** A routine night: a night with a routine done. */
export const isRoutineNight = (night: NightRecord): boolean => night.sessions.some(isRoutineDone);

/**
 * What is known of a night's cramps: how many were logged; with none logged, said in the morning
 * to have been some ("said"), said to have been none, or unknown. A logged cramp outweighs a
 * hasty "no", and a morning nobody answered is never a night without cramps.
 */
export type NightCrampsKnown =
  | { readonly kind: 'logged'; readonly count: number }
  | { readonly kind: 'said' | 'none' | 'unknown' };

export function crampsKnown(night: NightRecord): NightCrampsKnown {
  if (night.entries.length > 0) return { kind: 'logged', count: night.entries.length };
  if (night.morning === 'none') return { kind: 'none' };
  return { kind: night.morning === 'cramps' ? 'said' : 'unknown' };
}

/**
 * A night's cramps as a number for counting: those logged; a morning "yes" with none logged was
 * at least one, and counts as one; a night without cramps is 0; an unknown night is `null`.
 */
export function countedCramps(known: NightCrampsKnown): number | null {
  if (known.kind === 'logged') return known.count;
  if (known.kind === 'said') return 1;
  return known.kind === 'none' ? 0 : null;
}

/**
 * The routine history and the cramp diary as CSV for a spreadsheet or a doctor, one row a night,
 * from the first night with anything recorded up to last night (and tonight, if it has anything
 * yet). A night with nothing recorded still gets its row: a gap a reader can see is truer than
 * a missing line. Cramps are counted only when known: a night nobody answered for is written as
 * unknown, never as 0. Every text cell goes through `csvCell`, so a note cannot run as a formula.
 */
export function journalCsv(input: JournalCsvInput): JournalCsv {
  const { history, diary, timeZone, tonight, words = catalogInForce() } = input;
  const nights = gatherNights(history, diary, timeZone);

  const rows: CsvCell[][] = [header(words)];
  const dates = [...nights.keys()].toSorted();
  if (dates.length === 0) return { csv: toCsv(rows), nights: 0 };
  // Up to last night even when the last record is older: the nights since are missed, not absent.
  // Anything recorded for a later night (a change of zone) is kept rather than dropped.
  const lastNight = Temporal.PlainDate.from(tonight).subtract({ days: 1 });
  const lastRecorded = Temporal.PlainDate.from(dates.at(-1)!);
  const last = Temporal.PlainDate.compare(lastRecorded, lastNight) > 0 ? lastRecorded : lastNight;
  const empty: NightRecord = { sessions: [], entries: [] };
  for (
    let date = Temporal.PlainDate.from(dates[0]!);
    Temporal.PlainDate.compare(date, last) <= 0;
    date = date.add({ days: 1 })
  ) {
    const night = date.toString();
    rows.push(nightRow(night, nights.get(night) ?? empty, words));
  }
  return { csv: toCsv(rows), nights: rows.length - 1 };
}

function header(words: CsvWords): CsvCell[] {
  return [
    words['csv.head.night'],
    words['csv.head.routineDone'],
    words['csv.head.routines'],
    words['csv.head.minutesDone'],
    words['csv.head.plannedMinutes'],
    words['csv.head.holdsDone'],
    words['csv.head.holdsSkipped'],
    words['csv.head.cramps'],
    words['csv.head.strongest'],
    words['csv.head.crampMinutes'],
    words['csv.head.legs'],
    words['csv.head.muscles'],
    words['csv.head.feel'],
    words['csv.head.helped'],
    words['csv.head.symptoms'],
    words['csv.head.medicines'],
    words['csv.head.notes'],
  ];
}

function nightRow(date: NightDate, night: NightRecord, words: CsvWords): CsvCell[] {
  const sessions = night.sessions.toSorted((a, b) =>
    Temporal.Instant.compare(a.startedAt, b.startedAt),
  );
  const entries = night.entries.toSorted((a, b) => a.startedAtMs - b.startedAtMs);
  const hasSessions = sessions.length > 0;
  const isDone = isRoutineNight(night);
  const planned = sessions.map((session) => session.plannedSeconds);
  const sessionSum = (value: (session: SessionHistoryEntry) => number) =>
    hasSessions ? sum(sessions.map(value)) : null;
  const intensities = entries.flatMap((entry) => entry.intensity ?? []);
  const durations = entries.flatMap((entry) => entry.durationMinutes ?? []);
  const join = (values: readonly string[]) =>
    values.length > 0 ? distinct(values).join(words['csv.join']) : null;
  // Enum words in the diary's own order, so the same choices always read the same way.
  const chosen = <T extends string>(
    options: readonly T[],
    picked: readonly T[],
    key: (option: T) => CsvKey,
  ) =>
    join(options.filter((option) => picked.includes(option)).map((option) => words[key(option)]));

  return [
    date,
    words[isDone ? 'csv.yes' : 'csv.no'],
    join(sessions.map((session) => session.routineName)),
    minutesOf(sessionSum((session) => session.activeMs / 1000)),
    // One session of unknown length leaves the night's planned total unknown, not short.
    hasSessions && planned.every((seconds): seconds is number => seconds !== null)
      ? minutesOf(sum(planned))
      : null,
    sessionSum((session) => session.holdsDone),
    sessionSum((session) => session.holdsSkipped),
    crampsCell(crampsKnown(night), words),
    intensities.length > 0 ? Math.max(...intensities) : null,
    // Tenths at most: durations can be fractions of a minute, and sums of those carry float noise.
    durations.length > 0 ? Math.round(sum(durations) * 10) / 10 : null,
    chosen(
      CrampLegSchema.options,
      entries.flatMap((entry) => entry.leg ?? []),
      (leg) => `csv.leg.${leg}`,
    ),
    chosen(
      CrampMuscleSchema.options,
      entries.flatMap((entry) => entry.muscle ?? []),
      (muscle) => `csv.muscle.${muscle}`,
    ),
    chosen(
      CrampFeelSchema.options,
      entries.flatMap((entry) => entry.feel ?? []),
      (feel) => `csv.feel.${feel}`,
    ),
    chosen(
      CrampHelpSchema.options,
      entries.flatMap((entry) => entry.helped ?? []),
      (help) => `csv.helped.${help}`,
    ),
    chosen(
      CrampSymptomSchema.options,
      entries.flatMap((entry) => entry.symptoms ?? []),
      (symptom) => `csv.symptom.${symptom}`,
    ),
    // An empty text is nothing written, not a value to list.
    join(entries.flatMap((entry) => entry.medicines || [])),
    join(entries.flatMap((entry) => entry.note || [])),
  ];
}

/** The night's cramps as a cell: the count logged, 0 for none, or words ("yes, not logged", unknown). */
function crampsCell(known: NightCrampsKnown, words: CsvWords): CsvCell {
  switch (known.kind) {
    case 'logged':
      return known.count;
    case 'none':
      return 0;
    case 'said':
      return words['csv.crampsNotLogged'];
    case 'unknown':
      return words['csv.unknown'];
  }
}

/** Seconds as whole minutes, or nothing when there were no sessions. */
const minutesOf = (seconds: number | null) => (seconds === null ? null : Math.round(seconds / 60));

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

const distinct = (values: readonly string[]) => [...new Set(values)];
