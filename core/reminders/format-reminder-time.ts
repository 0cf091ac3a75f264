/**
 * When a reminder is, in the user's words and zone: the weekday and the time of day, as the
 * language writes them (through `Intl`, never by hand), for the tray and Tonight.
 */
export function formatReminderTime(
  atMs: number,
  timeZone: string,
  /** The catalog's language (`app.lang`). */
  locale: string,
): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(atMs);
}
