/** The lead times offered in one move, in minutes before bedtime. (No schema: the page uses it.) */
export const LEAD_MINUTE_CHOICES = [15, 30, 45, 60] as const;
