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
    'Stop the trial? You will see its answer now, marked as early: the nights so far still count, but the answer may be less sure.',
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
  'trial.answerHeadingEarly': 'What your trial found, stopped early',
  'trial.stoppedEarly':
    'You stopped the trial before its planned end, so this answer rests on fewer nights than planned.',
  'trial.newHeading': 'Another trial',
  'trial.cramps.one': '{count} cramp',
  'trial.cramps.other': '{count} cramps',
  'trial.nights.one': '{count} night',
  'trial.nights.other': '{count} nights',
  'trial.counts':
    '{routineCramps} in {routineNights} with the routine, {noneCramps} in {noneNights} without',
  'trial.soFar': 'So far your diary counts {counts}.',
  'trial.soFarNothing':
    'No nights are counted yet: a night counts once its morning is answered, and the first nights of each block are for settling in.',
  'trial.answerAtEnd':
    'The answer, and how sure it can be, comes when the trial ends. Until then the nights are only counted: looking for an answer night after night would sooner or later find a difference that is only chance. If you stop early, you get the answer then, marked as early.',
  'trial.notEnough':
    'Not enough nights are known yet to tell. Counted so far: {routine} nights with the routine and {none} without; at least {min} of each are needed.',
  'trial.notEnoughDone':
    'Not enough nights were known to tell. Counted: {routine} nights with the routine and {none} without; at least {min} of each are needed.',
  'trial.tooFew': 'There are too few cramps to compare yet: {counts}.',
  'trial.tooFewDone': 'There were too few cramps to compare: {counts}.',
  'trial.tooFewWhy': 'With so few, any difference between the nights could easily be chance.',
  'trial.verdict.unsure': 'It can’t tell yet whether the routine helps you.',
  'trial.verdict.unsureDone': 'The trial could not tell whether the routine helps you.',
  'trial.verdict.fewer': 'So far, nights with the routine had fewer cramps than nights without.',
  'trial.verdict.fewerDone': 'Nights with the routine had fewer cramps than nights without.',
  'trial.verdict.more': 'So far, nights with the routine had more cramps than nights without.',
  'trial.verdict.moreDone': 'Nights with the routine had more cramps than nights without.',
  'trial.headline':
    'Your diary counted {counts}: about {routineRate} a night with the routine, {noneRate} without.',
  'trial.range':
    'Allowing for chance and for good and bad weeks, the difference the routine makes is very likely between {low} and {high}.',
  'trial.rangeFewer': '{percent} fewer cramps',
  'trial.rangeMore': '{percent} more cramps',
  'trial.rangeTimes': '{times} times as many cramps',
  'trial.rangeUnderTenth': 'less than a tenth as many cramps',
  'trial.rangeOverTenTimes': 'more than ten times as many cramps',
  'trial.rangeSame': 'about as many cramps',
  'trial.chance.veryLikely': 'It is very likely that the routine helps you.',
  'trial.chance.likely':
    'Your diary leans towards the routine helping, but not clearly enough to tell.',
  'trial.chance.leans':
    'Your diary leans a little towards the routine helping: too little to go on.',
  'trial.chance.even': 'Your diary leans neither way: helping and not helping are about as likely.',
  'trial.chance.leansNot':
    'Your diary leans a little against the routine helping: too little to go on.',
  'trial.chance.unlikely':
    'Your diary leans against the routine helping, but not clearly enough to tell.',
  'trial.chance.veryUnlikely': 'It is very unlikely that the routine helps you.',
  'trial.picture':
    'The line shows the range the difference very likely lies in; the dot, the median (as likely above it as below). Left of the middle line means fewer cramps with the routine. The picture runs from a tenth as many cramps to ten times as many.',
  'trial.axisFewer': 'fewer cramps',
  'trial.axisMore': 'more cramps',
  'trial.axisSame': 'no difference',
  'trial.howHeading': 'How this was worked out',
  'trial.how.counts':
    'Cramps were counted night by night from your diary. Nights with no morning answer were left out, and so were the first {washout} nights of each block. A morning "yes" with no cramp logged counts as one.',
  'trial.how.model':
    'The nights with and without the routine were compared with a model made for counts of events (a Poisson rate ratio), starting from a weak assumption that favours neither side (the Jeffreys prior). Cramps often come in bad nights and bad weeks, so the range was widened by how much your blocks of nights differed from one another, and widened more when there are few blocks to judge that from.',
  'trial.how.range':
    'The range is where the difference the routine makes very likely lies: tried on thousands of made-up diaries, some with good and bad weeks, ranges worked out this way held the true difference about 19 times in 20 or more often.',
  'trial.how.when':
    'An answer needs at least {min} counted nights with the routine and {min} without, and comes only at the end of the trial. With fewer than {cramps} cramps in all, the nights are counted but not compared.',
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
