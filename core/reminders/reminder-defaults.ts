import type { ReminderSchedule } from './reminder-schedule';
import { everyEvening } from './weekdays';

/**
 * The schedule before the user sets one: off, with a calm 22:30 bedtime and a reminder half an
 * hour before ready for when they turn it on. (A plain object, so the renderer needs no schema.)
 */
export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = {
  isEnabled: false,
  leadMinutes: 30,
  bedtimes: everyEvening('22:30'),
};
