/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's algorithm). */
export function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** A calendar date and wall-clock time read as UTC, in epoch milliseconds (what `Date.UTC` gives). */
export const utcMs = (year: number, month: number, day: number, hour: number, minute: number) =>
  epochDay(year, month, day) * DAY_MS + (hour * 60 + minute) * MINUTE_MS;
