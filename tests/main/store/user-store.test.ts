import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiaryEvent } from '../../../core/journal/diary-log';
import type { SessionHistoryEntry } from '../../../core/session/session-state';
import { openUserStore, STORE_FILES } from '../../../main/store/user-store';
import { completedSession } from '../../fixtures/completed-session';

const DAY_MS = 24 * 60 * 60_000;
const START = Date.UTC(2026, 10, 20, 21, 0);

/**
 * Opens the store in `folder` as the app does on a given day (day 0 is 20 November 2026): then
 * today's backup, which the app starts once it is up.
 */
async function openOn(folder: string, day = 0) {
  const now = START + day * DAY_MS;
  const opened = await openUserStore(folder, {
    wallNow: () => now,
    today: () => new Date(now).toISOString().slice(0, 10),
    onBackupFailure: (error) => {
      throw error;
    },
  });
  await opened.store.backUpToday();
  return opened;
}

const freshFolder = () => mkdtemp(path.join(os.tmpdir(), 'bedtime-store-'));

/** A session as version 1 of the history wrote it: no `v`, no planned length. */
const historyV1 = {
  routineId: 'before-sleep-stretches',
  routineName: 'Before sleep',
  startedAt: '2026-11-19T21:00:00.000Z',
  endedAt: '2026-11-19T21:10:00.000Z',
  outcome: 'completed',
  reachedEnd: true,
  activeMs: 600_000,
  holdsDone: 12,
  holdsSkipped: 0,
  holdCount: 12,
  stepsCompleted: 2,
  stepCount: 2,
};
const session = (startedAt: string): SessionHistoryEntry => completedSession(Date.parse(startedAt));
const cramp = (id: string, atMs: number): DiaryEvent => ({
  kind: 'saved',
  atMs,
  entry: { id, startedAtMs: atMs, night: '2026-11-20', leg: 'left', intensity: 6 },
});

