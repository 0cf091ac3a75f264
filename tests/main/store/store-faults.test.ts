import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/i18n/format-message';
import type { DiaryEvent } from '../../../core/journal/diary-log';
import { SaveError } from '../../../core/save-error';
import { DiaryBook } from '../../../main/diary/diary-book';
import { JournalHistory } from '../../../main/session/journal-history';
import type { Disk } from '../../../main/store/disk';
import { openUserStore, STORE_FILES } from '../../../main/store/user-store';
import { completedSession } from '../../fixtures/completed-session';
import { diskError, named, recordingDisk } from '../../fakes/recording-disk';

const NOW = Date.UTC(2026, 10, 26, 7, 0);
const freshFolder = () => mkdtemp(path.join(os.tmpdir(), 'bedtime-faults-'));
const openIn = (
  folder: string,
  extra: { disk?: Disk; onBackupFailure?: (e: unknown) => void } = {},
) => openUserStore(folder, { wallNow: () => NOW, today: () => '2026-11-26', ...extra });
const bookOf = (store: Awaited<ReturnType<typeof openIn>>['store']) =>
  new DiaryBook(store.diary, { wallNow: () => NOW, timeZone: () => 'UTC' });
const cramp = (id: string, v = 1): string =>
  `${JSON.stringify({ v, kind: 'saved', atMs: NOW, entry: { id, startedAtMs: NOW, night: '2026-11-25' } })}\n`;
const pending = <T>(promise: Promise<T>) =>
  Promise.race([
    promise.then(() => 'settled'),
    new Promise<string>((resolve) => setImmediate(() => resolve('pending'))),
  ]);
const ids = (events: readonly DiaryEvent[]) =>
  events.flatMap((event) => (event.kind === 'saved' ? [event.entry.id] : []));

describe('a journal that cannot be saved to', () => {
  it('cannot be read (a folder in its place): the store opens, the diary refuses saves in plain words, the rest saves', async () => {
    const folder = await freshFolder();
    await mkdir(path.join(folder, STORE_FILES.diary));
    const { store, problems } = await openIn(folder);
    expect(problems).toMatchObject([
      { file: 'diary', outcome: { kind: 'cannot-write', why: 'not-allowed' } },
    ]);
    expect(store.journalsStorage()).toEqual({ history: 'saved', diary: 'cannot-write' });
    await expect(bookOf(store).save({ startedAtMs: NOW, leg: 'left' })).rejects.toThrow(
      new SaveError(formatMessage('diary.error.cannotWrite')),
    );
    await store.history.append(completedSession(NOW));
    await store.settings.update({ volume: 0.6 });
    // No backup is made of data the app could not read.
    await store.backUpToday();
    expect(await store.backups.days()).toEqual([]);
    await store.close();
  });

  it('can be read but not opened for saving: what it holds is shown, saves are refused, the file is left as it is', async () => {
    const folder = await freshFolder();
    const file = path.join(folder, STORE_FILES.diary);
    await writeFile(file, cramp('kept'));
    const recording = recordingDisk();
    const denied = diskError('EACCES', 'permission denied');
    // Denied as the app starts, and again when a save tries it once more.
    recording.failNext('open', named(STORE_FILES.diary), denied);
    recording.failNext('open', named(STORE_FILES.diary), denied);
    const { store, problems } = await openIn(folder, { disk: recording.disk });
    expect(problems).toMatchObject([
      { file: 'diary', outcome: { kind: 'cannot-write', entries: 1, why: 'not-allowed' } },
    ]);
    const book = bookOf(store);
    expect(book.view().entries.map((entry) => entry.id)).toEqual(['kept']);
    await expect(book.save({ startedAtMs: NOW, leg: 'left' })).rejects.toBeInstanceOf(SaveError);
    await store.close();
    expect(await readFile(file, 'utf8')).toBe(cramp('kept'));
  });
});

describe('a journal put right while the app runs', () => {
  it('a diary that could not be read saves again at the next save, with what the file holds', async () => {
    const folder = await freshFolder();
    const file = path.join(folder, STORE_FILES.diary);
    await mkdir(file); // a folder in its place
    const { store } = await openIn(folder);
    const book = bookOf(store);
    await expect(book.save({ startedAtMs: NOW, leg: 'left' })).rejects.toBeInstanceOf(SaveError);
    // Put right: the folder taken away, the diary's file back (from elsewhere, say).
    await rm(file, { recursive: true });
    await writeFile(file, cramp('kept'));
    const view = await book.save({ startedAtMs: NOW, leg: 'right' });
    // The cramp the file held, and the one saved now.
    expect(view.entries.map((entry) => entry.id)).toContain('kept');
    expect(view.entries).toHaveLength(2);
    expect(store.journalsStorage()).toEqual({ history: 'saved', diary: 'saved' });
    await store.close();
    const reopened = await openIn(folder);
    expect(bookOf(reopened.store).view().entries).toHaveLength(2);
    await reopened.store.close();
  });

  it('a history that could not be opened writes the sessions it kept once it can, oldest first', async () => {
    const folder = await freshFolder();
    const recording = recordingDisk();
    const refused = diskError('ENOSPC', 'no space left on device');
    recording.failNext('open', named(STORE_FILES.history), refused);
    const { store } = await openIn(folder, { disk: recording.disk });
    expect(store.journalsStorage().history).toBe('cannot-write');
    const history = new JournalHistory(store.history, { error: () => undefined });
    const told: string[] = [];
    history.onNotKept((message) => told.push(message));
    // The disk still full at the first try to open it again.
    recording.failNext('open', named(STORE_FILES.history), refused);
    history.record(completedSession(NOW - 86_400_000));
    await expect.poll(() => told).toEqual([formatMessage('history.notKept')]);
    expect(history.entries).toHaveLength(1);
    // Room again: the Journal asks, the history opens, and the session kept in memory is written.
    await expect(store.retryJournals()).resolves.toEqual({ history: 'saved', diary: 'saved' });
    history.record(completedSession(NOW));
    const linesOnDisk = async () =>
      (await store.history.snapshot()).toString().split('\n').length - 1;
    await expect.poll(linesOnDisk).toBe(2);
    expect(history.entries.map((entry) => entry.startedAt)).toEqual([
      completedSession(NOW - 86_400_000).startedAt,
      completedSession(NOW).startedAt,
    ]);
    expect(told).toHaveLength(1);
    await store.close();
  });
});

