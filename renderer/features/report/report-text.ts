import {
  formatReportClock,
  formatReportDay,
  formatReportMoment,
  formatReportNight,
} from '../../../core/report/report-dates';
import type { AnswerCounts } from '../../../core/report/report-figures';
import { t, tPlural } from '../../i18n';
import { answerText, type ChoiceField } from '../journal/diary-text';

/** The catalog's language (read when used: the words come from main after the modules load). */
const lang = () => t('app.lang');

/** A day of the report in words: "Nov 25, 2026", or as `options` ask. */
export const reportDay = (day: string, options?: Intl.DateTimeFormatOptions) =>
  formatReportDay(day, lang(), options);

/**
 * A night of the report ("YYYY-MM-DD", its evening) as its evening's and morning's days, for the
 * catalog's "night of {evening} to {morning}" messages: "Sat, Oct 10" and "Sun, Oct 11".
 */
export const reportNight = (night: string, withYear = false) =>
  formatReportNight(night, lang(), withYear);

/**
 * The report's period as the evening it starts and the morning it ends: its first night's evening
 * and the morning after its last night ("Nov 6, 2026" and "Nov 27, 2026").
 */
export const reportPeriod = (period: { readonly from: string; readonly to: string }) => ({
  from: formatReportDay(period.from, lang()),
  to: formatReportDay(period.to, lang(), undefined, 1),
});

/** A time of the report ("HH:MM" in the user's zone) as the language writes it: "2:10 AM". */
export const reportClock = (time: string) => formatReportClock(time, lang());

/** When a cramp began, its real day and time in the user's zone: "Sun, Oct 11, 12:40 AM". */
export const reportMoment = (day: string, time: string) => formatReportMoment(day, time, lang());

/** Items as one list: "Tight (10), Knotted (4), Sharp (1)". */
export const listText = (items: readonly string[]) =>
  new Intl.ListFormat(lang(), { type: 'unit', style: 'short' }).format(items);

/**
 * One question's answers over `total` cramps, in words: each answer with how many gave it, the
 * most first, then how many answered at all ("…3 of 20 cramps answered."). A question nobody
 * answered says so; `noted` words the count for symptoms, which are noted rather than answered.
 */
export function answersText<T extends string | number>(
  answers: AnswerCounts<T>,
  field: ChoiceField,
  total: number,
  how: 'answered' | 'noted' = 'answered',
): string {
  if (answers.answered === 0) return t('report.notAnswered');
  const list = listText(
    answers.counts.map(({ answer, count }) =>
      t('report.counted', { answer: answerText(field, answer), count }),
    ),
  );
  const note = tPlural(how === 'noted' ? 'report.noted' : 'report.answered', total, {
    answered: answers.answered,
  });
  return `${list}. ${note}`;
}
