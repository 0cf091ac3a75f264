import path from 'node:path';
import { app } from 'electron';
import { formatMessage } from '../../core/i18n/format-message';
import {
  SessionHistoryEntrySchema,
  type SessionHistoryEntry,
} from '../../core/session/session-state';
import { JournalFile, type JournalOpenOutcome } from '../store/journal-file';
import { tellUser } from '../tell-user';
import type { SessionHistorySink } from './session-engine';

/** The session history as the rest of main reads it. */
export interface SessionHistory extends SessionHistorySink {
  /** Every session recorded, oldest first (this run's and earlier ones'). */
  readonly entries: readonly SessionHistoryEntry[];
}

/**
 * The session history on disk: every session recorded is appended to `history.jsonl` in the
 * user-data folder and synced before it counts, so it survives a restart (or a crash). A record
 * that cannot be written is kept for this run and logged; nothing already there is lost.
 */
export class JournalHistory implements SessionHistory {
  /** Recorded, and not (yet) on disk: on its way, or not written. */
  private readonly pending: SessionHistoryEntry[] = [];

  constructor(
    private readonly journal: JournalFile<SessionHistoryEntry>,
    private readonly log: Pick<Console, 'error'>,
  ) {}

  get entries(): readonly SessionHistoryEntry[] {
    return [...this.journal.entries(), ...this.pending];
  }

  record(entry: SessionHistoryEntry): void {
    this.pending.push(entry);
    this.journal.append(entry).then(
      () => void this.pending.splice(this.pending.indexOf(entry), 1),
      (error: unknown) => this.log.error('Could not save a session to the history', error),
    );
  }

  /** Resolves once every session recorded so far is written (before the app quits). */
  flush(): Promise<void> {
    return this.journal.close();
  }
}

/** Opens the history in the user-data folder; a damaged file is kept aside and the user told. */
export async function openHistory(log: Pick<Console, 'warn' | 'error'>): Promise<JournalHistory> {
  const journal = new JournalFile(
    path.join(app.getPath('userData'), 'history.jsonl'),
    SessionHistoryEntrySchema,
  );
  tellAboutDamagedHistory(await journal.open(), log);
  return new JournalHistory(journal, log);
}

function tellAboutDamagedHistory(outcome: JournalOpenOutcome, log: Pick<Console, 'warn'>): void {
  if (outcome.kind === 'torn-tail')
    log.warn(`History: a cut-off last line kept as ${outcome.keptAs}`);
  if (outcome.kind !== 'damaged') return;
  log.warn(`History file problem: ${outcome.reason}`);
  tellUser(
    formatMessage('history.damaged.title'),
    formatMessage('history.damaged.detail', { file: outcome.keptAs, count: outcome.entries }),
  );
}
