import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DiaryEvent } from '../../../core/journal/diary-log';
import { RuleError } from '../../../core/rule-error';
import { createBackupHandlers } from '../../../main/store/backup-handlers';
import { openUserStore } from '../../../main/store/user-store';
import { completedSession } from '../../fixtures/completed-session';
import { app } from '../../fakes/electron';

const DAY_MS = 24 * 60 * 60_000;
const START = Date.UTC(2026, 10, 20, 21, 0);
/** Opens the store as the app does on a given day, then makes today's backup. */
const openOn = async (folder: string, day: number) => {
  const opened = await openUserStore(folder, {
    wallNow: () => START + day * DAY_MS,
    today: () => new Date(START + day * DAY_MS).toISOString().slice(0, 10),
  });
  await opened.store.backUpToday();
  return opened;
};
const cramp = (id: string): DiaryEvent => ({
  kind: 'saved',
  atMs: START,
  entry: { id, startedAtMs: START, night: '2026-11-20' },
});

describe('backups in Settings', () => {
  it('lists each day’s backup with what it holds, and restores one: the routine stopped, every write finished, the app restarted on it', async () => {
    app.relaunchCalls = 0;
    const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-backups-'));
    const first = await openOn(folder, 0);
    await first.store.history.append(completedSession(START));
    await first.store.diary.append(cramp('kept'));
    await first.store.diary.append({ kind: 'deleted', atMs: START, id: 'kept' });
    await first.store.diary.append({ kind: 'restored', atMs: START, id: 'kept' });
    await first.store.close();
    const { store } = await openOn(folder, 1); // the backup of the 21st: one session, one cramp
    await store.diary.append(cramp('later'));
    const stopEverything = vi.fn();
    const handlers = createBackupHandlers(store, { stopEverything, log: { warn: () => {} } });

    expect(await handlers.listBackups(undefined)).toEqual([
      { id: '2026-11-21', sessions: 1, diaryEntries: 1 },
      { id: '2026-11-20', sessions: 0, diaryEntries: 0 },
    ]);
    await expect(handlers.restoreBackup({ id: '2026-11-01' })).rejects.toBeInstanceOf(RuleError);
    expect(app.relaunchCalls).toBe(0);

    await handlers.restoreBackup({ id: '2026-11-21' });
    expect(stopEverything).toHaveBeenCalled();
    expect(app.relaunchCalls).toBe(1);
    const after = await openOn(folder, 1);
    expect(after.store.diary.entries()).toHaveLength(3);
    expect(after.store.history.entries()).toHaveLength(1);
    await after.store.close();
  });
});
