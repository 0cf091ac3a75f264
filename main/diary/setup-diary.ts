import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import { formatMessage } from '../../core/i18n/format-message';
import { journalCsv } from '../../core/journal/night-rows';
import { summariseJournal } from '../../core/journal/summarise-journal';
import { eveningOf } from '../../core/reminders/next-reminder';
import { SaveError } from '../../core/save-error';
import type { SessionHistoryEntry } from '../../core/session/session-state';
import type { DiaryView } from '../../core/journal/diary-view';
import { sendEvent, type IpcHandlers } from '../ipc';
import type { SettingsStore } from '../settings/settings-store';
import type { UserStore } from '../store/user-store';
import { DiaryBook } from './diary-book';

type DiaryHandlers = Pick<
  IpcHandlers,
  | 'getDiary'
  | 'getJournalSummary'
  | 'saveDiaryEntry'
  | 'deleteDiaryEntry'
  | 'restoreDiaryEntry'
  | 'answerMorning'
  | 'exportJournal'
  | 'confirmLegChecked'
>;

/** What the diary reaches. */
export interface DiarySetup {
  readonly store: UserStore;
  readonly window: BrowserWindow;
  /** Every session recorded (for the export and the Journal's weeks). */
  readonly history: () => readonly SessionHistoryEntry[];
  readonly wallNow: () => number;
  readonly timeZone: () => string;
  /** Keeps when a doctor last checked the leg, which ends the clot caution. */
  readonly settings: SettingsStore;
}

/**
 * The cramp diary in main: its book on disk, the window's handlers (every change saved before it
 * is answered, then told to the window, and the day's backup made if it is a new day), the
 * Journal's last 12 weeks, and the export of history and diary as CSV through the save dialog.
 */
export function setupDiary(setup: DiarySetup): { book: DiaryBook; handlers: DiaryHandlers } {
  const book = new DiaryBook(setup.store.diary, {
    wallNow: setup.wallNow,
    timeZone: setup.timeZone,
    legCheckedAtMs: () => setup.settings.get().legCheckedAtMs,
  });
  const changed = (view: DiaryView): DiaryView => {
    sendEvent(setup.window.webContents, 'diaryChanged', view);
    void setup.store.backUpToday();
    return view;
  };
  return {
    book,
    handlers: {
      getDiary: () => book.view(),
      getJournalSummary: () => {
        const zone = setup.timeZone();
        return summariseJournal({
          history: setup.history(),
          diary: book.snapshot(),
          timeZone: zone,
          // The weeks end with the current night (the evening now; in the morning, the night
          // just over), so what was done or logged tonight shows at once.
          lastNight: eveningOf(setup.wallNow(), zone).toString(),
        });
      },
      saveDiaryEntry: async (draft) => changed(await book.save(draft)),
      deleteDiaryEntry: async ({ id }) => changed(await book.delete(id)),
      restoreDiaryEntry: async ({ id }) => changed(await book.restore(id)),
      answerMorning: async ({ night, answer }) => changed(await book.answerMorning(night, answer)),
      exportJournal: () => exportJournal(setup, book),
      // Dated by main's clock: clot signs logged before it no longer hold massage and warmth back.
      confirmLegChecked: async () => {
        await setup.settings.update({ legCheckedAtMs: setup.wallNow() });
        return changed(book.view());
      },
    },
  };
}

async function exportJournal(setup: DiarySetup, book: DiaryBook) {
  const zone = setup.timeZone();
  const tonight = eveningOf(setup.wallNow(), zone).toString();
  const picked = await dialog.showSaveDialog(setup.window, {
    title: formatMessage('journalExport.dialogTitle'),
    defaultPath: `${formatMessage('journalExport.defaultName', { date: tonight })}.csv`,
    filters: [{ name: formatMessage('journalExport.fileKind'), extensions: ['csv'] }],
  });
  if (picked.canceled || !picked.filePath) return { kind: 'cancelled' as const };
  const { csv, nights } = journalCsv({
    history: setup.history(),
    diary: book.snapshot(),
    timeZone: zone,
    tonight,
  });
  try {
    // The byte-order mark lets spreadsheets that guess the encoding read accents and dashes right.
    await writeFileAtomic(picked.filePath, `\uFEFF${csv}`, { fsync: true });
  } catch (error) {
    throw new SaveError(formatMessage('journalExport.failed'), { cause: error });
  }
  return { kind: 'saved' as const, file: path.basename(picked.filePath), nights };
}
