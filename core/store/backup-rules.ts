/**
 * How many daily backups are kept: the last week. Main prunes to it; Settings tells the user
 * the same number (a plain constant, so the window can read it without the store's schema).
 */
export const BACKUPS_KEPT = 7;
