/** The days of the week, Monday first, as the reminder schedule names them. */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A bedtime for each evening, keyed by its weekday; `null` for an evening without one. */
export type Bedtimes<T extends string = string> = Readonly<Record<Weekday, T | null>>;

/** The same bedtime every evening. (No schema here, so the renderer can use it.) */
export function everyEvening<T extends string>(bedtime: T | null): Record<Weekday, T | null> {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, bedtime])) as Record<Weekday, T | null>;
}
