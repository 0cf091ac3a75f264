/** The lead times offered in one move, in minutes before bedtime. (No schema: the page uses it.) */
export const LEAD_MINUTE_CHOICES = [15, 30, 45, 60] as const;

/** The snoozes offered, in minutes (the tray, the reminder window, the command line). */
export const SNOOZE_CHOICES = [10, 20, 30] as const;
export type SnoozeMinutes = (typeof SNOOZE_CHOICES)[number];

/** The pauses offered, in days (besides "until I turn them back on"). */
export const PAUSE_DAY_CHOICES = [1, 3] as const;
export type PauseDays = (typeof PAUSE_DAY_CHOICES)[number];
