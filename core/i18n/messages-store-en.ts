/**
 * The words main says about the user's data, in English: what opening it found, a save or a
 * backup the disk refused, a restore that did not happen, and a start that failed. Part of main's
 * catalog (`messages-main-en.ts` spreads them in). `storeWindowMessagesEn` holds the window's few
 * (the Journal's note while a journal cannot save), part of the window's catalog.
 */
export const storeMessagesEn = {
  'backups.error.gone': 'That backup is no longer there. Nothing was changed.',
  'backups.error.notRestored':
    'The backup of {day} could not be put back ({why}), so nothing was changed: your data is as it was, and the app carries on with it.',
  'backups.error.notPutBack':
    'The backup of {day} could not be put back ({why}), and some of your data could not be put back as it was either. All of it is kept, as it was, in {folder}. Please quit the app and start it again.',
  'backups.error.notMade':
    'The backup could not be made ({why}). Your data itself is saved as usual, and the backups you had are kept as they were.',
  'backups.error.notSavingNow':
    'A backup cannot be made while some of your data cannot be saved: it would not hold your latest changes. The backups you had are kept as they were.',
  'diary.error.gone': 'That cramp is no longer in the diary. Nothing was changed.',
  'diary.error.notSaved':
    'That could not be saved, so the diary is as it was. What you entered is still here: please try again.',
  'diary.error.newerVersion':
    'Your cramp diary was saved by a newer version of Bedtime Stretch, so this version cannot add to it. Nothing was changed: please update the app.',
  'diary.error.cannotWrite':
    'Your cramp diary cannot be saved to at the moment, so nothing was changed. What you entered is still here: once the disk has room or the folder can be written to, save it again.',
  'store.damaged.title': 'Some of your saved data could not be read.',
  'store.notSaving.title': 'Some of your data cannot be saved at the moment.',
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
  'store.torn.history':
    'The end of your routine history was missing: it was cut off after it was saved, perhaps by another program or a disk fault. Everything before it is kept.',
  'store.torn.diary':
    'The end of your cramp diary was missing: it was cut off after it was saved, perhaps by another program or a disk fault. Everything before it is kept.',
  'store.torn.keptAs': 'What was left of the cut-off part is kept as {file}.',
  'store.newer.history':
    'Your routine history was saved by a newer version of Bedtime Stretch. It is left as it is, and the routines you do are not saved in it until you update the app.',
  'store.newer.diary':
    'Your cramp diary was saved by a newer version of Bedtime Stretch. It is left as it is and shown as far as this version can read it; nothing new can be saved in it until you update the app.',
  'store.cannotWrite.history':
    'Your routine history could not be opened for saving ({why}). It is left as it is. The routines you do are kept while the app runs, and saved as soon as the history can be saved to again.',
  'store.cannotWrite.diary':
    'Your cramp diary could not be opened for saving ({why}). It is left as it is and shown as far as it could be read. New cramps cannot be saved until this is put right; each time you save one, the app tries again.',
  'store.where': 'Your data is kept in {folder}.',
  'store.why.full': 'the disk is full',
  'store.why.not-allowed': 'the app may not change the file there, or another program holds it',
  'store.why.other': 'the disk refused',
  'store.backupFailed.title': 'Today’s backup could not be made.',
  'store.backupFailed.detail':
    'Your data itself is saved as usual in {folder}; only its backup in {backups} could not be written ({why}). The app tries again the next time something changes.',
  'startup.failed.title': 'Bedtime Stretch could not start',
  'startup.failed.detail':
    'Something went wrong as the app started, so it has closed. Your data is in {folder}, as it was. Please start the app again. If this happens again, this note may help to find out why: {reason}',
} as const;

/** The window's words about the user's data: the Journal's note while a journal cannot save. */
export const storeWindowMessagesEn = {
  'journal.storage.history.newer-version':
    'Your routine history was saved by a newer version of Bedtime Stretch: the routines you do now are not saved in it until you update the app.',
  'journal.storage.history.cannot-write':
    'Your routine history cannot be saved at the moment: the routines you do now are kept while the app runs, and saved as soon as it can be saved to again.',
  'journal.storage.diary.newer-version':
    'Your cramp diary was saved by a newer version of Bedtime Stretch: it is shown as far as this version can read it, and new cramps cannot be saved until you update the app.',
  'journal.storage.diary.cannot-write':
    'Your cramp diary cannot be saved at the moment: it is shown as far as it could be read. Each time you save a cramp, the app tries again.',
} as const;
