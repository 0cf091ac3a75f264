import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openUserStore } from '../../../main/store/user-store';
import { bundleForNode } from '../../fixtures/bundle-for-node';

describe('the store under a hard kill', () => {
  it('loses no acknowledged session or cramp when its process is killed (SIGKILL) at random moments, 200 times', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-kill-'));
    const child = path.join(folder, 'store-child.mjs');
    await bundleForNode(path.resolve('tests/main/store/store-child.ts'), child);
    const data = path.join(folder, 'user-data');
    let acknowledged = -1;
    for (let round = 0; round < 200; round += 1) {
      acknowledged = await runAndKill(child, data, acknowledged, 5 + ((round * 37) % 60));
      const { store, problems } = await openUserStore(data, {
        wallNow: Date.now,
        today: () => new Date().toISOString().slice(0, 10),
      });
      const numbers = [
        ...store.history.entries().map((entry) => Number(entry.routineName.split(' ')[1])),
        ...store.diary
          .entries()
          .map((event) => (event.kind === 'saved' ? Number(event.entry.id.split('-')[1]) : -1)),
      ].sort((a, b) => a - b);
      await store.close();
      // A kill mid-line leaves at most a cut-off last line (set aside), never a damaged file.
      expect(problems).toEqual([]);
      // Every acknowledged entry is there, with nothing missing between.
      expect(numbers.length).toBeGreaterThanOrEqual(acknowledged + 1);
      expect(numbers.every((n, index) => n === index)).toBe(true);
    }
    expect(acknowledged).toBeGreaterThanOrEqual(200);
  }, 180_000);
});

/** Runs the child until it has acknowledged something, then kills it `delayMs` later. */
function runAndKill(
  child: string,
  folder: string,
  before: number,
  delayMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const process = spawn(globalThis.process.execPath, [child, folder], {
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
