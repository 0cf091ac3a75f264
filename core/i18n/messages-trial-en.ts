/** The personal trial's words ("Find out if it helps me"), shown in the window and the report. */
export const trialMessagesEn = {
  'trial.heading': 'Find out if it helps me',
  'trial.intro':
    'Studies disagree on whether stretching before bed helps night cramps: one found fewer cramps, another found no difference. A personal trial can show whether it helps you. For a few weeks you have some nights with the routine and some without, in an order the app draws at random, and each morning you say how the night went.',
  'trial.lengthLegend': 'How long',
  'trial.lengthChoice': '{weeks} weeks',
  'trial.plan':
    'From tonight until {end}: {pairs} pairs of blocks, each block {nights} nights with the routine or {nights} nights without. The first {washout} nights of each block are not counted, while the block before wears off.',
  'trial.fewCramps':
    'With few cramps, a month or even the whole trial may not be enough to tell. The more cramps you usually have, the sooner an answer comes.',
  'trial.recentRate': 'Over the last four weeks your diary shows about {rate} cramps a week.',
  'trial.missingNights':
    'A morning you do not answer is left out, never counted as a night without cramps, so try to answer each morning.',
  'trial.start': 'Start the trial tonight',
  'trial.started': 'Your trial has started. Tonight is shown on Tonight and in the reminder.',
  'trial.progress': 'Night {night} of {total}, until {end}.',
  'trial.pausedSince':
    'Paused since the night of {date}. When you resume, the plan goes on where it stopped.',
  'trial.finished': 'Your trial ended on the night of {date}.',
  'trial.stopped':
    'You stopped this trial on the night of {date}. The nights before it still count.',
  'trial.tonight.routine':
    'Tonight in your trial: a night with the routine (night {night} of {nights}).',
  'trial.tonight.none':
    'Tonight in your trial: a night without the routine (night {night} of {nights}). Rest, and tell the diary in the morning.',
  'trial.tonight.settling': 'Tonight is a settling-in night: it is not counted.',
  'trial.tonight.paused': 'Your trial is paused: do as you like tonight.',
  'trial.pause': 'Pause the trial',
  'trial.resume': 'Resume the trial',
  'trial.extend': 'Make it two weeks longer',
  'trial.stop': 'Stop the trial',
  'trial.stopConfirm':
    'Stop the trial? The nights so far still count, but the answer may be less sure.',
  'trial.stopYes': 'Yes, stop it',
  'trial.stopNo': 'Keep going',
  'trial.pausedNow': 'The trial is paused.',
  'trial.resumedNow': 'The trial goes on from tonight.',
  'trial.extendedNow': 'The trial is now two weeks longer.',
  'trial.stoppedNow': 'The trial is stopped. The nights so far still count.',
  'trial.adherence':
    'On {done} of {planned} routine nights you did the routine; on {extra} of {rest} nights without, you did it anyway. The answer compares the nights as they were planned.',
  'trial.answerHeading': 'What your trial shows so far',
  'trial.answerHeadingDone': 'What your trial found',
  'trial.newHeading': 'Another trial',
  'trial.notEnough':
    'Not enough nights are known yet to tell. Counted so far: {routine} nights with the routine and {none} without; at least {min} of each are needed.',
  'trial.answer.fewer': 'Nights with the routine had about {percent} fewer cramps.',
  'trial.answer.more': 'Nights with the routine had about {percent} more cramps.',
  'trial.answer.same': 'Nights with and without the routine had about as many cramps.',
  'trial.range': 'The range that fits your diary is {low} to {high}.',
  'trial.rangeFewer': '{percent} fewer',
  'trial.rangeMore': '{percent} more',
  'trial.rangeSame': 'no difference',
  'trial.chance': 'The chance that the routine helps you is about {percent}.',
  'trial.chanceAbove': 'The chance that the routine helps you is above {percent}.',
  'trial.chanceBelow': 'The chance that the routine helps you is below {percent}.',
  'trial.unsure':
    'That range includes no difference at all, so the trial cannot yet tell whether the routine helps you.',
  'trial.picture':
    'The line shows the range that fits your diary, the dot the likeliest value. Left of the middle line means fewer cramps with the routine.',
  'trial.axisFewer': 'fewer cramps',
  'trial.axisMore': 'more cramps',
  'trial.axisSame': 'no difference',
  'trial.howHeading': 'How this was worked out',
  'trial.how.counts':
    'Cramps were counted night by night from your diary. Nights with no morning answer were left out, and so were the first {washout} nights of each block. A morning "yes" with no cramp logged counts as one.',
  'trial.how.model':
    'The nights with and without the routine were compared with a model made for counts of events (a Poisson rate ratio), starting from a weak assumption that favours neither side (the Jeffreys prior). When your cramps came in clusters, the range was widened to allow for it.',
  'trial.how.range':
    'The range is a 95% credible interval: given your diary, the routine’s real effect lies within it with a 95% chance. An answer is given only once at least {min} nights with and {min} without the routine are known.',
  'trial.how.limits':
    'A trial in one person shows how your nights went, not why. It is not a diagnosis; talk to your doctor about what it shows.',
  'trial.error.notRunning': 'Only a trial under way can be paused.',
  'trial.error.notPaused': 'Only a paused trial can be resumed.',
  'trial.error.ended': 'This trial has already ended.',
  'trial.error.longest': 'A trial can run for at most {pairs} pairs of blocks.',
  'trial.error.running': 'A trial is already under way. Stop it first to start a new one.',
  'trial.notSaved':
    'That change to your trial could not be saved, so it was not made. The disk may be full.',
  'reminder.trial.routine': 'In your trial, tonight is a night with the routine.',
  'reminder.trial.noneTitle': 'Tonight is a night off',
  'reminder.trial.none':
    'In your trial, tonight is a night without the routine. Rest well, and say in the morning how the night went.',
} as const;
