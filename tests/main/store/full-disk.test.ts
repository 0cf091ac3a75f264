import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/i18n/format-message';
import type { DiaryEvent } from '../../../core/journal/diary-log';
import { SaveError } from '../../../core/save-error';
import { DiaryBook } from '../../../main/diary/diary-book';
import { openUserStore } from '../../../main/store/user-store';
import { completedSession } from '../../fixtures/completed-session';
import {
  canMountSmallDisk,
  fillDisk,
  mountSmallDisk,
  unmountSmallDisk,
} from '../../fixtures/small-disk';

const NOW = Date.UTC(2026, 10, 26, 7, 0);
const openStore = (folder: string) =>
  openUserStore(folder, { wallNow: () => NOW, today: () => '2026-11-26' });

if (!canMountSmallDisk)
  console.warn('Skipped: the full-disk test mounts a small tmpfs, which only root may do.');

const crampIds = (events: readonly DiaryEvent[]) =>
  events.flatMap((event) => (event.kind === 'saved' ? [event.entry.id] : []));

/**
 * A real full disk: a 256 KB tmpfs as the user-data folder, filled by another file, so that an
 * append finds part of a page free and the disk takes only part of its line (a short write, no
 * error), exactly as a user's disk filling up would.
 */
describe('the store on a disk that fills up', () => {
  let mountPoint: string | null = null;
  afterEach(async () => {
    if (!mountPoint) return;
    await unmountSmallDisk(mountPoint);
    mountPoint = null;
  });

  it.skipIf(!canMountSmallDisk)(
    'keeps every acknowledged cramp and session, none of those refused, and the one after space came back',
    async () => {
      mountPoint = await mountSmallDisk('bedtime-full-disk-');
      const folder = mountPoint;
      const { store } = await openStore(folder);
      let nextId = 0;
      const book = new DiaryBook(
        store.diary,
        { wallNow: () => NOW, timeZone: () => 'UTC' },
        () => `cramp-${nextId}`,
      );
      const saveCramp = (id: number, noteLength: number) => {
        nextId = id;
        return book.save({
          startedAtMs: NOW - id * 60_000,
          leg: 'left',
          note: 'n'.repeat(noteLength),
        });
      };
      const saveSession = (id: number, nameLength: number) =>
        store.history.append(
          completedSession(NOW - id * 3_600_000, {
            routineName: `session-${id} ${'r'.repeat(nameLength)}`,
          }),
        );
      // Each journal has a page partly filled before the disk fills.
      await saveCramp(0, 20);
      await saveSession(0, 20);
      await fillDisk(path.join(folder, 'filler'));

      const acknowledged = { cramps: ['cramp-0'], sessions: ['session-0'] };
      const refused = { cramps: [] as string[], sessions: [] as string[] };
      for (let id = 1; id <= 8; id += 1) {
        try {
          await saveCramp(id, 500);
          acknowledged.cramps.push(`cramp-${id}`);
        } catch (error) {
          // Refused in plain words, as any save the disk does not take.
          expect(error).toBeInstanceOf(SaveError);
          expect((error as Error).message).toBe(formatMessage('diary.error.notSaved'));
          refused.cramps.push(`cramp-${id}`);
        }
        try {
          await saveSession(id, 1500);
          acknowledged.sessions.push(`session-${id}`);
        } catch {
          refused.sessions.push(`session-${id}`);
        }
      }
      // The disk both took and refused saves while it was full (the test is not vacuous).
      expect(acknowledged.cramps.length).toBeGreaterThan(1);
      expect(acknowledged.sessions.length).toBeGreaterThan(1);
      expect(refused.cramps.length).toBeGreaterThan(0);
      expect(refused.sessions.length).toBeGreaterThan(0);
      await expect(store.settings.update({ volume: 0.9 })).rejects.toBeInstanceOf(SaveError);

      await rm(path.join(folder, 'filler'));
      await saveCramp(9, 500);
      await saveSession(9, 1500);
      await store.close();

      const { store: again, problems } = await openStore(folder);
      expect(problems).toEqual([]);
      expect(crampIds(again.diary.entries())).toEqual([...acknowledged.cramps, 'cramp-9']);
      expect(again.history.entries().map((entry) => entry.routineName.split(' ')[0])).toEqual([
        ...acknowledged.sessions,
        'session-9',
      ]);
      expect(again.settings.get().volume).toBe(0.3);
      await again.close();
    },
    30_000,
  );
});
