import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DiaryEvent } from '../../../core/journal/diary-log';
import { RuleError } from '../../../core/rule-error';
import { formatMessage } from '../../../core/i18n/format-message';
import { SaveError } from '../../../core/save-error';
import { createBackupHandlers } from '../../../main/store/backup-handlers';
import type { Disk } from '../../../main/store/disk';
import { readIfThere } from '../../../main/store/disk';
import { openUserStore, STORE_FILES } from '../../../main/store/user-store';
import { completedSession } from '../../fixtures/completed-session';
import { app } from '../../fakes/electron';
import { diskError, named, recordingDisk, type Fault } from '../../fakes/recording-disk';

/** The data files' bytes as they are now (`null` for one not there). */
const filesIn = async (folder: string) =>
  Promise.all(Object.values(STORE_FILES).map((name) => readIfThere(path.join(folder, name))));
const savedIds = (events: readonly DiaryEvent[]) =>
  events.flatMap((event) => (event.kind === 'saved' ? [event.entry.id] : []));

const DAY_MS = 24 * 60 * 60_000;
const START = Date.UTC(2026, 10, 20, 21, 0);
/** Opens the store as the app does on a given day, then makes today's backup. */
const openOn = async (folder: string, day: number, disk?: Disk) => {
  const opened = await openUserStore(folder, {
    wallNow: () => START + day * DAY_MS,
    today: () => new Date(START + day * DAY_MS).toISOString().slice(0, 10),
    disk,
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

  /**
   * A restore that fails part-way: the store is open again with the data as it was, saves work,
   * the app is not restarted, and the window is told why in plain words.
   */
  async function failedRestore(
    fault: { op: 'open' | 'rename'; match: (file: string) => boolean; error: Fault },
    why: 'full' | 'not-allowed',
  ) {
    app.relaunchCalls = 0;
    const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-restore-fault-'));
    const first = await openOn(folder, 0);
    await first.store.diary.append(cramp('kept'));
    await first.store.settings.update({ volume: 0.4 });
    await first.store.close();
    const recording = recordingDisk();
    const { store } = await openOn(folder, 1, recording.disk); // the backup of the 21st
    await store.diary.append(cramp('later'));
    await store.history.append(completedSession(START));
    await store.settings.update({ volume: 0.9 });
    const before = await filesIn(folder);
    recording.failNext(fault.op, fault.match, fault.error);
    const handlers = createBackupHandlers(store, {
      stopEverything: vi.fn(),
      log: { warn: () => {} },
    });

    await expect(handlers.restoreBackup({ id: '2026-11-21' })).rejects.toThrow(
      new SaveError(
        formatMessage('backups.error.notRestored', {
          day: '2026-11-21',
          why: formatMessage(`store.why.${why}`),
        }),
      ),
    );
    expect(app.relaunchCalls).toBe(0);
    expect(await filesIn(folder)).toEqual(before);
    expect((await readdir(folder)).filter((name) => name.endsWith('.restoring'))).toEqual([]);
    // Saving works as before the restore was tried.
    await store.diary.append(cramp('after'));
    await store.settings.update({ volume: 0.7 });
    await store.close();
    const again = await openOn(folder, 1);
    expect(savedIds(again.store.diary.entries())).toEqual(['kept', 'later', 'after']);
    expect(again.store.history.entries()).toHaveLength(1);
    expect(again.store.settings.get().volume).toBe(0.7);
    await again.store.close();
    return folder;
  }

  it('with no room to keep the data as it is first, changes nothing and says so', async () => {
    const folder = await failedRestore(
      {
        op: 'open',
        match: (file) => file.includes(`${path.sep}before-restore-`),
        error: diskError('ENOSPC', 'no space left on device'),
      },
      'full',
    );
    const kept = (await readdir(path.join(folder, 'backups'))).filter((name) =>
      name.startsWith('before-restore-'),
    );
    expect(kept).toEqual([]);
  });

  it('with a file locked by another program half-way, puts back what it replaced and says so', async () => {
    await failedRestore(
      {
        op: 'rename',
        match: named(STORE_FILES.diary),
        error: diskError('EPERM', 'operation not permitted'),
      },
      'not-allowed',
    );
  });

  it('says where the whole of the data is kept when even putting it back fails', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-restore-stuck-'));
    const first = await openOn(folder, 0);
    await first.store.diary.append(cramp('kept'));
    await first.store.close();
    const recording = recordingDisk();
    const { store } = await openOn(folder, 1, recording.disk);
    await store.history.append(completedSession(START));
    // The diary is locked as it is swapped; the history, swapped already, cannot be put back.
    recording.failNext('rename', named(STORE_FILES.diary), diskError('EPERM'));
    recording.failNext('rename', named(STORE_FILES.history), diskError('EPERM'), 1);
    const handlers = createBackupHandlers(store, {
      stopEverything: vi.fn(),
      log: { warn: () => {} },
    });
    let failed: unknown = null;
    try {
      await handlers.restoreBackup({ id: '2026-11-21' });
    } catch (error) {
      failed = error;
    }
    expect(failed).toBeInstanceOf(SaveError);
    const [keptAs] = (await readdir(path.join(folder, 'backups'))).filter((name) =>
      name.startsWith('before-restore-'),
    );
    expect((failed as Error).message).toBe(
      formatMessage('backups.error.notPutBack', {
        day: '2026-11-21',
        why: formatMessage('store.why.not-allowed'),
        folder: path.join(folder, 'backups', keptAs!),
      }),
    );
    // The whole of the data as it was is there.
    const history = await readFile(
      path.join(folder, 'backups', keptAs!, STORE_FILES.history),
      'utf8',
    );
    expect(history.trim().split('\n')).toHaveLength(1);
    await store.close();
  });

  describe('“Back up now”', () => {
    const handlersOf = (store: Awaited<ReturnType<typeof openOn>>['store']) =>
      createBackupHandlers(store, { stopEverything: vi.fn(), log: { warn: () => {} } });
    /** The folders in `backups/` that are not a day's backup (scratch or set-aside ones). */
    const leftovers = async (folder: string) =>
      (await readdir(path.join(folder, 'backups'))).filter((name) => name.includes('.'));

    it('makes today’s backup again with what was saved since, and it is listed with it', async () => {
      const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-backup-now-'));
      const { store } = await openOn(folder, 0); // today's backup, made as the app opened: empty
      await store.diary.append(cramp('tonight'));
      await store.history.append(completedSession(START));
      const handlers = handlersOf(store);
      expect(await handlers.listBackups(undefined)).toEqual([
        { id: '2026-11-20', sessions: 0, diaryEntries: 0 },
      ]);

      expect(await handlers.backUpNow(undefined)).toEqual({
        made: { id: '2026-11-20', sessions: 1, diaryEntries: 1 },
        folder: path.join(folder, 'backups'),
      });
      expect(await handlers.listBackups(undefined)).toEqual([
        { id: '2026-11-20', sessions: 1, diaryEntries: 1 },
      ]);
      expect(await leftovers(folder)).toEqual([]);
      await store.close();
    });

    it('with a full disk, says so in words and keeps today’s backup as it was', async () => {
      const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-backup-now-full-'));
      const recording = recordingDisk();
      const { store } = await openOn(folder, 0, recording.disk);
      await store.diary.append(cramp('tonight'));
      recording.failNext(
        'open',
        (file) => file.includes('.incoming'),
        diskError('ENOSPC', 'no space left on device'),
      );
      const handlers = handlersOf(store);

      await expect(handlers.backUpNow(undefined)).rejects.toThrow(
        new SaveError(
          formatMessage('backups.error.notMade', { why: formatMessage('store.why.full') }),
        ),
      );
      expect(await handlers.listBackups(undefined)).toEqual([
        { id: '2026-11-20', sessions: 0, diaryEntries: 0 },
      ]);
      expect(await leftovers(folder)).toEqual([]);
      // Once there is room again, it is made.
      expect((await handlers.backUpNow(undefined)).made.diaryEntries).toBe(1);
      await store.close();
    });

    it('when the new backup cannot be put in place, puts the one made earlier today back', async () => {
      const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-backup-now-locked-'));
      const recording = recordingDisk();
      const { store } = await openOn(folder, 0, recording.disk);
      await store.diary.append(cramp('tonight'));
      recording.failNext(
        'rename',
        (file) => path.basename(file) === '2026-11-20',
        diskError('EPERM', 'operation not permitted'),
      );
      const handlers = handlersOf(store);

      await expect(handlers.backUpNow(undefined)).rejects.toThrow(
        new SaveError(
          formatMessage('backups.error.notMade', { why: formatMessage('store.why.not-allowed') }),
        ),
      );
      expect(await handlers.listBackups(undefined)).toEqual([
        { id: '2026-11-20', sessions: 0, diaryEntries: 0 },
      ]);
      expect(await leftovers(folder)).toEqual([]);
      await store.close();
    });
  });
});
