import { app } from 'electron';
import { DiaryEventSchema, replayDiary } from '../../core/journal/diary-log';
import { formatMessage } from '../../core/i18n/format-message';
import { RuleError } from '../../core/rule-error';
import { SaveError } from '../../core/save-error';
import type { BackupSummary } from '../../core/store/backup-summary';
import { DIARY_FORMAT } from '../../core/store/migrations';
import type { IpcHandlers } from '../ipc';
import { parseJournalLine } from './journal-file';
import { RestoreError } from './restore-files';
import { whyInWords } from './why-in-words';
import { STORE_FILES, type UserStore } from './user-store';

type BackupHandlers = Pick<
  IpcHandlers,
  'listBackups' | 'backUpNow' | 'restoreBackup' | 'getJournalsStorage'
>;

/** What a restore stops first, so nothing is written while the files are swapped. */
export interface RestoreHooks {
  /** Stops a routine under way (its session is recorded before the store closes). */
  readonly stopEverything: () => void;
  readonly log: Pick<Console, 'warn'>;
}

/**
 * Settings lists the daily backups and can put one back, all or nothing: the store is closed
 * (every write finished, settings included), the data now is kept aside, the backup's files are
 * put in place, and the app starts again on them, which is the one sure way every part of it
 * reads the restored data. If any step fails, what was replaced is put back, the store is opened
 * again (saving as before), and the window is told in plain words. "Back up now" makes today's
 * backup again at the user's asking. Also says whether each
 * journal saves, for the Journal's note, trying one that could not be saved to again.
 */
export function createBackupHandlers(store: UserStore, hooks: RestoreHooks): BackupHandlers {
  return {
    // Asked by the Journal: a journal that could not be saved to is tried again first.
    getJournalsStorage: () => store.retryJournals(),
    listBackups: async () => {
      const summaries: BackupSummary[] = [];
      for (const day of await store.backups.days()) summaries.push(await summarise(store, day));
      return summaries;
    },
    // A backup asked for now: today's, made again from the data as last saved. One that cannot
    // be made is said in plain words (the backups already there are left as they were).
    backUpNow: async () => {
      const storage = store.journalsStorage();
      if (
        store.settings.storage() !== 'saved' ||
        storage.history !== 'saved' ||
        storage.diary !== 'saved'
      )
        throw new RuleError(formatMessage('backups.error.notSavingNow'));
      let day: string;
      try {
        day = await store.backups.makeNow();
      } catch (error) {
        hooks.log.warn(`A backup asked for now could not be made: ${String(error)}`);
        throw new SaveError(formatMessage('backups.error.notMade', { why: whyInWords(error) }), {
          cause: error,
        });
      }
      return { made: await summarise(store, day), folder: store.backups.location };
    },
    restoreBackup: async ({ id }) => {
      if (!(await store.backups.days()).includes(id))
        throw new RuleError(formatMessage('backups.error.gone'));
      hooks.stopEverything();
      await store.close();
      try {
        const { keptAs } = await store.backups.restore(id);
        hooks.log.warn(`Restored the backup of ${id}; the data before it is kept in ${keptAs}`);
      } catch (error) {
        for (const note of await store.reopen()) hooks.log.warn(note);
        hooks.log.warn(`The backup of ${id} was not restored: ${String(error)}`);
        throw new SaveError(notRestored(id, error), { cause: error });
      }
      app.relaunch();
      app.exit(0);
      return null;
    },
  };
}

/** Why a restore did not happen, and where the data is, in plain words. */
function notRestored(day: string, error: unknown): string {
  const why = whyInWords(error instanceof RestoreError ? error.cause : error);
  if (error instanceof RestoreError && !error.isPutBack)
    return formatMessage('backups.error.notPutBack', { day, why, folder: error.keptAs });
  return formatMessage('backups.error.notRestored', { day, why });
}

/** A backup's size in the user's terms: sessions in its history, cramps in its diary. */
async function summarise(store: UserStore, day: string): Promise<BackupSummary> {
  const history = (await store.backups.read(day, STORE_FILES.history)) ?? '';
  const diary = (await store.backups.read(day, STORE_FILES.diary)) ?? '';
  const events = diary
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      const parsed = parseJournalLine(line, DiaryEventSchema, DIARY_FORMAT);
      return parsed.ok ? [parsed.value] : [];
    });
  return {
    id: day,
    sessions: history.split('\n').filter((line) => line.trim() !== '').length,
    diaryEntries: replayDiary(events).entries.size,
  };
}
