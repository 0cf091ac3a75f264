import type { BrowserWindow } from 'electron';
import type { SessionHistoryEntry } from '../../core/session/session-state';
import { setupDiary } from '../diary/setup-diary';
import type { IpcHandlers } from '../ipc';
import { setupReport } from '../report/setup-report';
import type { SettingsStore } from '../settings/settings-store';
import type { UserStore } from '../store/user-store';
import { setupTrial, type Trial } from '../trial/setup-trial';

/** What the Journal's features reach. */
export interface JournalSetup {
  readonly store: UserStore;
  readonly settings: SettingsStore;
  readonly window: BrowserWindow;
  /** Every session recorded. */
  readonly history: () => readonly SessionHistoryEntry[];
  readonly wallNow: () => number;
  readonly timeZone: () => string;
}

/**
 * The Journal's features in main: the cramp diary, the personal trial (which reads the diary)
 * and the report for the doctor (which reads both), with their IPC handlers together.
 */
export function setupJournal(setup: JournalSetup) {
  const { store, settings, window, history, wallNow, timeZone } = setup;
  const diary = setupDiary({ store, window, history, wallNow, timeZone, settings });
  const readDiary = () => diary.book.snapshot();
  /** Massage and warmth are left out while this is in force (after clot signs in the diary). */
  const clotCaution = () => diary.book.clotCaution();
  const trial = setupTrial({ settings, window, history, diary: readDiary, wallNow, timeZone });
  const report = setupReport({
    window,
    history,
    diary: readDiary,
    wallNow,
    timeZone,
    trial: trial.view,
    healthNotes: () => settings.get().healthNotes,
    patient: () => settings.get().reportPatient,
  });
  const handlers = { ...diary.handlers, ...trial.handlers, ...report.handlers };
  return {
    trial: trial satisfies Trial,
    clotCaution,
    handlers: handlers satisfies Partial<IpcHandlers>,
  };
}
