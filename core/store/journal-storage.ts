import { z } from 'zod';

/**
 * Whether a journal (the routine history, the cramp diary) saves what is added to it. Like the
 * settings' `memory-only`, a journal that cannot be written is still shown as far as it could be
 * read, and the window says why nothing new is saved:
 * - `saved`: every change is written and synced before it is acknowledged;
 * - `newer-version`: a newer version of the app wrote lines this one cannot read; the file is
 *   left untouched, and changes are refused until the app is updated;
 * - `cannot-write`: the file could not be read or opened for writing (a full disk, a folder the
 *   app may not write to); it is left as it is, and changes are refused this run.
 */
export const JournalStorageSchema = z.enum(['saved', 'newer-version', 'cannot-write']);
export type JournalStorage = z.infer<typeof JournalStorageSchema>;

/** Both journals' storage, as the window asks for it. */
export const JournalsStorageSchema = z.object({
  history: JournalStorageSchema,
  diary: JournalStorageSchema,
});
export type JournalsStorage = z.infer<typeof JournalsStorageSchema>;
