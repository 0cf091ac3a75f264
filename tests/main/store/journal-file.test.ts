import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { JournalFile, JournalReadOnlyError } from '../../../main/store/journal-file';

const EntrySchema = z.object({ n: z.number().int().min(0), text: z.string() });
type Entry = z.infer<typeof EntrySchema>;
const TEST_FORMAT = { name: 'test', version: 1, migrations: [] };
const line = (entry: Entry) => `${JSON.stringify(entry)}\n`;

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-journal-'));
});
const journalAt = (name: string) =>
  new JournalFile(path.join(folder, name), EntrySchema, TEST_FORMAT, {
    wallNow: () => Date.UTC(2026, 10, 26, 7, 0),
  });

describe('the append-only journal', () => {
  it('keeps every acknowledged entry across a reopen', async () => {
    const journal = journalAt('plain.jsonl');
    expect(await journal.open()).toEqual({ kind: 'first-run' });
    await Promise.all([0, 1, 2].map((n) => journal.append({ n, text: `t${n}` })));
    await journal.close();
    const again = journalAt('plain.jsonl');
    expect(await again.open()).toEqual({ kind: 'opened', entries: 3 });
    expect(again.entries().map((entry) => entry.n)).toEqual([0, 1, 2]);
  });

  it('refuses an entry that breaks the schema before writing anything', async () => {
    const journal = journalAt('refuse.jsonl');
    await journal.open();
    expect(() => journal.append({ n: -1, text: 'bad' })).toThrow();
    await journal.close();
    expect(await readFile(path.join(folder, 'refuse.jsonl'), 'utf8')).toBe('');
  });

  it('sets a line cut off by a crash aside, cuts it away, and carries on', async () => {
    const file = path.join(folder, 'torn.jsonl');
    await writeFile(file, line({ n: 0, text: 'a' }) + '{"n":1,"te');
    const journal = journalAt('torn.jsonl');
    const outcome = await journal.open();
    expect(outcome).toMatchObject({ kind: 'torn-tail', entries: 1 });
    if (outcome.kind !== 'torn-tail') throw new Error(outcome.kind);
    expect(await readFile(outcome.keptAs!, 'utf8')).toBe('{"n":1,"te');
    await journal.append({ n: 1, text: 'b' });
    await journal.close();
    // A new line carries its format's version.
    expect(await readFile(file, 'utf8')).toBe(
      line({ n: 0, text: 'a' }) + '{"v":1,"n":1,"text":"b"}\n',
    );
  });

  it('brings an older line up to date as it reads it, and refuses one from a newer version', async () => {
    const file = path.join(folder, 'versions.jsonl');
    await writeFile(file, line({ n: 0, text: 'a' }) + '{"v":2,"n":1,"text":"b","extra":1}\n');
    const withText = z.object({ n: z.number(), text: z.string(), extra: z.number() });
    const v2 = {
      name: 'test',
      version: 2,
      migrations: [{ from: 1, up: (old: Record<string, unknown>) => ({ ...old, extra: 0 }) }],
    };
    const journal = new JournalFile(file, withText, v2);
    expect(await journal.open()).toEqual({ kind: 'opened', entries: 2 });
    expect(journal.entries()).toEqual([
      { n: 0, text: 'a', extra: 0 },
      { n: 1, text: 'b', extra: 1 },
    ]);
    await journal.close();
    // The version-1 reader meets a version-2 line: never read as something else, never rewritten
    // (the newer app's data is left whole), and nothing is added to it.
    const before = await readFile(file, 'utf8');
    const older = journalAt('versions.jsonl');
    const outcome = await older.open();
    expect(outcome).toEqual({
      kind: 'newer-version',
      entries: 1,
      reason: 'line 2: newer (test)',
    });
    expect(older.entries()).toEqual([{ n: 0, text: 'a' }]);
    expect(older.storage()).toBe('newer-version');
    await expect(older.append({ n: 2, text: 'c' })).rejects.toBeInstanceOf(JournalReadOnlyError);
    await older.close();
    expect(await readFile(file, 'utf8')).toBe(before);
    const aside = (await readdir(folder)).filter((name) =>
      /^versions\.jsonl\.(corrupt|torn)-/.test(name),
    );
    expect(aside).toEqual([]);
  });

  it('keeps a damaged file aside byte for byte, and every good line', async () => {
    const file = path.join(folder, 'damaged.jsonl');
    const original =
      line({ n: 0, text: 'a' }) + 'not json\n' + '{"n":"two"}\n' + line({ n: 3, text: 'd' });
    await writeFile(file, original);
    const journal = journalAt('damaged.jsonl');
    const outcome = await journal.open();
    expect(outcome).toMatchObject({ kind: 'damaged', entries: 2, reason: 'line 2: not JSON' });
    if (outcome.kind !== 'damaged') throw new Error(outcome.kind);
    expect(await readFile(outcome.keptAs, 'utf8')).toBe(original);
    expect(journal.entries().map((entry) => entry.n)).toEqual([0, 3]);
    await journal.close();
  });

  it('checks each line against the schema once; a line changed since is caught at the next opening', async () => {
    const file = path.join(folder, 'checked.jsonl');
    const first = journalAt('checked.jsonl');
    await first.open();
    for (const n of [0, 1, 2]) await first.append({ n, text: `t${n}` });
    await first.close();
    // The first opening after the writes checks them all and notes it.
    const second = journalAt('checked.jsonl');
    expect(await second.open()).toEqual({ kind: 'opened', entries: 3 });
    await second.close();
    const parse = vi.spyOn(EntrySchema, 'safeParse');
    const third = journalAt('checked.jsonl');
    expect(await third.open()).toEqual({ kind: 'opened', entries: 3 });
    expect(third.entries()).toEqual([0, 1, 2].map((n) => ({ n, text: `t${n}` })));
    expect(parse).not.toHaveBeenCalled();
    await third.close();
    // Someone edits a line the schema passed before: the hash no longer matches, all is checked.
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"n":1', '"n":-1'));
    const fourth = journalAt('checked.jsonl');
    expect(await fourth.open()).toMatchObject({
      kind: 'damaged',
      entries: 2,
      reason: expect.stringMatching(/^line 2/),
    });
    expect(parse).toHaveBeenCalled();
    await fourth.close();
  });
});
