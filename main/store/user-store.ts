import path from 'node:path';
import { DiaryEventSchema, type DiaryEvent } from '../../core/journal/diary-log';
import {
  SessionHistoryEntrySchema,
  type SessionHistoryEntry,
} from '../../core/session/session-state';
import { DIARY_FORMAT, HISTORY_FORMAT } from '../../core/store/migrations';
import { SettingsStore, type SettingsLoadOutcome } from '../settings/settings-store';
import { DailyBackups } from './daily-backups';
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
      readonly outcome: Extract<JournalOpenOutcome, { kind: 'damaged' }>;
    };

/** The one store of the user's data, open. */
export interface UserStore {
  readonly folder: string;
  readonly settings: SettingsStore;
  readonly history: JournalFile<SessionHistoryEntry>;
  readonly diary: JournalFile<DiaryEvent>;
  readonly backups: DailyBackups;
  /** Waits for every write asked for, then closes the journals (before quitting or restoring). */
  close(): Promise<void>;
}

/** How the store is opened; tests give the clock and the day. */
export interface OpenStoreOptions {
  readonly wallNow: () => number;
  /** The local day, "YYYY-MM-DD", for the daily backup. */
  readonly today: () => string;
  /** The app's version: a journal checked by this version need not be checked again by it. */
  readonly appVersion?: string;
}

/**
 * Opens the store: settings (a damaged file falls back on the last good backup, else the
 * defaults), history and diary (every readable line kept), each format brought up to date as it
 * is read; then makes today's backup if there is none. Never loses what it cannot read: a damaged
 * file is kept aside byte for byte, and reported in `problems`.
 */
export async function openUserStore(
  folder: string,
  options: OpenStoreOptions,
): Promise<{ store: UserStore; problems: StoreProblem[]; notes: string[] }> {
  const backups = new DailyBackups(
    folder,
    Object.values(STORE_FILES),
    options.today,
    options.wallNow,
  );
  const settings = new SettingsStore(path.join(folder, STORE_FILES.settings), {
    wallNow: options.wallNow,
    lastGoodBackup: async () => {
      for (const day of await backups.days()) {
        const text = await backups.read(day, STORE_FILES.settings);
        if (text !== null) return { day, text };
      }
      return null;
    },
  });
  const history = new JournalFile(
    path.join(folder, STORE_FILES.history),
    SessionHistoryEntrySchema,
    HISTORY_FORMAT,
    options.wallNow,
    options.appVersion,
  );
  const diary = new JournalFile(
    path.join(folder, STORE_FILES.diary),
    DiaryEventSchema,
    DIARY_FORMAT,
    options.wallNow,
    options.appVersion,
  );
  const problems: StoreProblem[] = [];
  const notes: string[] = [];
  // The three files are read at once (their reads overlap; each is checked as it arrives).
  const [settingsOutcome, historyOutcome, diaryOutcome] = await Promise.all([
    settings.load(),
    history.open(),
    diary.open(),
  ]);
  if (settingsOutcome.kind === 'damaged' || settingsOutcome.kind === 'unreadable')
    problems.push({ file: 'settings', outcome: settingsOutcome });
  for (const [file, outcome] of [
    ['history', historyOutcome],
    ['diary', diaryOutcome],
  ] as const) {
    if (outcome.kind === 'damaged') problems.push({ file, outcome });
    if (outcome.kind === 'torn-tail')
      notes.push(`${file}: a cut-off last line kept as ${outcome.keptAs}`);
  }
  // A backup is only of data as it was read: never of a settings file this version cannot read.
  if (settings.storage() === 'saved') await backups.ensureToday();
  const store: UserStore = {
    folder,
    settings,
    history,
    diary,
    backups,
    close: async () => {
      await Promise.all([history.close(), diary.close()]);
    },
  };
  return { store, problems, notes };
}
