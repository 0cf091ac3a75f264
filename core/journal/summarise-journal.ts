import { Temporal } from 'temporal-polyfill';
import type { SessionHistoryEntry } from '../session/session-state';
import type { NightDate } from './check-in';
import type { DiaryState } from './diary-log';
import {
  JOURNAL_WEEKS,
  type JournalSummary,
  type NightMark,
  type WeekTally,
} from './journal-summary';
import { crampsKnown, gatherNights, isRoutineNight, type NightRecord } from './night-rows';

/*
 * When to suggest a doctor, from the diary alone. The content brief says to see one for cramps
 * that are frequent or getting worse; the trial it cites enrolled people cramping at least weekly,
 * so a weekly cramp is ordinary here and "frequent" asks for more: three or more a week, two
 * weeks running. The prompt is about now: a bad spell that has settled should not raise one.
 */
/** Cramps in a week that count as frequent… */
const FREQUENT_CRAMPS = 3;
/** …and how many weeks running. */
const FREQUENT_WEEKS = 2;
/** "Now": one of the frequent weeks is among these last weeks (about a month). */
const RECENT_WEEKS = 4;
/** "Getting worse": the last weeks' counts rise strictly week on week… */
const RISING_WEEKS = 4;
/**
 * …up to at least this many last week (with four weeks rising strictly this always holds; it is
 * kept so a shorter window cannot call 0 then 1 a rise)…
 */
const RISING_LAST_AT_LEAST = 2;
/**
 * …and each of those weeks has most of its nights known: unknown nights never count as zero, so
 * a week with few answers can look low from silence alone, and a "rise" would only be more
 * answering.
 */
const RISING_KNOWN_NIGHTS = 4;

export interface JournalSummaryInput {
  readonly history: readonly SessionHistoryEntry[];
  readonly diary: DiaryState;
  /** The user's zone, in which a session's night (its evening) is worked out. */
  readonly timeZone: string;
  /** The night the 12 weeks end with, "YYYY-MM-DD" (main gives the current night). */
  readonly lastNight: NightDate;
}

/**
 * The Journal's last 12 weeks: every night up to `lastNight`, oldest first (nights before anything
 * was recorded too, with no routine and cramps unknown: the calendar always shows whole weeks),
 * the same nights as 12 weeks of 7, the last ending with `lastNight`, and whether the diary suggests
 * seeing a doctor. Nights and cramps follow the CSV export's rules (`night-rows`).
 */
export function summariseJournal(input: JournalSummaryInput): JournalSummary {
  const lastNight = Temporal.PlainDate.from(input.lastNight);
  const first = lastNight.subtract({ days: JOURNAL_WEEKS * 7 - 1 });
  const recorded = gatherNights(
    sessionsFrom(input.history, first),
    diaryFrom(input.diary, first.toString()),
    input.timeZone,
  );
  const empty: NightRecord = { sessions: [], entries: [] };
  const nights = Array.from({ length: JOURNAL_WEEKS * 7 }, (_, day) => {
    const date = first.add({ days: day }).toString();
    return nightMark(date, recorded.get(date) ?? empty);
  });
  const weeks = Array.from({ length: JOURNAL_WEEKS }, (_, week) =>
    weekTally(nights.slice(week * 7, week * 7 + 7)),
  );
  return { nights, weeks, seeDoctor: seeDoctor(weeks) };
}

/**
 * The sessions that may belong to a night from `first` on, found without working out each one's
 * night (years of history would take a visible while): a session's night is its evening in the
 * user's zone, never more than a day before its UTC date, so anything that started two days
 * before `first` or later is kept, and `gatherNights` places those exactly. A start is an ISO
 * instant in UTC ("2026-09-01T21:30:00.000Z"), whose date sorts as text.
 */
function sessionsFrom(
  history: readonly SessionHistoryEntry[],
  first: Temporal.PlainDate,
): readonly SessionHistoryEntry[] {
  const from = first.subtract({ days: 2 }).toString();
  return history.filter((session) => session.startedAt >= from);
}

/** The diary's entries and answers for the nights from `first` on ("YYYY-MM-DD" sorts as text). */
function diaryFrom(diary: DiaryState, first: NightDate): DiaryState {
  return {
    entries: new Map([...diary.entries].filter(([, entry]) => entry.night >= first)),
    deleted: new Map(),
    mornings: new Map([...diary.mornings].filter(([night]) => night >= first)),
  };
}

function nightMark(date: NightDate, night: NightRecord): NightMark {
  const known = crampsKnown(night);
  const routine = isRoutineNight(night);
  switch (known.kind) {
    case 'logged':
      return { date, routine, cramps: 'cramps', crampCount: known.count };
    case 'said':
      return { date, routine, cramps: 'cramps', crampCount: 0 };
    case 'none':
    case 'unknown':
      return { date, routine, cramps: known.kind, crampCount: 0 };
  }
}

function weekTally(nights: readonly NightMark[]): WeekTally {
  return {
    start: nights[0]!.date,
    // A "yes" with nothing logged was at least one cramp (a logged night has a count of 1 or more).
    cramps: sum(nights.map((n) => (n.cramps === 'cramps' ? Math.max(1, n.crampCount) : 0))),
    routineNights: nights.filter((n) => n.routine).length,
    knownNights: nights.filter((n) => n.cramps !== 'unknown').length,
  };
}

function seeDoctor(weeks: readonly WeekTally[]): JournalSummary['seeDoctor'] {
  const recentFrom = weeks.length - RECENT_WEEKS;
  // A run may start before the recent weeks, as long as it reaches into them.
  for (let end = Math.max(FREQUENT_WEEKS - 1, recentFrom); end < weeks.length; end += 1) {
    const run = weeks.slice(end - FREQUENT_WEEKS + 1, end + 1);
    if (run.every((week) => week.cramps >= FREQUENT_CRAMPS)) return 'frequent';
  }
  const last = weeks.slice(-RISING_WEEKS);
  const isRising =
    last.length === RISING_WEEKS &&
    last.every((week, i) => i === 0 || week.cramps > last[i - 1]!.cramps) &&
    last.at(-1)!.cramps >= RISING_LAST_AT_LEAST &&
    last.every((week) => week.knownNights >= RISING_KNOWN_NIGHTS);
  return isRising ? 'rising' : 'no';
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
