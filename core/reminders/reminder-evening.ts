import { Temporal } from 'temporal-polyfill';
import { eveningOf, instantOfWallTime } from './next-reminder';
import { AFTER_MIDNIGHT_BEFORE_HOUR, WEEKDAYS, type ReminderSchedule } from './reminder-schedule';

/**
 * An evening's reminder lasts until two hours after its bedtime: a catch-up after a sleep is given
 * until then, a snooze is offered until then, and a reminder left unanswered is taken away then.
 */
export const EVENING_LASTS_AFTER_BEDTIME_MS = 2 * 60 * 60_000;

/**
 * A reminder that comes late in its evening (a catch-up on waking, or back from a snooze asked
 * for near the end) stays at least this long, so it is not taken away as soon as it is seen.
 */
export const REMINDER_STAYS_AT_LEAST_MS = 30 * 60_000;

/** An evening, as a date or its "YYYY-MM-DD" text. */
type Evening = Temporal.PlainDate | string;

/**
 * The instant of an evening's bedtime (on the next calendar day for a bedtime after midnight), or
 * `null` when that evening has none. A bedtime in a spring-forward gap is at the change itself.
 */
export function eveningBedtimeAt(
  evening: Evening,
  timeZone: string,
  schedule: ReminderSchedule,
): number | null {
  const date = Temporal.PlainDate.from(evening);
  const bedtime = schedule.bedtimes[WEEKDAYS[date.dayOfWeek - 1]!];
  if (bedtime === null) return null;
  const time = Temporal.PlainTime.from(bedtime);
  const day = time.hour < AFTER_MIDNIGHT_BEFORE_HOUR ? date.add({ days: 1 }) : date;
  return instantOfWallTime(day.toPlainDateTime(time), timeZone);
}

/** When an evening's reminder is over (two hours after its bedtime), or `null` without a bedtime. */
export function eveningEndsAt(
  evening: Evening,
  timeZone: string,
  schedule: ReminderSchedule,
): number | null {
  const bedtimeMs = eveningBedtimeAt(evening, timeZone, schedule);
  return bedtimeMs === null ? null : bedtimeMs + EVENING_LASTS_AFTER_BEDTIME_MS;
}

/**
 * Until when a reminder given at `givenAtMs` stays on show and can be snoozed: to the end of its
 * evening, and at least half an hour (one given late in the evening is not gone at once).
 */
export function reminderEndsAt(bedtimeMs: number, givenAtMs: number): number {
  return Math.max(
    bedtimeMs + EVENING_LASTS_AFTER_BEDTIME_MS,
    givenAtMs + REMINDER_STAYS_AT_LEAST_MS,
  );
}

/**
 * The evening "tonight" means at `nowMs`, as "YYYY-MM-DD": the evening now while its reminder is
 * not over; once it is (in the small hours after it, or in the morning), the evening to come. So
 * "Skip tonight" pressed at 10:00 skips this evening's reminder, not last night's, which is over.
 */
export function tonightAt(nowMs: number, timeZone: string, schedule: ReminderSchedule): string {
  const evening = eveningOf(nowMs, timeZone);
  const endsAtMs = eveningEndsAt(evening, timeZone, schedule);
  if (endsAtMs !== null) {
    return (nowMs < endsAtMs ? evening : evening.add({ days: 1 })).toString();
  }
  // No reminder that evening: tonight is the calendar day's evening (the coming one, before noon).
  const here = Temporal.Instant.fromEpochMilliseconds(nowMs).toZonedDateTimeISO(timeZone);
  return here.toPlainDate().toString();
}
