/*
 * Days and times of the report in the user's language, the same in the page and in main's PDF
 * header. The report's days are calendar dates ("YYYY-MM-DD") and its times wall-clock times
 * ("HH:MM") already worked out in the user's zone, so they are written as they are, in UTC, with
 * no zone able to move them (and no Date: core stays pure).
 */

import { epochDay } from '../time/epoch-day';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** A date, "YYYY-MM-DD", as days from 1970-01-01. */
function epochDayOf(day: string): number {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return epochDay(year, month, date);
}

/** Minutes from midnight of a wall-clock time, "HH:MM". */
function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * Intl's date formats, each made once per language and options: making one costs far more than
 * using it, and the report writes a date for every cramp.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(lang, options)));
  return format;
}

/** A night's two days, its evening's and its morning's, in the short form: "Sat, Oct 10". */
export const NIGHT_DAY: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
};

/** A date, "YYYY-MM-DD", in words: "Nov 25, 2026" (or as `options` ask) in `lang`. */
export function formatReportDay(
  day: string,
  lang: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
  daysLater = 0,
): string {
  // Midday: a whole day's room either side, whatever the calendar's rules.
  const instant = (epochDayOf(day) + daysLater) * DAY_MS + DAY_MS / 2;
  return dateFormat(lang, { ...options, timeZone: 'UTC' }).format(instant);
}

/**
 * A night ("YYYY-MM-DD", the date of its evening) as its two calendar days in words, the evening's
 * and the next morning's ("Sat, Oct 10" and "Sun, Oct 11"), for a message such as "night of
 * {evening} to {morning}"; `withYear` adds the year to the morning's ("Sun, Oct 11, 2026"), for a
 * night that may lie outside the report's weeks.
 */
export function formatReportNight(
  night: string,
  lang: string,
  withYear = false,
): { readonly evening: string; readonly morning: string } {
  return {
    evening: formatReportDay(night, lang, NIGHT_DAY),
    morning: formatReportDay(
      night,
      lang,
      withYear ? { ...NIGHT_DAY, year: 'numeric' } : NIGHT_DAY,
      1,
    ),
  };
}

/** A wall-clock time, "HH:MM", as `lang` writes the time of day ("2:10 AM", "02:10"). */
export function formatReportClock(time: string, lang: string): string {
  return dateFormat(lang, { timeStyle: 'short', timeZone: 'UTC' }).format(
    minutesOf(time) * MINUTE_MS,
  );
}

/**
 * A moment as its calendar day and time of day together, the way `lang` writes them: "Sun, Oct 11,
 * 12:40 AM" in English, "Sun 11 Oct, 00:40" in British English. The hour is written as the
 * language's own short time writes it (a 24-hour clock with two digits where that is the custom).
 */
export function formatReportMoment(day: string, time: string, lang: string): string {
  const { hourCycle } = dateFormat(lang, { timeStyle: 'short' }).resolvedOptions();
  const isDayClock = hourCycle === 'h23' || hourCycle === 'h24';
  return dateFormat(lang, {
    ...NIGHT_DAY,
    hour: isDayClock ? '2-digit' : 'numeric',
    minute: '2-digit',
    hourCycle,
    timeZone: 'UTC',
  }).format(epochDayOf(day) * DAY_MS + minutesOf(time) * MINUTE_MS);
}
