import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiaryEventSchema, type DiaryEvent } from '../../../core/journal/diary-log';
import { RuleError } from '../../../core/rule-error';
import { SaveError } from '../../../core/save-error';
import { DIARY_FORMAT } from '../../../core/store/migrations';
import { DiaryBook } from '../../../main/diary/diary-book';
import { JournalFile } from '../../../main/store/journal-file';

const ZONE = 'Europe/London';
/** Wednesday 25 November 2026, 07:30 in London: morning, time to ask about Tuesday night. */
const MORNING = Date.UTC(2026, 10, 25, 7, 30);

async function openBook(folder: string, now = MORNING) {
  const journal = new JournalFile(path.join(folder, 'diary.jsonl'), DiaryEventSchema, DIARY_FORMAT);
  await journal.open();
  let id = 0;
  const book = new DiaryBook(
    journal,
    { wallNow: () => now, timeZone: () => ZONE },
    () => `cramp-${++id}`,
  );
  return { journal, book };
}

const folder = () => mkdtemp(path.join(os.tmpdir(), 'bedtime-diary-'));

describe('the cramp diary in main', () => {
  it('gives a new cramp its id and its night (01:30 belongs to the evening before), and keeps it across a relaunch', async () => {
    const dir = await folder();
    const { journal, book } = await openBook(dir);
    const view = await book.save({
      startedAtMs: Date.UTC(2026, 10, 25, 1, 30),
      leg: 'left',
      intensity: 7,
    });
    expect(view.entries).toEqual([
      {
        id: 'cramp-1',
        startedAtMs: Date.UTC(2026, 10, 25, 1, 30),
        night: '2026-11-24',
        leg: 'left',
        intensity: 7,
      },
    ]);
    // A cramp logged for last night answers the morning question.
    expect(view.checkIn).toBeNull();
    await journal.close();
    const again = await openBook(dir);
    expect(again.book.view().entries).toEqual(view.entries);
    await again.journal.close();
  });

  it('asks about last night in the morning until it is answered, and a "No" is kept', async () => {
    const dir = await folder();
    const { journal, book } = await openBook(dir);
    expect(book.view().checkIn).toEqual({
      night: '2026-11-24',
      suggestedStartMs: Date.UTC(2026, 10, 25, 3, 0),
    });
    expect((await book.answerMorning('2026-11-24', 'none')).checkIn).toBeNull();
    await journal.close();
    const again = await openBook(dir);
    expect(again.book.view().checkIn).toBeNull();
    expect(again.book.snapshot().mornings.get('2026-11-24')).toBe('none');
    await again.journal.close();
  });

  it('edits an entry (its night follows its new time), deletes it, and Undo brings it back as it was', async () => {
    const dir = await folder();
    const { journal, book } = await openBook(dir);
    await book.save({ startedAtMs: Date.UTC(2026, 10, 25, 1, 30), leg: 'left' });
    const edited = await book.save({
      id: 'cramp-1',
      startedAtMs: Date.UTC(2026, 10, 23, 23, 0),
      leg: 'right',
      durationMinutes: 5,
    });
    expect(edited.entries).toEqual([
      {
        id: 'cramp-1',
        startedAtMs: Date.UTC(2026, 10, 23, 23, 0),
        night: '2026-11-23',
        leg: 'right',
        durationMinutes: 5,
      },
    ]);
    expect((await book.delete('cramp-1')).entries).toEqual([]);
    expect((await book.restore('cramp-1')).entries).toEqual(edited.entries);
    await journal.close();
    const again = await openBook(dir);
    expect(again.book.view().entries).toEqual(edited.entries);
    await again.journal.close();
  });

  it('refuses to edit, delete or bring back a cramp that is not there, changing nothing', async () => {
    const dir = await folder();
    const { journal, book } = await openBook(dir);
    await expect(book.save({ id: 'nope', startedAtMs: MORNING })).rejects.toBeInstanceOf(RuleError);
    await expect(book.delete('nope')).rejects.toBeInstanceOf(RuleError);
    await expect(book.restore('nope')).rejects.toBeInstanceOf(RuleError);
    expect(journal.entries()).toEqual([]);
    await journal.close();
  });

  it('when the disk refuses, says so and changes nothing', async () => {
    const dir = await folder();
    const { journal, book } = await openBook(dir);
    await book.save({ startedAtMs: MORNING - 3_600_000, leg: 'both' });
    const failing = Object.assign(Object.create(journal) as JournalFile<DiaryEvent>, {
      append: async () => {
        throw new Error('ENOSPC: no space left on device');
      },
    });
    const full = new DiaryBook(failing, { wallNow: () => MORNING, timeZone: () => ZONE });
    const before = full.view();
    await expect(full.save({ startedAtMs: MORNING, leg: 'left' })).rejects.toBeInstanceOf(
      SaveError,
    );
    await expect(full.delete(before.entries[0]!.id)).rejects.toThrow(/could not be saved/);
    expect(full.view()).toEqual(before);
    await journal.close();
  });

  it('refuses an out-of-range entry before anything is written', async () => {
    const dir = await folder();
    const { journal, book } = await openBook(dir);
    await expect(book.save({ startedAtMs: MORNING, intensity: 11 })).rejects.toThrow();
    expect(journal.entries()).toEqual([]);
    await journal.close();
  });
});
