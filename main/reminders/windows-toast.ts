/** The argument a toast's button or click hands back to the app (see `readToastArgument`). */
export type ToastArgument = 'open' | 'start-tonight' | 'snooze-10';

/** The words a toast shows. */
export interface ToastText {
  readonly title: string;
  readonly body: string;
  readonly startLabel: string;
  readonly snoozeLabel: string;
}

/** Escapes text for an XML attribute or element. */
function xml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/**
 * A Windows toast for the bedtime reminder: scenario "reminder", so it stays on screen until the
 * user acts on it, with Start and Snooze buttons. Clicking the toast itself opens Tonight.
 */
export function reminderToastXml(text: ToastText, isSilent = false): string {
  return [
    '<toast scenario="reminder" launch="open" activationType="foreground">',
    '<visual><binding template="ToastGeneric">',
    `<text>${xml(text.title)}</text>`,
    `<text>${xml(text.body)}</text>`,
    '</binding></visual>',
    '<actions>',
    `<action content="${xml(text.startLabel)}" arguments="start-tonight" activationType="foreground"/>`,
    `<action content="${xml(text.snoozeLabel)}" arguments="snooze-10" activationType="foreground"/>`,
    '</actions>',
    // With the app's own window also showing, the window's chime is the one sound.
    isSilent ? '<audio silent="true"/>' : '',
    '</toast>',
  ].join('');
}

/** What a toast activation asked for, or `null` for an argument the app did not write. */
export function readToastArgument(argument: string): ToastArgument | null {
  return argument === 'open' || argument === 'start-tonight' || argument === 'snooze-10'
    ? argument
    : null;
}
