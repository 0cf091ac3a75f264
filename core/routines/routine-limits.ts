/** The shortest length a routine can be fitted to, in minutes (Tonight's slider). */
export const MIN_FIT_MINUTES = 3;
/** The longest, in minutes. */
export const MAX_FIT_MINUTES = 45;
/** The lengths offered in one press on Tonight, in minutes. */
export const FIT_MINUTE_CHOICES = [5, 10, 15, 20] as const;
/** How many routines of their own a user can keep. */
export const MAX_OWN_ROUTINES = 50;
