import path from 'node:path';
import { DiaryEventSchema, type DiaryEvent } from '../../core/journal/diary-log';
import {
  SessionHistoryEntrySchema,
  type SessionHistoryEntry,
} from '../../core/session/session-state';
import { DIARY_FORMAT, HISTORY_FORMAT } from '../../core/store/migrations';
import { SettingsStore, type SettingsLoadOutcome } from '../settings/settings-store';
import type { JournalsStorage } from '../../core/store/journal-storage';
import { DailyBackups } from './daily-backups';
import type { Disk } from './disk';
import { JournalFile, type JournalOpenOutcome } from './journal-file';

/** The user's data, file by file, in the user-data folder (and in every backup). */
export const STORE_FILES = {
  /** Settings, the reminder state and the user's own routines: one JSON document. */
  settings: 'settings.json',
  /** Every session, one line each, appended. */
  history: 'history.jsonl',
  /** The cramp diary and the morning answers, one line per change, appended. */
  diary: 'diary.jsonl',
} as const;

/** Something found wrong on opening, to tell the user once. */
export type StoreProblem =
  | {
      readonly file: 'settings';
      readonly outcome: Extract<SettingsLoadOutcome, { kind: 'damaged' | 'unreadable' }>;
    }
  | {
      readonly file: 'history' | 'diary';
      readonly outcome: Extract<
        JournalOpenOutcome,
        { kind: 'damaged' | 'torn-tail' | 'newer-version' | 'cannot-write' }
      >;
    };

/** The one store of the user's data, open. */
export interface UserStore {
  readonly folder: string;
  readonly settings: SettingsStore;
  readonly history: JournalFile<SessionHistoryEntry>;
  readonly diary: JournalFile<DiaryEvent>;
  readonly backups: DailyBackups;
  /** Whether each journal saves now. */
  journalsStorage(): JournalsStorage;
  /** Whether each journal saves, once one that could not be opened for saving is tried again. */
  retryJournals(): Promise<JournalsStorage>;
  /**
   * Makes today's backup if there is none yet, from a snapshot of each file taken in its own
   * write queue; only while every file saves (never a backup of data this version cannot read).
   * Never rejects: a backup that cannot be made goes to `onBackupFailure`, and nothing waits on
   * it (the app starts it once its window is up, and again at each change).
   */
  backUpToday(): Promise<void>;
  /**
   * Waits for every write asked for (settings and journals), then closes the journals and refuses
   * every change (before quitting or restoring). A backup under way only reads the files and is
   * renamed into place only when whole; a restore waits for it in the backups' own queue.
   */
  close(): Promise<void>;
  /** Opens the store again after `close` (a restore that did not happen); what it found, logged. */
  reopen(): Promise<string[]>;
}

/** How the store is opened; tests give the clock and the day. */
export interface OpenStoreOptions {
  readonly wallNow: () => number;
  /** The local day, "YYYY-MM-DD", for the daily backup. */
  readonly today: () => string;
  /** The app's version: a journal checked by this version need not be checked again by it. */
  readonly appVersion?: string;
  /** Where the journals and backups write; tests give a disk of their own. */
  readonly disk?: Disk;
  /** Told when today's backup cannot be made (the app logs it and tells the user once). */
  readonly onBackupFailure?: (error: unknown) => void;
}

/**
 * Opens the store: settings (a damaged file falls back on the last good backup, else the
 * defaults), history and diary (every readable line kept), each format brought up to date as it
 * is read. Never throws and never loses what it cannot read: a damaged file is kept aside byte for
 * byte, a file it cannot read or write (or from a newer version) is left as it is and does not
 * save this run, and each is reported in `problems`. Today's backup is the caller's to start
 * once the app is up (`backUpToday`).
 */
export async function openUserStore(
  folder: string,
  options: OpenStoreOptions,
): Promise<{ store: UserStore; problems: StoreProblem[]; notes: string[] }> {
  const journalOptions = {
    wallNow: options.wallNow,
    appVersion: options.appVersion,
    disk: options.disk,
  };
  const history = new JournalFile(
    path.join(folder, STORE_FILES.history),
    SessionHistoryEntrySchema,
    HISTORY_FORMAT,
    journalOptions,
  );
  const diary = new JournalFile(
    path.join(folder, STORE_FILES.diary),
    DiaryEventSchema,
    DIARY_FORMAT,
    journalOptions,
  );
  const lastGoodBackup = async (): Promise<{ day: string; text: string } | null> => {
    for (const day of await backups.days()) {
      const text = await backups.read(day, STORE_FILES.settings);
      if (text !== null) return { day, text };
    }
    return null;
  };
  const settings = new SettingsStore(path.join(folder, STORE_FILES.settings), {
    wallNow: options.wallNow,
    lastGoodBackup,
    disk: options.disk,
  });
  const backups = new DailyBackups(
    folder,
    [
      { name: STORE_FILES.settings, snapshot: () => settings.snapshot() },
      { name: STORE_FILES.history, snapshot: () => history.snapshot() },
      { name: STORE_FILES.diary, snapshot: () => diary.snapshot() },
    ],
    options.today,
    options.wallNow,
    options.disk,
  );
  // The three files are read at once (their reads overlap; each is checked as it arrives).
  const [settingsOutcome, historyOutcome, diaryOutcome] = await Promise.all([
    settings.load(),
    history.open(),
    diary.open(),
  ]);
  const problems: StoreProblem[] = [];
  const notes: string[] = [];
  if (settingsOutcome.kind === 'damaged' || settingsOutcome.kind === 'unreadable')
    problems.push({ file: 'settings', outcome: settingsOutcome });
  for (const [file, outcome] of [
    ['history', historyOutcome],
    ['diary', diaryOutcome],
  ] as const) {
    if (outcome.kind === 'unsaved-tail')
      notes.push(
        `${file}: a last line cut off before it was saved (${outcome.bytes} bytes) dropped`,
      );
    else if (outcome.kind !== 'opened' && outcome.kind !== 'first-run')
      problems.push({ file, outcome });
  }
  const journalsStorage = () => ({ history: history.storage(), diary: diary.storage() });
  const store: UserStore = {
    folder,
    settings,
    history,
    diary,
    backups,
    journalsStorage,
    retryJournals: async () => {
      const [historyStorage, diaryStorage] = await Promise.all([
        history.retryIfCannotWrite(),
        diary.retryIfCannotWrite(),
      ]);
      return { history: historyStorage, diary: diaryStorage };
    },
    backUpToday: async () => {
      const storage = journalsStorage();
      if (
        settings.storage() !== 'saved' ||
        storage.history !== 'saved' ||
        storage.diary !== 'saved'
      )
        return;
      await backups.ensureToday().catch((error: unknown) => options.onBackupFailure?.(error));
    },
    close: async () => {
      await Promise.all([settings.close(), history.close(), diary.close()]);
    },
    reopen: async () => {
      settings.reopen();
      const outcomes = await Promise.all([history.open(), diary.open()]);
      return outcomes
        .filter((outcome) => outcome.kind !== 'opened' && outcome.kind !== 'first-run')
        .map((outcome) => `Reopening the store: ${outcome.kind}`);
    },
  };
  return { store, problems, notes };
}
