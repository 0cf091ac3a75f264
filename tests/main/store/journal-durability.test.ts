import { appendFile, mkdtemp, readFile, readdir, stat, truncate } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ShortWriteError } from '../../../main/store/disk';
import { JournalFile } from '../../../main/store/journal-file';
import { diskError, named, recordingDisk } from '../../fakes/recording-disk';

const EntrySchema = z.object({ n: z.number().int().min(0), text: z.string() });
const TEST_FORMAT = { name: 'test', version: 1, migrations: [] };
const WALL = Date.UTC(2026, 10, 26, 7, 0);

const freshFile = async (name: string) =>
  path.join(await mkdtemp(path.join(os.tmpdir(), 'bedtime-durable-')), name);
const journalAt = (file: string, disk = recordingDisk().disk) =>
  new JournalFile(file, EntrySchema, TEST_FORMAT, { wallNow: () => WALL, disk });
const numbers = (journal: JournalFile<{ n: number }>) => journal.entries().map((entry) => entry.n);
const asideFiles = async (file: string) =>
  (await readdir(path.dirname(file))).filter((name) => /\.(corrupt|torn)-/.test(name));

describe('an acknowledged entry is on disk', () => {
  it('writes the line, syncs it, and only then acknowledges it; reopened, it is there', async () => {
    const file = await freshFile('order.jsonl');
    const recording = recordingDisk();
    const journal = journalAt(file, recording.disk);
    await journal.open();
    const journalCalls = () =>
      recording.calls.filter(({ file: name }) => name === 'order.jsonl').map(({ op }) => op);
    const before = journalCalls().length;
    const order: string[] = [];
    const acknowledged = journal.append({ n: 0, text: 'a' }).then(() => {
      order.push(...journalCalls().slice(before), 'acknowledged');
    });
    await acknowledged;
    expect(order).toEqual(['write', 'datasync', 'acknowledged']);
    await journal.close();
    const again = journalAt(file);
    expect(await again.open()).toEqual({ kind: 'opened', entries: 1 });
    expect(again.entries()).toEqual([{ n: 0, text: 'a' }]);
    await again.close();
  });

  it('cuts a line the disk took only in part back off, refuses it, and the next line is whole', async () => {
    const file = await freshFile('short.jsonl');
    const recording = recordingDisk();
    const journal = journalAt(file, recording.disk);
    await journal.open();
    await journal.append({ n: 0, text: 'kept' });
    const goodLength = (await stat(file)).size;
    recording.failNext('write', named('short.jsonl'), 'short');
    await expect(journal.append({ n: 1, text: 'x'.repeat(200) })).rejects.toBeInstanceOf(
      ShortWriteError,
    );
    // Half the line reached the file, and was cut away again before the refusal.
    expect(recording.calls.filter(({ file: name }) => name === 'short.jsonl').slice(-2)).toEqual([
      { op: 'write', file: 'short.jsonl', detail: expect.any(Number) },
      { op: 'truncate', file: 'short.jsonl', detail: goodLength },
    ]);
    expect((await stat(file)).size).toBe(goodLength);
    expect(numbers(journal)).toEqual([0]);
    await journal.append({ n: 2, text: 'after' });
    await journal.close();
    const again = journalAt(file);
    expect(await again.open()).toEqual({ kind: 'opened', entries: 2 });
    expect(numbers(again)).toEqual([0, 2]);
    await again.close();
    expect(await asideFiles(file)).toEqual([]);
  });

  it('cuts a line whose sync failed back off and refuses it', async () => {
    const file = await freshFile('sync.jsonl');
    const recording = recordingDisk();
    const journal = journalAt(file, recording.disk);
    await journal.open();
    await journal.append({ n: 0, text: 'kept' });
    recording.failNext('datasync', named('sync.jsonl'), diskError('EIO', 'i/o error'));
    await expect(journal.append({ n: 1, text: 'lost' })).rejects.toThrow(/EIO/);
    await journal.append({ n: 2, text: 'after' });
    await journal.close();
    const again = journalAt(file);
    await again.open();
    expect(numbers(again)).toEqual([0, 2]);
    await again.close();
  });
});

describe('a cut-off last line at opening', () => {
  it('drops quietly a line cut off as it was written, which was never acknowledged', async () => {
    const file = await freshFile('killed.jsonl');
    const journal = journalAt(file);
    await journal.open();
    await journal.append({ n: 0, text: 'a' });
    await journal.append({ n: 1, text: 'b' });
    // The app killed in the middle of the third append: part of its line, never acknowledged.
    await appendFile(file, '{"v":1,"n":2,"te');
    const again = journalAt(file);
    expect(await again.open()).toEqual({ kind: 'unsaved-tail', entries: 2, bytes: 16 });
    expect(await asideFiles(file)).toEqual([]);
    await again.append({ n: 3, text: 'd' });
    await again.close();
    expect((await readFile(file, 'utf8')).split('\n').slice(-2)).toEqual([
      '{"v":1,"n":3,"text":"d"}',
      '',
    ]);
  });

  it('keeps aside and tells a cut-off line that had been acknowledged', async () => {
    const file = await freshFile('cut.jsonl');
    const journal = journalAt(file);
    await journal.open();
    await journal.append({ n: 0, text: 'a' });
    await journal.append({ n: 1, text: 'acknowledged' });
    await journal.close();
    // Something outside the app cuts the file in the middle of an acknowledged line.
    const full = await readFile(file, 'utf8');
    await truncate(file, full.length - 6);
    const again = journalAt(file);
    const outcome = await again.open();
    expect(outcome).toMatchObject({ kind: 'torn-tail', entries: 1 });
    if (outcome.kind !== 'torn-tail') throw new Error(outcome.kind);
    expect(await readFile(outcome.keptAs!, 'utf8')).toBe('{"v":1,"n":1,"text":"acknowled');
    await again.close();
  });

  it('tells a file that ends, whole, before what had been acknowledged', async () => {
    const file = await freshFile('shorter.jsonl');
    const journal = journalAt(file);
    await journal.open();
    await journal.append({ n: 0, text: 'a' });
    const oneLine = (await stat(file)).size;
    await journal.append({ n: 1, text: 'b' });
    await journal.close();
    await truncate(file, oneLine);
    const again = journalAt(file);
    expect(await again.open()).toEqual({ kind: 'torn-tail', entries: 1, keptAs: null });
    await again.close();
  });
});

describe('a file written whole', () => {
  it('syncs the folder after renaming the mended file into place', async () => {
    const file = await freshFile('mended.jsonl');
    await appendFile(file, '{"v":1,"n":0,"text":"a"}\nnot json\n');
    const recording = recordingDisk();
    const journal = journalAt(file, recording.disk);
    expect(await journal.open()).toMatchObject({ kind: 'damaged', entries: 1 });
    await journal.close();
    const folder = path.basename(path.dirname(file));
    const rename = recording.calls.findIndex(
      ({ op, detail }) => op === 'rename' && detail === 'mended.jsonl',
    );
    expect(rename).toBeGreaterThan(0);
    // Its temporary file written and synced first; the folder synced after the rename.
    const temporary = recording.calls[rename]!.file;
    expect(
      recording.calls.filter(({ file: name }) => name === temporary).map(({ op }) => op),
    ).toEqual(['open', 'write', 'sync', 'close', 'rename']);
    expect(recording.calls[rename + 1]).toEqual({ op: 'sync', file: folder });
  });
});
