/**
 * The Journal's words for reading the weeks at a glance (the two charts, the calendar's marks,
 * the first week), the diary list's details on demand, and the diary form's question before it
 * discards what was entered.
 */
export const journalMessagesEn = {
  'journal.firstWeek':
    'Your first week. Each night you do a routine, or answer the morning question, adds to this page. After a week your nights show here night by night, with a chart of each week.',
  'journal.soFar': 'So far: {routine}, {cramps}.',
  'journal.soFar.routine.one': '{count} night with the routine',
  'journal.soFar.routine.other': '{count} nights with the routine',
  'journal.soFar.cramps.one': '{count} cramp logged',
  'journal.soFar.cramps.other': '{count} cramps logged',
  'journal.since': 'From your first week with anything noted, {date}.',
  'journal.chart.cramps': 'Cramps each week',
  'journal.chart.crampsKey': 'Each bar: the cramps logged in one week.',
  'journal.chart.routine': 'Nights with the routine each week',
  'journal.chart.routineKey': 'Each bar: the nights with a routine in one week, out of 7.',
  'journal.chart.week': 'Week of {date}: {value}',
  'journal.chart.summary': '{title}, oldest first. {weeks}.',
  'journal.calendar.weekOf': 'Week of',
  'journal.calendar.legend': 'What the marks mean',
  'journal.mark.routine': 'A routine done that night',
  'journal.mark.cramps': 'Cramps logged that night',
  'journal.mark.none': 'No cramps: you said so',
  'journal.mark.notLogged': 'Cramps, not logged',
  'journal.mark.unknown': 'Not known yet',
  'diary.showDetails': 'Show details',
  'diary.hideDetails': 'Hide details',
  'diary.showDetailsNamed': 'Show details: {entry}',
  'diary.hideDetailsNamed': 'Hide details: {entry}',
  'diary.nothingMore': 'Nothing more was noted.',
  'diary.discard.title': 'Discard this cramp?',
  'diary.discard.text': 'What you entered is not saved.',
  'diary.discard.keep': 'Keep editing',
  'diary.discard.confirm': 'Discard',
} as const;
