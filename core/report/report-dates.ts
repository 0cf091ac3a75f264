/*
 * Days and times of the report in the user's language, the same in the page and in main's PDF
 * header. The report's days are calendar dates ("YYYY-MM-DD") and its times wall-clock times
 * ("HH:MM") already worked out in the user's zone, so they are written as they are, in UTC, with
 * no zone able to move them (and no Date: core stays pure).
 */

const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's algorithm). */
function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** A date, "YYYY-MM-DD", in words: "Nov 25, 2026" (or as `options` ask) in `lang`. */
export function formatReportDay(
  day: string,
  lang: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  // Midday: a whole day's room either side, whatever the calendar's rules.
  const instant = epochDay(year, month, date) * DAY_MS + DAY_MS / 2;
  return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(instant);
}

/** A wall-clock time, "HH:MM", as `lang` writes the time of day ("2:10 AM", "02:10"). */
export function formatReportClock(time: string, lang: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone: 'UTC' }).format(
    (hours * 60 + minutes) * 60_000,
  );
}
