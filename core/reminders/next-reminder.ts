import { Temporal } from 'temporal-polyfill';
import { clockText, wallClockOf } from '../time/zone-clock';
import {
  AFTER_MIDNIGHT_BEFORE_HOUR,
  WEEKDAYS,
  type ReminderSchedule,
  type ReminderState,
  type WallTime,
} from './reminder-schedule';

/** How far ahead to look for a reminder beyond any pause: a whole week and a day. */
const SEARCH_DAYS = 8;
const DAY_MS = 86_400_000;

/** What the next reminder is worked out from; `nowMs` is read by the caller, never here. */
export interface NextReminderInput {
  readonly nowMs: number;
  /** An IANA time zone, such as "Europe/London". */
  readonly timeZone: string;
  readonly schedule: ReminderSchedule;
  readonly state: ReminderState;
}

/**
 * The wall date and time of an evening's reminder: its bedtime (the next day's calendar date for
 * a bedtime after midnight) less the lead time, on the wall clock.
 */
export function reminderWallTime(
  evening: Temporal.PlainDate,
  bedtime: WallTime,
  leadMinutes: number,
): Temporal.PlainDateTime {
  const time = Temporal.PlainTime.from(bedtime);
  const date = time.hour < AFTER_MIDNIGHT_BEFORE_HOUR ? evening.add({ days: 1 }) : evening;
  return date.toPlainDateTime(time).subtract({ minutes: leadMinutes });
}

/**
 * The instant a wall time happens in a zone. One that does not exist (the clocks spring forward
 * over it) happens at the first valid instant after it, the moment of the change; one that
 * happens twice (the clocks fall back) is taken at the first.
 */
export function instantOfWallTime(wall: Temporal.PlainDateTime, timeZone: string): number {
  const earlier = wall.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  if (earlier.toPlainDateTime().equals(wall)) return earlier.epochMilliseconds;
  // In a gap: 'earlier' moved the time back before it; the change itself is the first valid instant.
  const change = earlier.getTimeZoneTransition('next');
  return change ? change.epochMilliseconds : earlier.epochMilliseconds;
}

/** The evening's weekday, as the schedule keys it. */
function weekdayOf(evening: Temporal.PlainDate): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[evening.dayOfWeek - 1]!;
}

/** The instant of an evening's reminder, or `null` when that evening has no bedtime. */
export function eveningReminderAt(
  evening: Temporal.PlainDate,
  timeZone: string,
  schedule: ReminderSchedule,
): number | null {
  const bedtime = schedule.bedtimes[weekdayOf(evening)];
  if (bedtime === null) return null;
  return instantOfWallTime(reminderWallTime(evening, bedtime, schedule.leadMinutes), timeZone);
}

/**
 * The evening an instant belongs to: from noon to the next noon, so 01:00 on Saturday is still
 * Friday evening. This is the "tonight" of Skip tonight and of the routine done tonight.
 */
export function eveningOf(nowMs: number, timeZone: string): Temporal.PlainDate {
  return Temporal.PlainDate.from(nightDateOf(nowMs, timeZone));
}

/**
 * `eveningOf` as its "YYYY-MM-DD" text, worked out with one cached `Intl.DateTimeFormat` per zone
 * rather than Temporal's zone arithmetic: the same answer (tests compare the two across zones,
 * offsets of half an hour and daylight-saving changes), about eight times faster, which ten years
 * of history placed night by night needs. Before noon, the night is that of the instant a few
 * hours before the local midnight (three hours back from the local hour, so an hour repeated or
 * skipped by a clock change cannot land on the same day).
 */
export function nightDateOf(nowMs: number, timeZone: string): string {
  const here = localDateAndHour(nowMs, timeZone);
  if (here.hour >= AFTER_MIDNIGHT_BEFORE_HOUR) return here.date;
  return localDateAndHour(nowMs - (here.hour + 3) * 3_600_000, timeZone).date;
}

/** The calendar date ("YYYY-MM-DD") and hour of a moment in a zone. */
function localDateAndHour(ms: number, timeZone: string): { date: string; hour: number } {
  const clock = wallClockOf(ms, timeZone);
  return { date: clockText(clock).slice(0, 10), hour: clock.hour };
}

/** Whether an evening wants no reminder: its routine done or started, or the user skipped it. */
export function isEveningQuiet(state: ReminderState, evening: string): boolean {
  return (
    state.doneEvening === evening ||
    state.skippedEvening === evening ||
    state.answeredEvening === evening
  );
}

/**
 * The first reminder strictly after `nowMs`, in epoch milliseconds, or `null` when there is none
 * (reminders off or paused until turned on, or no bedtime set). An evening that is done, skipped
 * or answered by a routine started has no reminder; nothing fires before a pause ends; a snooze brings its reminder back
 * at its instant, unless that evening has since been done or skipped.
 */
export function nextReminderAt(input: NextReminderInput): number | null {
  const { nowMs, timeZone, schedule, state } = input;
  if (!schedule.isEnabled || state.isPausedUntilTurnedOn) return null;
  const isQuietEvening = (evening: Temporal.PlainDate) => isEveningQuiet(state, evening.toString());
  const notBefore = Math.max(nowMs, (state.pausedUntilMs ?? 0) - 1);
  const candidates: number[] = [];

  const snooze = state.snoozedUntilMs;
  if (snooze !== undefined && snooze > notBefore && !isQuietEvening(eveningOf(snooze, timeZone))) {
    candidates.push(snooze);
  }
  // From the evening before now (its bedtime may be after midnight) to a week past any pause.
  const lookAheadDays = SEARCH_DAYS + Math.ceil(Math.max(0, notBefore - nowMs) / DAY_MS);
  let evening = eveningOf(nowMs, timeZone).subtract({ days: 1 });
  for (let day = 0; day <= lookAheadDays; day += 1, evening = evening.add({ days: 1 })) {
    if (isQuietEvening(evening)) continue;
    const at = eveningReminderAt(evening, timeZone, schedule);
    // Every evening is looked at: a long lead before an afternoon bedtime can come before the
    // evening before's after-midnight one.
    if (at !== null && at > notBefore) candidates.push(at);
  }
  return candidates.length > 0 ? Math.min(...candidates) : null;
}
