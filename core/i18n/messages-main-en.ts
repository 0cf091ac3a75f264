/**
 * The words only main shows, in English: the tray menu, the command line, the system dialogs and
 * login entry, import errors and the summaries of a fitted routine. Part of the one catalog
 * (`messagesEn` in `messages-en.ts`), kept apart so the window's bundle does not carry them.
 */
export const mainMessagesEn = {
  'menu.app': 'Bedtime Stretch',
  'menu.show': 'Show Bedtime Stretch',
  'menu.quit': 'Quit',
  'cli.help':
    'Bedtime Stretch\n\n  --start                 start tonight’s routine\n  --cramp-now             start cramp relief now\n  --snooze 10|20|30       snooze the reminder for that many minutes\n  --skip-tonight          no reminder tonight\n  --pause-reminders 1d|3d|off\n                          pause reminders for 1 or 3 days, or until turned back on\n  --in-tray               start quietly in the tray (as at login)\n  --help                  show this list\n\nWith the app already running, these reach it.',
  'cli.badSnooze': 'Snooze for 10, 20 or 30 minutes (not “{value}”).',
  'cli.badFileAddress':
    'That file address names a file on another computer, which this app cannot open: {value}',
  'cli.badPause': 'Pause reminders for 1d, 3d or off (not “{value}”).',
  'tray.stillHere.title': 'Bedtime Stretch is still here',
  'tray.stillHere.body':
    'It keeps running in the tray, to remind you at bedtime. To close it, choose Quit in the tray menu.',
  'tray.startTonight': 'Start tonight’s routine: {routine}',
  'tray.crampNow': 'Cramp relief now',
  'tray.logCramp': 'Log a cramp…',
  'tray.pause': 'Pause the routine',
  'tray.resume': 'Resume the routine',
  'tray.skip': 'Skip to the next hold',
  'tray.stop': 'Stop the routine',
  'tray.snooze': 'Snooze the reminder',
  'tray.minutes.one': 'For {count} minute',
  'tray.minutes.other': 'For {count} minutes',
  'tray.skipTonight': 'Skip tonight',
  'tray.pauseReminders': 'Pause reminders',
  'tray.days.one': 'For {count} day',
  'tray.days.other': 'For {count} days',
  'tray.untilTurnedOn': 'Until I turn them back on',
  'tray.remindersBackOn': 'Turn reminders back on',
  'tray.open': 'Open Bedtime Stretch',
  'tray.settings': 'Settings',
  'tray.quit': 'Quit Bedtime Stretch',
  'tray.tooltip.idle': 'Bedtime Stretch',
  'tray.tooltip.next': 'Bedtime Stretch: next reminder {when}',
  'tray.tooltip.running': '{step}: {time} left',
  'tray.tooltip.paused': '{step}: paused',
  'login.comment': 'Bedtime reminders for night leg cramps',
  'login.notSaved':
    'Starting at login could not be changed: the system did not allow it. Nothing else changed.',
  'close.routinePaused.title': 'Your routine is paused.',
  'close.routinePaused.detail':
    'Closing the window would leave your routine running in the background. Go back to it, or stop it and close.',
  'close.routinePaused.back': 'Back to my routine',
  'close.routinePaused.stop': 'Stop the routine and close',
  'import.fileKind': 'Bedtime Stretch routines',
  'import.dialogTitle': 'Import routines',
  'export.dialogTitle': 'Export routines',
  'export.defaultName': 'My bedtime routines',
  'export.tooMuch':
    'That is more than one routines file can hold (200 steps at most). Nothing was saved.',
  'export.failed': 'The file could not be saved there. Your routines are unchanged.',
  'import.offer': 'Import the routines in “{file}”?',
  'import.offerDetail':
    'They are added to your routines under new names if needed. Nothing you have is replaced.',
  'import.offerYes': 'Import',
  'history.damaged.title': 'Part of your routine history could not be read.',
  'history.damaged.detail':
    'Everything that could be read is kept ({count} sessions). The file as it was is kept as {file}, so nothing is thrown away.',
  'import.where.file': 'the whole file',
  'import.error.noRoom':
    'This file has {count} routines, and there is room for {room} more (at most {max} of your own). Delete some you no longer use, then import again.',
  'import.where.lineColumn': 'line {line}, column {column}',
  'import.error.unreadable': 'This file could not be read as a routines file.',
  'import.error.tooLarge':
    'This file is larger than {limit} MB, much larger than a routines file can be.',
  'import.error.emptyFile': 'This file is empty.',
  'import.error.truncated':
    'The file ends too soon. It may have been cut off while it was copied or downloaded.',
  'import.error.syntax':
    'Here the file is not written the way a routines file is, so it can’t be read. It may have been edited or damaged.',
  'import.error.tooDeep':
    'The file has lists or groups nested more than {limit} deep, far more than a routines file ever has.',
  'import.error.notRoutineFile': 'This is not a Bedtime Stretch routines file.',
  'import.error.newerVersion':
    'This file was made by a newer version of Bedtime Stretch. Please update the app, then import it again.',
  'import.error.unknownVersion':
    'This routines file has a version this app does not recognise, so it can’t be read.',
  'import.error.noRoutines': 'The file has no routines in it.',
  'import.error.tooManyRoutines':
    'The file has {total} routines, too many: at most {limit} can be imported at once.',
  'import.error.tooManySteps':
    'The file has {total} steps in all, too many: at most {limit} can be imported at once.',
  'import.error.markup':
    'This text contains something that looks like web page code (a “<” followed by a letter, “/” or “!”), which a routine can’t contain.',
  'import.error.controlCharacter':
    'This text contains a hidden control character ({code}), which a routine can’t contain.',
  'import.error.warmthTooLong':
    'Warmth may last at most {minutes} minutes on each leg (the hold times the repetitions, at their longest), to keep the skin safe.',
  'import.error.missing': 'This is missing. It should be {expected}.',
  'import.error.wrongType': 'This should be {expected}, not {received}.',
  'import.error.notWholeNumber': 'This should be a whole number, without a decimal point.',
  'import.error.numberOutOfRange': 'This number is far too large or too small to use.',
  'import.error.numberTooSmall': 'This number is too small: the smallest allowed is {minimum}.',
  'import.error.numberTooLarge': 'This number is too large: the largest allowed is {maximum}.',
  'import.error.textEmpty': 'This text is empty.',
  'import.error.textTooShort.one': 'This text is too short: it needs at least {count} character.',
  'import.error.textTooShort.other':
    'This text is too short: it needs at least {count} characters.',
  'import.error.textTooLong.one': 'This text is too long: it can have at most {count} character.',
  'import.error.textTooLong.other':
    'This text is too long: it can have at most {count} characters.',
  'import.error.listTooShort.one': 'This list needs at least {count} item.',
  'import.error.listTooShort.other': 'This list needs at least {count} items.',
  'import.error.listTooLong.one': 'This list is too long: it can have at most {count} item.',
  'import.error.listTooLong.other': 'This list is too long: it can have at most {count} items.',
  'import.error.notAChoice': 'This is not one of the choices the app knows: {choices}.',
  'import.error.badId':
    'An id should be lower-case letters and digits joined by hyphens, like “calf-stretch”.',
  'import.error.holdOutsideLimits':
    'The hold should lie between the shortest and the longest hold (minHoldSeconds and maxHoldSeconds).',
  'import.error.heatNotWarmth': 'Only a warmth step can be a heat step.',
  'import.error.duplicateStepIds':
    'Two steps in this routine have the same id. Each step needs its own.',
  'import.error.duplicateRoutineIds':
    'Two routines in the file have the same id, “{id}”. Each routine needs its own.',
  'import.error.notAllowed': 'This value is not allowed here.',
  'import.type.number': 'a number',
  'import.type.wholeNumber': 'a whole number',
  'import.type.text': 'text',
  'import.type.boolean': 'true or false',
  'import.type.list': 'a list',
  'import.type.object': 'a group of fields',
  'import.type.null': 'null',
  'import.type.value': 'a value',
  'fit.holds.shorter': 'Holds shortened to {range}',
  'fit.holds.longer': 'Holds lengthened to {range}',
  'fit.holds.changed': 'Holds now {range}',
  'fit.rests.shorter': 'Rests between repetitions shortened to {range}',
  'fit.rests.longer': 'Rests between repetitions lengthened to {range}',
  'fit.rests.changed': 'Rests between repetitions now {range}',
  'fit.moreRepetitions': 'More repetitions to come closer to {target}: {steps}',
  'fit.moreRepetitions.noTarget': 'More repetitions: {steps}',
  'fit.fewerRepetitions': 'Fewer repetitions to come closer to {target}: {steps}',
  'fit.fewerRepetitions.noTarget': 'Fewer repetitions: {steps}',
  'fit.leftOut': '{steps} left out to come closer to {target}',
  'fit.leftOut.noTarget': '{steps} left out',
  'fit.times.one': '{step} once',
  'fit.times.other': '{step} {count} times',
  'fit.join': '; ',
  'fit.sentence': '{text}.',
  'fit.shortest': 'The shortest this routine can be is {duration}.',
  'fit.shortestWithEvery': 'With every step, the shortest this routine can be is {duration}.',
  'fit.longest': 'The longest this routine can be is {duration}.',
  'fit.longestWithoutRepeats': 'Without extra repetitions, the longest it can be is {duration}.',
  'fit.now': 'It now takes {duration}.',
  'fit.unchanged': 'Nothing needed to change: it takes {duration}.',
  'fit.seconds.one': '{count} second',
  'fit.seconds.other': '{count} seconds',
  'fit.minutes.one': '{count} minute',
  'fit.minutes.other': '{count} minutes',
  'fit.aboutMinutes.one': 'about {count} minute',
  'fit.aboutMinutes.other': 'about {count} minutes',
  'fit.secondsRange.other': '{range} seconds',
  'fit.minutesRange.other': '{range} minutes',
  'csv.head.night': 'Night',
  'csv.head.routineDone': 'Routine done',
  'csv.head.routines': 'Routines',
  'csv.head.minutesDone': 'Minutes done',
  'csv.head.plannedMinutes': 'Fitted length (minutes)',
  'csv.head.holdsDone': 'Holds done',
  'csv.head.holdsSkipped': 'Holds skipped',
  'csv.head.cramps': 'Cramps',
  'csv.head.strongest': 'Strongest (0 to 10)',
  'csv.head.crampMinutes': 'Minutes of cramp',
  'csv.head.legs': 'Legs',
  'csv.head.muscles': 'Muscles',
  'csv.head.feel': 'How it felt',
  'csv.head.helped': 'What helped',
  'csv.head.symptoms': 'Other symptoms',
  'csv.head.medicines': 'Medicines',
  'csv.head.notes': 'Notes',
  'csv.yes': 'yes',
  'csv.no': 'no',
  'csv.unknown': 'unknown',
  'csv.crampsNotLogged': 'yes, not logged',
  'csv.join': '; ',
  'csv.leg.left': 'left',
  'csv.leg.right': 'right',
  'csv.leg.both': 'both',
  'csv.muscle.calf': 'calf',
  'csv.muscle.back-of-thigh': 'back of thigh',
  'csv.muscle.front-of-thigh': 'front of thigh',
  'csv.muscle.foot': 'foot',
  'csv.feel.tight': 'tight',
  'csv.feel.knotted': 'knotted',
  'csv.feel.sharp': 'sharp',
  'csv.feel.aching': 'aching',
  'csv.feel.burning': 'burning',
  'csv.feel.other': 'other',
  'csv.helped.stretching': 'stretching',
  'csv.helped.standing': 'standing',
  'csv.helped.walking': 'walking',
  'csv.helped.massage': 'massage',
  'csv.helped.warmth': 'warmth',
  'csv.helped.nothing': 'nothing',
  'csv.helped.other': 'other',
  'csv.symptom.calf-swelling': 'swollen calf',
  'csv.symptom.redness': 'redness',
  'csv.symptom.warmth-to-touch': 'warm to the touch',
  'csv.symptom.pale-or-cold-skin': 'pale or cold skin',
  'csv.symptom.calf-pain-walking': 'calf pain when walking, easing with rest',
  'csv.symptom.weakness': 'weakness',
  'csv.symptom.numbness': 'numbness',
  'csv.symptom.tingling': 'tingling',
  'csv.symptom.twitching': 'muscle twitching',
  'csv.symptom.muscle-wasting': 'muscle wasting',
  'csv.symptom.cramps-elsewhere': 'cramps elsewhere in the body',
  'csv.symptom.soreness-after': 'sore afterwards',
  'journalExport.dialogTitle': 'Save your journal as a spreadsheet',
  'journalExport.defaultName': 'Bedtime Stretch journal {date}',
  'journalExport.fileKind': 'Spreadsheet (CSV)',
  'journalExport.failed':
    'The journal could not be saved there. Nothing was written; please choose another place.',

  // The report for the doctor, saved as PDF: the save dialog, and the header and footer on every
  // page (their numbers are filled in by the print itself).
  'reportPdf.dialogTitle': 'Save the report for the doctor',
  'reportPdf.defaultName': 'Bedtime Stretch report for the doctor {date}',
  'reportPdf.fileKind': 'PDF document',
  'reportPdf.header': 'Bedtime Stretch: report for the doctor',
  'reportPdf.headerFor': 'Bedtime Stretch: report for the doctor · {patient}',
  'reportPdf.range': 'Nights from the evening of {from} to the morning of {to}',
  'reportPdf.footer': 'From the patient’s own cramp diary: a record, not a diagnosis.',
  'reportPdf.page': 'Page {page} of {pages}',
  'reportPdf.printFailed':
    'The report could not be made into a PDF. Nothing was written; please try again.',
  'reportPdf.failed':
    'The report could not be saved there. Nothing was written; please choose another place.',

  'backups.error.gone': 'That backup is no longer there. Nothing was changed.',
  'diary.error.gone': 'That cramp is no longer in the diary. Nothing was changed.',
  'diary.error.notSaved':
    'That could not be saved, so the diary is as it was. What you entered is still here: please try again.',
  'store.damaged.title': 'Some of your saved data could not be read.',
  'store.damaged.settingsFromBackup':
    'Your settings could not be read, so the ones from your backup of {day} are back in use.',
  'store.damaged.settingsDefaults':
    'Your settings could not be read, so the app started with its defaults.',
  'store.damaged.history.one':
    'Part of your routine history could not be read. Everything that could be read is kept ({count} session).',
  'store.damaged.history.other':
    'Part of your routine history could not be read. Everything that could be read is kept ({count} sessions).',
  'store.damaged.diary':
    'Part of your cramp diary could not be read. Everything that could be read is kept.',
  'store.settingsUnreadable':
    'Your settings file was left as it is. Changes you make now last until you quit.',
  'store.damaged.keptAs': 'Nothing was thrown away: the file as it was is kept as {file}.',
  'common.ok': 'OK',
  'session.error.alreadyRunning':
    'A routine is already in progress. Stop it before starting another.',
  'session.error.noRoutine': 'No routine is in progress.',
  'session.error.finished': 'This routine has finished.',
  'session.error.unknownRoutine': 'That routine could not be found.',
  'session.error.heatQuestionFirst':
    'Please answer the question about feeling in your legs and feet before a routine with warmth.',
  'session.error.onlyClotCaution':
    'This routine is only massage and warmth, which are left out for now because your diary noted calf swelling, redness or warmth. The stretches are still there for you.',
  'session.error.onlyHeat':
    'This routine is only warmth, which is left out because of reduced feeling or poor circulation in your legs.',
  'reminder.snoozeTen': 'In 10 minutes',
  'routines.error.warmthTooLong':
    'Warmth may last at most {minutes} minutes on each leg. Use fewer repetitions or a shorter hold.',
  'routines.error.tooMany':
    'You already keep {max} routines of your own, the most there can be. Delete one you no longer use, then try again.',
  'routines.error.builtInReadOnly':
    'A built-in routine cannot be changed. Make a copy of it, and change the copy.',
} as const;
