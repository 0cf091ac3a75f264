/**
 * Every user-facing string in the app, in English, in one place so the app can be translated.
 *
 * Keys are grouped by area. `{name}` marks a value filled in by `formatMessage`.
 */
export const messagesEn = {
  'app.name': 'Bedtime Stretch',
  'app.tagline': 'A calm few minutes before sleep, for fewer night cramps.',

  'menu.app': 'Bedtime Stretch',
  'menu.show': 'Show Bedtime Stretch',
  'menu.quit': 'Quit',

  'nav.label': 'Screens',
  'nav.tonight': 'Tonight',
  'nav.routines': 'Routines',
  'nav.journal': 'Journal',
  'nav.settings': 'Settings',
  'nav.keysHint': 'Use the arrow keys to move between screens.',
  'nav.screenAnnouncement': '{screen} screen',

  'tonight.heading': 'Tonight',
  'tonight.intro': 'A few gentle minutes now can mean a quieter night.',
  'tonight.placeholder': 'Your bedtime routine will be ready here.',
  'routines.heading': 'Routines',
  'routines.placeholder': 'Stretches, massage and warmth, fitted to the minutes you have.',
  'journal.heading': 'Journal',
  'journal.placeholder': 'Note your nights here, to see whether the routine helps you.',
  'settings.heading': 'Settings',
  'settings.placeholder': 'Sound, reminders and comfort settings will live here.',

  'footer.guidance':
    'Guidance for comfort, not a diagnosis. See a doctor if cramps are frequent, severe or come with other symptoms.',
  'footer.version': 'Version {version}',

  'error.bridgeMissing': 'The app could not connect to its background service. Please restart it.',
} as const;

export type MessageKey = keyof typeof messagesEn;
export type MessageCatalog = Readonly<Record<MessageKey, string>>;
