import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JournalFile } from '../../../main/store/journal-file';

const EntrySchema = z.object({ n: z.number().int().min(0), text: z.string() });
type Entry = z.infer<typeof EntrySchema>;
const line = (entry: Entry) => `${JSON.stringify(entry)}\n`;

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-journal-'));
});
const journalAt = (name: string) =>
  new JournalFile(path.join(folder, name), EntrySchema, () => Date.UTC(2026, 10, 26, 7, 0));

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
    expect(await readFile(outcome.keptAs, 'utf8')).toBe('{"n":1,"te');
    await journal.append({ n: 1, text: 'b' });
    await journal.close();
    expect(await readFile(file, 'utf8')).toBe(
      line({ n: 0, text: 'a' }) + line({ n: 1, text: 'b' }),
    );
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

  it('loses no acknowledged entry when its process is killed (SIGKILL) at random moments, 200 times', async () => {
    const child = path.join(folder, 'journal-child.mjs');
    await build({
      entryPoints: [path.resolve('tests/main/store/journal-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: child,
      logLevel: 'silent',
      // write-file-atomic is CommonJS: give the ESM bundle a require of its own.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    const file = path.join(folder, 'killed.jsonl');
    let acknowledged = -1;
    for (let round = 0; round < 200; round += 1) {
      acknowledged = await runAndKill(child, file, acknowledged, 5 + ((round * 37) % 60));
      const journal = journalAt('killed.jsonl');
      await journal.open();
      const numbers = journal.entries().map((entry) => entry.n);
      await journal.close();
      // Every acknowledged entry is there, in order, with nothing missing between.
      expect(numbers.length).toBeGreaterThanOrEqual(acknowledged + 1);
      expect(numbers.every((n, index) => n === index)).toBe(true);
    }
    expect(acknowledged).toBeGreaterThanOrEqual(200);
  }, 120_000);
});

/** Runs the child until it has acknowledged something, then kills it `delayMs` later. */
function runAndKill(child: string, file: string, before: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const process = spawn(globalThis.process.execPath, [child, file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let last = before;
    let isKilling = false;
    let buffered = '';
    process.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const text of lines) {
        const n = Number(/^ack (\d+)$/.exec(text)?.[1]);
        if (Number.isInteger(n)) last = Math.max(last, n);
      }
      if (!isKilling) {
        isKilling = true;
        setTimeout(() => process.kill('SIGKILL'), delayMs);
      }
    });
    process.on('error', reject);
    process.on('exit', () => resolve(last));
  });
}
