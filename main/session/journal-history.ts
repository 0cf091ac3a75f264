import { formatMessage } from '../../core/i18n/format-message';
import type { SessionHistoryEntry } from '../../core/session/session-state';
import type { JournalFile } from '../store/journal-file';
import type { SessionHistorySink } from './session-engine';

/** The session history as the rest of main reads it. */
export interface SessionHistory extends SessionHistorySink {
  /** Every session recorded, oldest first (this run's and earlier ones'). */
  readonly entries: readonly SessionHistoryEntry[];
}

/**
 * The session history on disk: every session recorded is appended to `history.jsonl` in the
 * user-data folder and synced before it counts, so it survives a restart (or a crash). A record
 * that cannot be written is kept for this run, logged, and told (`onNotKept`), so the window can
 * say so where the routine ended, and written again before the next session (or once a history
 * that could not be opened can be): nothing already there is lost.
 */
export class JournalHistory implements SessionHistory {
  /** Recorded, and not (yet) on disk: on its way, or not written. */
  private readonly pending: SessionHistoryEntry[] = [];
  /** Recorded, and refused by the disk: written again before the next one, oldest first. */
  private readonly refused: SessionHistoryEntry[] = [];
  private readonly notKeptListeners = new Set<(message: string) => void>();

  constructor(
    private readonly journal: JournalFile<SessionHistoryEntry>,
    private readonly log: Pick<Console, 'error'>,
  ) {
    // A history that could not be opened for saving: once it can, what waited is written.
    journal.onReopened(() => {
      for (const entry of this.refused.splice(0)) this.write(entry, false);
    });
  }

  get entries(): readonly SessionHistoryEntry[] {
    return [...this.journal.entries(), ...this.pending];
  }

  record(entry: SessionHistoryEntry): void {
    this.pending.push(entry);
    // Sessions the disk refused before go first, so the history keeps its order.
    for (const earlier of this.refused.splice(0)) this.write(earlier, false);
    this.write(entry, true);
  }

  /** Tells `listener`, in words for the user, of each session that could not be written. */
  onNotKept(listener: (message: string) => void): () => void {
    this.notKeptListeners.add(listener);
    return () => this.notKeptListeners.delete(listener);
  }

  /** Appends one session; a refusal keeps it for the next try, and a new one's is told. */
  private write(entry: SessionHistoryEntry, isNew: boolean): void {
    this.journal.append(entry).then(
      () => void this.pending.splice(this.pending.indexOf(entry), 1),
      (error: unknown) => {
        this.refused.push(entry);
        if (!isNew) return;
        this.log.error('Could not save a session to the history', error);
        const message = formatMessage('history.notKept');
        for (const listener of this.notKeptListeners) listener(message);
      },
    );
  }
}
