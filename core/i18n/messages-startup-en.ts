/**
 * The page's own few words, carried in its bundle: the rest of the window's words come from main
 * (see `format-window-message`), so these are what it can say when main cannot be reached. They
 * are part of the window's catalog (`messages-en.ts` spreads them in).
 */
export const startupMessagesEn = {
  'app.name': 'Bedtime Stretch',
  'app.lang': 'en',
  'error.bridgeMissing': 'The app could not connect to its background service. Please restart it.',
} as const;
