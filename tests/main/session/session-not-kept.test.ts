import { describe, expect, it } from 'vitest';
import { completedSession } from '../../fixtures/completed-session';
import { JournalHistory } from '../../../main/session/journal-history';
import type { JournalFile } from '../../../main/store/journal-file';
import type { SessionHistoryEntry } from '../../../core/session/session-state';

/**
 * A history whose appends fail as on a full disk (the journal refuses and keeps nothing) until
 * `room` is set; what it took, in order.
 */
function fullDiskJournal() {
  const written: SessionHistoryEntry[] = [];
  const disk = { room: false, written };
  const journal = {
    entries: () => written,
    append: (entry: SessionHistoryEntry) => {
      if (!disk.room) return Promise.reject(new Error('ENOSPC: no space left on device'));
      written.push(entry);
      return Promise.resolve();
    },
    onReopened: () => () => undefined,
  } as unknown as JournalFile<SessionHistoryEntry>;
  return { journal, disk };
}

describe('a session that cannot be written to the history', () => {
  it('is kept for this run and told, in words, to whoever listens (the window)', async () => {
    const errors: string[] = [];
    const history = new JournalHistory(fullDiskJournal().journal, {
      error: (line) => errors.push(line),
    });
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

  it('is written before the next session once the disk has room, and the history keeps its order', async () => {
    const { journal, disk } = fullDiskJournal();
    const history = new JournalHistory(journal, { error: () => undefined });
    const told: string[] = [];
    history.onNotKept((message) => told.push(message));
    const monday = completedSession(Date.UTC(2026, 10, 23, 21, 30));
    const tuesday = completedSession(Date.UTC(2026, 10, 24, 21, 30));
    history.record(monday);
    await new Promise((resolve) => setImmediate(resolve));
    disk.room = true;
    history.record(tuesday);
    await new Promise((resolve) => setImmediate(resolve));
    expect(disk.written).toEqual([monday, tuesday]);
    expect(history.entries).toEqual([monday, tuesday]);
    expect(told).toHaveLength(1);
  });
});
