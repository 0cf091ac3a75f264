import type { SessionHistoryEntry } from '../../core/session/session-state';
import type { SessionHistorySink } from './session-engine';

/** Keeps this run's sessions in memory, until the journal stores them on disk. */
export class MemoryHistory implements SessionHistorySink {
  readonly entries: SessionHistoryEntry[] = [];
  record(entry: SessionHistoryEntry): void {
    this.entries.push(entry);
  }
}