describe('the store of the user’s data', () => {
  it('opens a folder written by version 1 (settings and history), losing nothing, and writes on in the current version', async () => {
    const folder = await freshFolder();
    await writeFile(
      path.join(folder, STORE_FILES.settings),
      JSON.stringify({ version: 1, volume: 0.45, reducedFeeling: 'yes', favourSide: 'left' }),
    );
    await writeFile(path.join(folder, STORE_FILES.history), `${JSON.stringify(historyV1)}\n`);
    const { store, problems } = await openOn(folder);
    expect(problems).toEqual([]);
    expect(store.settings.get()).toMatchObject({
      volume: 0.45,
      reducedFeeling: 'yes',
      favourSide: 'left',
    });
    // The old session is all there; its planned length was not kept then: unknown, not zero.
    expect(store.history.entries()).toEqual([{ ...historyV1, plannedSeconds: null }]);
    await store.history.append(session('2026-11-20T21:00:00.000Z'));
    await store.diary.append(cramp('a', START));
    await store.close();

    const lines = (await readFile(path.join(folder, STORE_FILES.history), 'utf8'))
      .trim()
      .split('\n');
    expect(lines[0]).toBe(JSON.stringify(historyV1)); // never rewritten
    expect(JSON.parse(lines[1]!)).toMatchObject({ v: 2, plannedSeconds: 600 });
    const again = await openOn(folder, 1);
    expect(again.problems).toEqual([]);
    expect(again.store.history.entries().map((entry) => entry.plannedSeconds)).toEqual([null, 600]);
    expect(again.store.diary.entries()).toEqual([cramp('a', START)]);
    await again.store.close();
  });

  it('sets a settings file that is not JSON aside byte for byte, loads the last good backup, and reports it', async () => {
    const folder = await freshFolder();
    const first = await openOn(folder);
    await first.store.settings.update({ volume: 0.7, isMuted: true });
    await first.store.close();
    // The next day opens (and backs up) the good file; then the file is damaged.
    const second = await openOn(folder, 1);
    await second.store.close();
    const damaged = '{"volume": 0.7, "isMu';
    await writeFile(path.join(folder, STORE_FILES.settings), damaged);

    const third = await openOn(folder, 2);
    expect(third.problems).toEqual([
      {
        file: 'settings',
        outcome: expect.objectContaining({ kind: 'damaged', restoredFrom: '2026-11-21' }),
      },
    ]);
    expect(third.store.settings.get()).toMatchObject({ volume: 0.7, isMuted: true });
    const aside = (await readdir(folder)).filter((name) =>
      name.startsWith('settings.json.corrupt-'),
    );
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(folder, aside[0]!), 'utf8')).toBe(damaged);
    await third.store.close();
  });

  it('treats a settings file of the wrong shape the same way; with no backup, the defaults', async () => {
    const folder = await freshFolder();
    const wrong = JSON.stringify({ version: 1, volume: 'loud' });
    await writeFile(path.join(folder, STORE_FILES.settings), wrong);
    const { store, problems } = await openOn(folder);
    expect(problems).toMatchObject([
      {
        file: 'settings',
        outcome: { kind: 'damaged', restoredFrom: null, reason: expect.stringContaining('volume') },
      },
    ]);
    expect(store.settings.get().volume).toBe(0.3);
    const aside = (await readdir(folder)).find((name) => name.startsWith('settings.json.corrupt-'));
    expect(await readFile(path.join(folder, aside!), 'utf8')).toBe(wrong);
    await store.close();
  });

  it('keeps every readable line of a damaged diary, the whole file aside, and reports it', async () => {
    const folder = await freshFolder();
    const good = `${JSON.stringify({ v: 1, ...cramp('a', START) })}\n`;
    const original = `${good}{"kind":"saved","entry":{"id":"b"}}\n${JSON.stringify({ v: 1, ...cramp('c', START + 1) })}\n`;
    await writeFile(path.join(folder, STORE_FILES.diary), original);
    const { store, problems } = await openOn(folder);
    expect(problems).toMatchObject([{ file: 'diary', outcome: { kind: 'damaged', entries: 2 } }]);
    expect(
      store.diary.entries().map((event) => (event.kind === 'saved' ? event.entry.id : '')),
    ).toEqual(['a', 'c']);
    const aside = (await readdir(folder)).find((name) => name.startsWith('diary.jsonl.corrupt-'));
    expect(await readFile(path.join(folder, aside!), 'utf8')).toBe(original);
    await store.close();
  });

  it('makes one backup a day and keeps the last seven, each holding that day’s data', async () => {
    const folder = await freshFolder();
    for (let day = 0; day < 10; day += 1) {
      const { store } = await openOn(folder, day);
      await store.settings.update({ volume: day / 10 });
      await store.history.append(session(new Date(START + day * DAY_MS).toISOString()));
      await store.close();
      // A second opening the same day makes no second backup.
      const again = await openOn(folder, day);
      await again.store.close();
    }
    const { store } = await openOn(folder, 10);
    const days = await store.backups.days();
    expect(days).toEqual([
      '2026-11-30',
      '2026-11-29',
      '2026-11-28',
      '2026-11-27',
      '2026-11-26',
      '2026-11-25',
      '2026-11-24',
    ]);
    // The backup of the 30th (day 10, made on opening) holds the ten sessions and day 9's volume.
    const settings = JSON.parse((await store.backups.read('2026-11-30', STORE_FILES.settings))!);
    expect(settings.volume).toBe(0.9);
    const history = (await store.backups.read('2026-11-30', STORE_FILES.history))!;
    expect(history.trim().split('\n')).toHaveLength(10);
    // The 24th was made on opening that day: sessions of the days before it, four of them.
    expect(
      (await store.backups.read('2026-11-24', STORE_FILES.history))!.trim().split('\n'),
    ).toHaveLength(4);
    await store.close();
  });

  it('restores a backup, keeping the data it replaces aside', async () => {
    const folder = await freshFolder();
    const first = await openOn(folder);
    await first.store.diary.append(cramp('kept', START));
    await first.store.close();
    const second = await openOn(folder, 1); // backs up the diary with "kept"
    await second.store.diary.append(cramp('later', START + DAY_MS));
    await second.store.settings.update({ volume: 0.9 });
    await second.store.close();
    const { keptAs } = await second.store.backups.restore('2026-11-21');

    const after = await openOn(folder, 1);
    expect(
      after.store.diary.entries().map((event) => (event.kind === 'saved' ? event.entry.id : '')),
    ).toEqual(['kept']);
    expect(after.store.settings.get().volume).toBe(0.3);
    // What was there before the restore is whole, aside.
    expect(await readFile(path.join(keptAs, STORE_FILES.diary), 'utf8')).toContain('"later"');
    expect(keptAs.startsWith(path.join(folder, 'backups', 'before-restore-'))).toBe(true);
    expect(await after.store.backups.days()).not.toContain(path.basename(keptAs));
    await after.store.close();
  });

  it('leaves a settings file from a newer version alone and makes no backup over it', async () => {
    const folder = await freshFolder();
    const newer = JSON.stringify({ version: 7, volume: 0.1 });
    await writeFile(path.join(folder, STORE_FILES.settings), newer);
    const { store, problems } = await openOn(folder);
    expect(problems).toMatchObject([{ file: 'settings', outcome: { kind: 'unreadable' } }]);
    expect(await store.backups.days()).toEqual([]);
    expect(await readFile(path.join(folder, STORE_FILES.settings), 'utf8')).toBe(newer);
    await store.close();
  });
});
