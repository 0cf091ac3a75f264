import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import { formatMessage } from '../../core/i18n/format-message';
import {
  MAX_ROUTINE_FILE_BYTES,
  parseRoutineFile,
  toRoutineFile,
  withFreshIds,
} from '../../core/routines/routine-file';
import { MAX_OWN_ROUTINES } from '../../core/routines/routine-limits';
import type { Routine } from '../../core/routines/routine-schema';
import type { ImportOutcome } from '../../core/routines/routine-transfer';
import { ROUTINE_FILE_EXTENSION } from './routine-file-extension';
import type { IpcHandlers } from '../ipc';
import type { SettingsStore } from '../settings/settings-store';

type RoutineFileHandlers = Pick<IpcHandlers, 'importRoutines' | 'exportRoutines'>;

const fileFilters = () => [
  { name: formatMessage('import.fileKind'), extensions: [ROUTINE_FILE_EXTENSION, 'json'] },
];

/** What the file handlers reach. */
export interface RoutineFileSetup {
  readonly settings: SettingsStore;
  readonly window: BrowserWindow;
  /** Every routine on offer now (built-in and own), to export from and to keep ids apart. */
  readonly routines: () => readonly Routine[];
  readonly log: Pick<Console, 'warn'>;
}

/**
 * Import adds the file's routines as the user's own, each under a new id (nothing existing is
 * ever overwritten), after checking the whole file (`parseRoutineFile`); export writes the chosen
 * routines atomically through the system's save dialog.
 */
export function createRoutineFileHandlers(setup: RoutineFileSetup): RoutineFileHandlers {
  return {
    importRoutines: async () => {
      const picked = await dialog.showOpenDialog(setup.window, {
        title: formatMessage('import.dialogTitle'),
        properties: ['openFile'],
        filters: fileFilters(),
      });
      const filePath = picked.filePaths[0];
      if (picked.canceled || !filePath) return { kind: 'cancelled' };
      return importFromFile(filePath, setup);
    },
    exportRoutines: async ({ routineIds }) => {
      const chosen = setup.routines().filter((routine) => routineIds.includes(routine.id));
      const text = toRoutineFile(chosen);
      // Never write a file the app itself would refuse (too many steps, say).
      const check = parseRoutineFile(text);
      if (!check.ok) return { kind: 'failed', message: formatMessage('export.tooMuch') };
      const picked = await dialog.showSaveDialog(setup.window, {
        title: formatMessage('export.dialogTitle'),
        defaultPath: `${formatMessage('export.defaultName')}.${ROUTINE_FILE_EXTENSION}`,
        filters: fileFilters(),
      });
      if (picked.canceled || !picked.filePath) return { kind: 'cancelled' };
      try {
        await writeFileAtomic(picked.filePath, text, { fsync: true });
      } catch (error) {
        setup.log.warn(`Could not export routines: ${String(error)}`);
        return { kind: 'failed', message: formatMessage('export.failed') };
      }
      return { kind: 'saved', fileName: path.basename(picked.filePath), count: chosen.length };
    },
  };
}

/** Imports the routines in one file (the open dialog's, or one opened with the app). */
export async function importFromFile(
  filePath: string,
  setup: Pick<RoutineFileSetup, 'settings' | 'routines'>,
): Promise<ImportOutcome> {
  const refuse = (message: string): ImportOutcome => ({
    kind: 'refused',
    message,
    where: formatMessage('import.where.file'),
  });
  let text: string;
  try {
    // A huge file is refused before it is read into memory.
    if ((await stat(filePath)).size > MAX_ROUTINE_FILE_BYTES) {
      return refuse(formatMessage('import.error.tooLarge', { limit: 1 }));
    }
    text = await readFile(filePath, 'utf8');
  } catch {
    return refuse(formatMessage('import.error.unreadable'));
  }
  const parsed = parseRoutineFile(text);
  if (!parsed.ok) return { kind: 'refused', ...parsed.error };
  const room = MAX_OWN_ROUTINES - setup.settings.get().ownRoutines.length;
  if (parsed.routines.length > room) {
    return refuse(
      formatMessage('import.error.noRoom', {
        count: parsed.routines.length,
        room: Math.max(0, room),
        max: MAX_OWN_ROUTINES,
      }),
    );
  }
  const taken = new Set(setup.routines().map((routine) => routine.id));
  const fresh = withFreshIds(parsed.routines, taken);
  await setup.settings.updateWith((current) => ({
    ownRoutines: [...current.ownRoutines, ...fresh],
  }));
  return { kind: 'imported', names: fresh.map((routine) => routine.name) };
}
