/**
 * Every user-facing string in the app, in English, in one place so the app can be translated.
 *
 * Keys are grouped by area. `{name}` marks a value filled in by `formatMessage`.
 */
export const messagesEn = {
  'app.name': 'Bedtime Stretch',
  'app.lang': 'en',

  'menu.app': 'Bedtime Stretch',
  'menu.show': 'Show Bedtime Stretch',
  'menu.quit': 'Quit',

  'reminder.title': 'Time for your bedtime stretch',
  'reminder.body': 'Bedtime is at {time}. A few gentle minutes now can mean a quieter night.',
  'reminder.start': 'Start now',
  'reminder.snoozeTen': 'In 10 minutes',
  'reminder.snoozeLabel': 'Remind me again in',
  'reminder.snoozeMinutes.one': '{count} minute',
  'reminder.snoozeMinutes.other': '{count} minutes',
  'reminder.skipTonight': 'Not tonight',
  'reminder.chimeCaption': 'A soft chime sounded.',
  'reminder.windowTitle': 'Bedtime Stretch reminder',
  'reminder.catchUpBody':
    'Your reminder came while the computer was asleep. Bedtime was at {time}; a few minutes still help.',

  'cli.help':
    'Bedtime Stretch\n\n  --start                 start tonight’s routine\n  --cramp-now             start cramp relief now\n  --snooze 10|20|30       snooze the reminder for that many minutes\n  --skip-tonight          no reminder tonight\n  --pause-reminders 1d|3d|off\n                          pause reminders for 1 or 3 days, or until turned back on\n  --in-tray               start quietly in the tray (as at login)\n  --help                  show this list\n\nWith the app already running, these reach it.',
  'cli.badSnooze': 'Snooze for 10, 20 or 30 minutes (not “{value}”).',
  'cli.badPause': 'Pause reminders for 1d, 3d or off (not “{value}”).',
  'tray.stillHere.title': 'Bedtime Stretch is still here',
  'tray.stillHere.body':
    'It keeps running in the tray, to remind you at bedtime. To close it, choose Quit in the tray menu.',
  'tray.startTonight': 'Start tonight’s routine: {routine}',
  'tray.crampNow': 'Cramp relief now',
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

  'nav.label': 'Screens',
  'nav.tonight': 'Tonight',
  'nav.routines': 'Routines',
  'nav.journal': 'Journal',
  'nav.settings': 'Settings',
  'nav.screenAnnouncement': '{screen} screen',

  'tonight.heading': 'Tonight',
  'tonight.intro': 'A few gentle minutes now can mean a quieter night.',
  'tonight.recommended': 'Tonight’s routine',
  'tonight.start': 'Start {routine}',
  'tonight.crampNow': 'Cramp now',
  'tonight.nextReminder': 'Next bedtime reminder: {when}.',
  'tonight.skipTonight': 'No reminder tonight',
  'tonight.pauseDay': 'Pause reminders for a day',
  'tonight.remindersPaused': 'Bedtime reminders are paused.',
  'tonight.remindersBackOn': 'Turn reminders back on',
  'tonight.crampNowHint': 'Relief while a cramp is happening, in one click.',
  'tonight.evidence':
    'A trial found that stretching every night helped; not every study agrees. Your journal will show whether it helps you.',
  'routines.heading': 'Routines',
  'routines.intro': 'Choose a routine. Each one guides you step by step with soft sounds.',
  'routines.length': 'About {minutes} min',
  'routines.hasHeat': 'Includes warmth',
  'routines.heatLeftOut': 'Warmth left out',
  'routines.onlyHeat':
    'Left out: it is all warmth, and you have reduced feeling in your legs or feet.',
  'count.steps.one': '{count} step',
  'count.steps.other': '{count} steps',
  'count.stepsOf.one': '{done} of {count} step',
  'count.stepsOf.other': '{done} of {count} steps',
  'count.holdsOf.one': '{done} of {count} hold',
  'count.holdsOf.other': '{done} of {count} holds',
  'routines.start': 'Start',
  'routines.startNamed': 'Start {routine}',
  'journal.heading': 'Journal',
  'journal.placeholder': 'Note your nights here, to see whether the routine helps you.',
  'settings.heading': 'Settings',

  'footer.guidance':
    'Guidance for comfort, not a diagnosis. See a doctor if cramps are frequent, severe or come with other symptoms.',
  'footer.version': 'Version {version}',

  'error.bridgeMissing': 'The app could not connect to its background service. Please restart it.',
  'error.generic': 'Something went wrong. Please try again.',
  'common.ok': 'OK',
  'common.cancel': 'Cancel',
  'common.separator': ' · ',

  'session.error.alreadyRunning':
    'A routine is already in progress. Stop it before starting another.',
  'session.error.noRoutine': 'No routine is in progress.',
  'session.error.finished': 'This routine has finished.',
  'session.error.unknownRoutine': 'That routine could not be found.',
  'session.error.heatQuestionFirst':
    'Please answer the question about feeling in your legs and feet before a routine with warmth.',
  'session.error.onlyHeat':
    'This routine is only warmth, which is left out because of reduced feeling in your legs or feet.',

  'player.label': 'Routine player',
  'player.stepOf': 'Step {step} of {steps}',
  'player.repetitionOf': 'Repetition {repetition} of {repetitions}',
  'player.segment.get-ready': 'Get ready',
  'player.segment.next': 'Next step',
  'player.segment.hold': 'Hold',
  'player.segment.rest': 'Relax',
  'player.segment.switch-sides': 'Switch legs',
  'player.side.left': 'Left leg',
  'player.side.right': 'Right leg',
  'player.leg.both': 'Both legs',
  'player.leg.cramping': 'The leg with the cramp',
  'player.progress': 'Routine {percent}% done',
  'player.next': 'Next: {step}',
  'player.nextLast': 'Last step',
  'player.feel': 'It should feel like: {feel}',
  'player.heatWarning':
    'Warm, never hot. Check your skin after a minute and stop if it is red or sore. If you have reduced feeling in your legs or feet, skip warmth.',
  'player.pause': 'Pause',
  'player.resume': 'Resume',
  'player.back': 'Back',
  'player.skip': 'Skip',
  'player.stop': 'Stop',
  'player.mute': 'Mute sounds',
  'player.unmute': 'Sound on',
  'player.keysHint': 'Keys: Space pause or resume · Left back · Right skip · M sound · Escape stop',
  'player.pausedReason.user': 'Paused. Press Space or Resume when you are ready.',
  'player.pausedReason.system-sleep':
    'Paused while the computer was asleep. Resume when you are ready.',
  'player.pausedReason.screen-locked':
    'Paused while the screen was locked. Resume when you are ready.',
  'player.pausedReason.interrupted':
    'Paused because the app was interrupted. Resume when you are ready.',
  'player.confirmStop.title': 'Stop this routine?',
  'player.confirmStop.keepGoing': 'Keep going',
  'player.confirmStop.stop': 'Stop the routine',
  'player.illustrationAlt': 'Drawing: {title}',

  'announce.getReady': 'Get ready: {step}. {leg}.',
  'announce.getReady.noLeg': 'Get ready: {step}.',
  'announce.next': 'Next: {step}. {leg}.',
  'announce.next.noLeg': 'Next: {step}.',
  'announce.hold': 'Hold. {leg}. {seconds} seconds.',
  'announce.hold.noLeg': 'Now: {seconds} seconds.',
  'announce.rest': 'Relax for {seconds} seconds.',
  'announce.switch.left': 'Switch to your left leg.',
  'announce.switch.right': 'Switch to your right leg.',
  'announce.resumed': 'Resumed.',
  'announce.complete': 'Routine complete. Sleep well.',
  'announce.ended': 'The routine has ended. Sleep well.',

  'speech.getReady': 'Get ready. {step}. {leg}.',
  'speech.getReady.noLeg': 'Get ready. {step}.',
  'speech.next': 'Next. {step}. {leg}.',
  'speech.next.noLeg': 'Next. {step}.',
  'speech.rest': 'Relax.',
  'speech.switch.left': 'Switch to your left leg.',
  'speech.switch.right': 'Switch to your right leg.',
  'speech.complete': 'Well done. Sleep well.',
  'speech.ended': 'That is the end of the routine. Sleep well.',

  'caption.label': 'Sound captions',
  'caption.shown': '♪ {caption}',
  'caption.start': 'Soft bell: begin the hold',
  'caption.halfway': 'Single chime: halfway',
  'caption.switch': 'Rising chime: switch legs',
  'caption.tick': 'Soft tick: a few seconds left',
  'caption.end': 'Falling bell: relax',
  'caption.complete': 'Three gentle chimes: routine complete',

  'sleepWell.heading': 'Sleep well',
  'sleepWell.summary': 'You finished {routine}: {minutes} min, {holds}.',
  'sleepWell.summaryShort': 'You finished {routine}: under a minute, {holds}.',
  'sleepWell.partly': 'You did part of {routine}: {minutes} min, {holds}.',
  'sleepWell.partlyShort': 'You did part of {routine}: under a minute, {holds}.',
  'sleepWell.skipped': 'You skipped the steps tonight. That’s fine, tomorrow is another night.',
  'sleepWell.tip': 'Keep the covers loose at the foot of the bed, so your toes can rest.',
  'sleepWell.done': 'Done',
  'sleepWell.again': 'Start again',

  'heat.title': 'Before any warmth',
  'heat.question':
    'Do you have reduced feeling in your legs or feet, for example from diabetes or nerve problems?',
  'heat.why':
    'Reduced feeling means heat can burn without you noticing. If so, the app leaves out every warmth step.',
  'heat.yes': 'Yes, leave out warmth',
  'heat.no': 'No, my feeling is normal',
  'heat.skippedNote': 'Warmth is left out of your routines because of reduced feeling.',
  'heat.crampNowNote': 'Warmth is left out until you answer a question about feeling in your legs.',

  'settings.sound': 'Sound',
  'settings.volume': 'Cue volume',
  'settings.mute': 'Mute all sounds',
  'settings.speak': 'Speak each step where a voice is available',
  'settings.pauseOnLock': 'Pause a routine when the screen locks',
  'settings.comfort': 'Comfort',
  'settings.reducedFeeling': 'Do you have reduced feeling in your legs or feet?',
  'settings.reducedFeeling.unknown': 'Not answered yet: you will be asked before any warmth.',
  'settings.damaged.title':
    'Your settings could not be read, so the app started with its defaults.',
  'settings.damaged.detail': 'The old file was kept as {file}.',
  'settings.unreadable.detail':
    'The settings file was left as it is. Changes you make now last until you quit.',
  'reminders.heading': 'Bedtime reminder',
  'reminders.isOn': 'Remind me before bedtime',
  'reminders.bedtime': 'Bedtime, every evening',
  'reminders.lead': 'Remind me',
  'reminders.leadMinutes.one': '{count} minute before',
  'reminders.leadMinutes.other': '{count} minutes before',
  'reminders.leadCustom': 'Another time…',
  'reminders.leadCustomMinutes': 'Minutes before bedtime',
  'reminders.leadCustomProblem': 'Use a whole number of minutes from 1 to {max}.',
  'reminders.perDay': 'A different bedtime on some evenings',
  'reminders.perDayHint':
    'Leave an evening empty for no reminder then. A bedtime after midnight belongs to the evening before.',
  'reminders.test': 'Send a test reminder now',
  'reminders.dnd':
    'Do Not Disturb or Focus can hide notifications, and bedtime is when many people turn it on. The app’s own window is not hidden by it.',
  'reminders.delivery': 'How reminders reach you',
  'reminders.style': 'A reminder comes as',
  'reminders.style.both': 'A small reminder window and a notification',
  'reminders.style.window': 'A small reminder window only',
  'reminders.style.notification': 'A notification only',
  'reminders.windowHint':
    'The window appears in a corner of the screen with one soft chime, and does not take the keyboard from what you are doing.',
  'reminders.useWindow': 'Show the reminder window too',
  'settings.launchAtLogin': 'Start Bedtime Stretch when I log in, quietly in the tray, so reminders come',
  'settings.memoryOnly':
    'Your settings file could not be read, so changes you make now are kept only until the app closes.',
  'login.comment': 'Bedtime reminders for night leg cramps',
  'login.notSaved':
    'Starting at login could not be changed: the system did not allow it. Nothing else changed.',
  'routines.error.builtInReadOnly':
    'A built-in routine cannot be changed. Make a copy of it, and change the copy.',
  'settings.notSaved':
    'That change could not be saved, so it was not made. The disk may be full. The setting shown is the one in use.',
  'close.routinePaused.title': 'Your routine is paused.',
  'close.routinePaused.detail':
    'Closing the window would leave your routine running in the background. Go back to it, or stop it and close.',
  'close.routinePaused.back': 'Back to my routine',
  'close.routinePaused.stop': 'Stop the routine and close',
  'heat.notSaved':
    'Your answer could not be saved, so nothing was changed. The disk may be full. Please try again.',

  'import.where.file': 'the whole file',
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
  'import.error.missing': 'This is missing. It should be {expected}.',
  'import.error.wrongType': 'This should be {expected}, not {received}.',
  'import.error.notWholeNumber': 'This should be a whole number, without a decimal point.',
  'import.error.numberOutOfRange': 'This number is far too large or too small to use.',
  'import.error.numberTooSmall': 'This number is too small: the smallest allowed is {minimum}.',
  'import.error.numberTooLarge': 'This number is too large: the largest allowed is {maximum}.',
  'import.error.textEmpty': 'This text is empty.',
  'import.error.textTooShort.one': 'This text is too short: it needs at least {count} character.',
  'import.error.textTooShort.other': 'This text is too short: it needs at least {count} characters.',
  'import.error.textTooLong.one': 'This text is too long: it can have at most {count} character.',
  'import.error.textTooLong.other': 'This text is too long: it can have at most {count} characters.',
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
} as const;

export type MessageKey = keyof typeof messagesEn;
export type MessageCatalog = Readonly<Record<MessageKey, string>>;