describe('a diary cut short', () => {
  it('is told when a cramp it had acknowledged was cut off, and the cut part is kept aside', async () => {
    const folder = await freshFolder();
    const first = await openIn(folder);
    await bookOf(first.store).save({ startedAtMs: NOW - 60_000, leg: 'left' });
    await bookOf(first.store).save({ startedAtMs: NOW, leg: 'right' });
    await first.store.close();
    const file = path.join(folder, STORE_FILES.diary);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, -10));
    const { store, problems } = await openIn(folder);
    expect(problems).toMatchObject([
      { file: 'diary', outcome: { kind: 'torn-tail', entries: 1, keptAs: expect.any(String) } },
    ]);
    expect(store.diary.entries()).toHaveLength(1);
    await store.close();
  });
});

describe('lines from a newer version of the app', () => {
  it('leave the diary untouched and read-only, with one message: nothing newer is lost', async () => {
    const folder = await freshFolder();
    const file = path.join(folder, STORE_FILES.diary);
    const written = cramp('older') + cramp('newer', 2) + cramp('older-again');
    await writeFile(file, written);
    const { store, problems } = await openIn(folder);
    expect(problems).toEqual([
      {
        file: 'diary',
        outcome: { kind: 'newer-version', entries: 2, reason: 'line 2: newer (diary)' },
      },
    ]);
    expect(ids(store.diary.entries())).toEqual(['older', 'older-again']);
    await expect(bookOf(store).save({ startedAtMs: NOW })).rejects.toThrow(
      formatMessage('diary.error.newerVersion'),
    );
    await store.backUpToday();
    await store.close();
    expect(await readFile(file, 'utf8')).toBe(written);
    expect((await readdir(folder)).filter((name) => /\.(corrupt|torn)-/.test(name))).toEqual([]);
    // Opened again by this version, still all there.
    const again = await openIn(folder);
    expect(again.problems).toMatchObject([{ file: 'diary', outcome: { kind: 'newer-version' } }]);
    await again.store.close();
    expect(await readFile(file, 'utf8')).toBe(written);
  });
});

describe('today’s backup', () => {
  it('is not on the way to opening: a file in place of the backups folder is reported, the store opens and saves', async () => {
    const folder = await freshFolder();
    await writeFile(path.join(folder, 'backups'), 'not a folder');
    const failures: unknown[] = [];
    const { store, problems } = await openIn(folder, {
      onBackupFailure: (error) => failures.push(error),
    });
    expect(problems).toEqual([]);
    await store.backUpToday();
    expect(failures).toHaveLength(1);
    await bookOf(store).save({ startedAtMs: NOW, leg: 'right' });
    await store.settings.update({ volume: 0.5 });
    await store.close();
    expect(await readFile(path.join(folder, 'backups'), 'utf8')).toBe('not a folder');
  });

  it('is taken from each file’s write queue, so it never holds half a line', async () => {
    const folder = await freshFolder();
    const recording = recordingDisk();
    const { store } = await openIn(folder, { disk: recording.disk });
    const book = bookOf(store);
    await book.save({ startedAtMs: NOW - 60_000, leg: 'left' });
    // A save caught half-way through its write, when the day's backup is asked for.
    const slow = recording.pauseNext('write', named(STORE_FILES.diary));
    const saving = book.save({ startedAtMs: NOW, leg: 'right', note: 'caught half-way' });
    await slow.reached;
    const backingUp = store.backUpToday();
    expect(await pending(backingUp)).toBe('pending');
    slow.release();
    await saving;
    await backingUp;
    const backedUp = await store.backups.read('2026-11-26', STORE_FILES.diary);
    expect(backedUp).toBe(await readFile(path.join(folder, STORE_FILES.diary), 'utf8'));
    expect(backedUp!.trim().split('\n')).toHaveLength(2);
    await store.close();
  });
});

describe('closing the store', () => {
  it('waits for a settings change under way, then refuses any other', async () => {
    const folder = await freshFolder();
    const recording = recordingDisk();
    const { store } = await openIn(folder, { disk: recording.disk });
    const slow = recording.pauseNext('write', (file) =>
      path.basename(file).startsWith(`${STORE_FILES.settings}.`),
    );
    const changing = store.settings.update({ volume: 0.8 });
    await slow.reached;
    const closing = store.close();
    expect(await pending(closing)).toBe('pending');
    slow.release();
    await changing;
    await closing;
    await expect(store.settings.update({ volume: 0.1 })).rejects.toBeInstanceOf(SaveError);
    const saved = JSON.parse(await readFile(path.join(folder, STORE_FILES.settings), 'utf8'));
    expect(saved.volume).toBe(0.8);
  });
});
