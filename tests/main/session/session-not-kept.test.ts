import { describe, expect, it } from 'vitest';
import { completedSession } from '../../fixtures/completed-session';
import { JournalHistory } from '../../../main/session/journal-history';
import type { JournalFile } from '../../../main/store/journal-file';
import type { SessionHistoryEntry } from '../../../core/session/session-state';

/** A history whose appends fail as on a full disk (the journal refuses and keeps nothing). */
function fullDiskJournal(): JournalFile<SessionHistoryEntry> {
  return {
    entries: () => [],
    append: () => Promise.reject(new Error('ENOSPC: no space left on device')),
  } as unknown as JournalFile<SessionHistoryEntry>;
}

describe('a session that cannot be written to the history', () => {
  it('is kept for this run and told, in words, to whoever listens (the window)', async () => {
    const errors: string[] = [];
    const history = new JournalHistory(fullDiskJournal(), { error: (line) => errors.push(line) });
    const told: string[] = [];
    history.onNotKept((message) => told.push(message));
    history.record(completedSession(Date.UTC(2026, 10, 25, 21, 30)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(told).toEqual([
      expect.stringMatching(
        /^Tonight’s routine could not be added to your history.*disk may be full/,
      ),
    ]);
    expect(history.entries).toHaveLength(1);
    expect(errors).toEqual(['Could not save a session to the history']);
  });
});
