import { diskProblemOf, type DiskProblem } from '../../core/store/disk-problem';
import type { JournalStorage } from '../../core/store/journal-storage';

/** What opening a journal found, for the log and, if something was wrong, for the user. */
export type JournalOpenOutcome =
  | { readonly kind: 'opened'; readonly entries: number }
  | { readonly kind: 'first-run' }
  /** A last line cut off as it was written, never acknowledged: dropped (only logged). */
  | { readonly kind: 'unsaved-tail'; readonly entries: number; readonly bytes: number }
  /**
   * The file ends before what was acknowledged, or with a cut-off line that may have been
   * acknowledged: the cut-off part kept aside (`keptAs`, `null` when there was none), told.
   */
  | { readonly kind: 'torn-tail'; readonly entries: number; readonly keptAs: string | null }
  /** Lines that cannot be read: the whole file kept aside byte for byte, the good lines kept. */
  | {
      readonly kind: 'damaged';
      readonly entries: number;
      readonly keptAs: string;
      readonly reason: string;
    }
  /** Lines from a newer version of the app: the file left untouched, read-only this run. */
  | { readonly kind: 'newer-version'; readonly entries: number; readonly reason: string }
  /** The file could not be read or opened for writing: left as it is, read-only this run. */
  | {
      readonly kind: 'cannot-write';
      readonly entries: number;
      readonly reason: string;
      readonly why: DiskProblem;
    };

/** An append refused because the journal does not save this run (see `JournalStorage`). */
export class JournalReadOnlyError extends Error {
  override readonly name = 'JournalReadOnlyError';
  constructor(readonly storage: Exclude<JournalStorage, 'saved'>) {
    super(`The journal does not save this run (${storage})`);
  }
}

export /** A journal left as it is, read-only this run, and why, for the log and for the user. */
function cannotWrite(entries: number, what: string, error: unknown): JournalOpenOutcome {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return {
    kind: 'cannot-write',
    entries,
    reason: `${what} (${message})`,
    why: diskProblemOf(typeof code === 'string' ? code : undefined),
  };
}
