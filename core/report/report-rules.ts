import type { ReportPatient } from './report-patient';

/**
 * The report's small rules that both processes use: no schema here, so the page can use them
 * without the schema library.
 */

/** No name and no date of birth: the report is headed by neither. */
export const NO_PATIENT: ReportPatient = { name: '', birthDate: null };

/** Whether the user gave a name or a date of birth for the report. */
export const hasPatient = (patient: ReportPatient): boolean =>
  patient.name.trim() !== '' || patient.birthDate !== null;

/**
 * How long a cramp lasted, in the spans the diary's form offers, each saved as the minutes in its
 * middle (under a minute, 1 to 5, 5 to 15, longer). A length typed in another way falls in the
 * span that holds it.
 */
export const DURATION_SPAN_MINUTES = [0.5, 3, 10, 30] as const;

/** The span (its middle minutes) that holds a cramp of `minutes`. */
export function durationSpanOf(minutes: number): (typeof DURATION_SPAN_MINUTES)[number] {
  if (minutes < 1) return 0.5;
  if (minutes <= 5) return 3;
  if (minutes <= 15) return 10;
  return 30;
}

/** A minute of the day, "HH:MM". */
export function clockText(minuteOfDay: number): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(Math.floor(minuteOfDay / 60) % 24)}:${two(minuteOfDay % 60)}`;
}
