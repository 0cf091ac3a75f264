/** The routine that Tonight offers first. */
export const RECOMMENDED_ROUTINE_ID = 'before-sleep-stretches';
/** The one-click relief routine. */
export const CRAMP_NOW_ROUTINE_ID = 'cramp-now';
