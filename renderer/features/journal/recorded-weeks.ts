import type { JournalSummary, NightMark, WeekTally } from '../../../core/journal/journal-summary';

/** A night with anything noted: a routine done, or cramps logged or answered. */
export const isNoted = (night: NightMark): boolean => night.routine || night.cramps !== 'unknown';

/** The weeks worth drawing: from the first with anything noted, whole weeks, up to tonight. */
export interface RecordedWeeks {
  readonly nights: readonly NightMark[];
  readonly weeks: readonly WeekTally[];
  /** Less than a week since the first night noted (or none yet): too little to draw. */
  readonly isFirstWeek: boolean;
}

/**
 * The summary's weeks from the first one with anything noted. Weeks before the app was used
 * would be rows of "not known" that say nothing and push the weeks that matter down the page.
 * The summary's nights run in whole weeks, oldest first, as its weeks do.
 */
export function recordedWeeks({ nights, weeks }: JournalSummary): RecordedWeeks {
  const first = nights.findIndex(isNoted);
  if (first === -1) return { nights: [], weeks: [], isFirstWeek: true };
  const firstWeek = Math.floor(first / 7);
  return {
    nights: nights.slice(firstWeek * 7),
    weeks: weeks.slice(firstWeek),
    isFirstWeek: nights.length - first < 7,
  };
}
