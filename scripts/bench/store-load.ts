import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import writeFileAtomic from 'write-file-atomic';
import type { DiaryEvent } from '../../core/journal/diary-log';
import type { SessionHistoryEntry } from '../../core/session/session-state';
import { DEFAULT_SETTINGS } from '../../core/settings/settings-defaults';
import { openUserStore, STORE_FILES } from '../../main/store/user-store';
import { bundleForNode } from '../../tests/fixtures/bundle-for-node';
import { completedSession } from '../../tests/fixtures/completed-session';
import { printTable, quantile } from './stats';

const NIGHTS = 3_650;
const CRAMPS = 2_000;
const LOADS = 20;
const APPENDS = 200;
const DAY_MS = 86_400_000;
const FIRST_NIGHT = Date.UTC(2016, 10, 25, 21, 30);

const session = (night: number): SessionHistoryEntry =>
  completedSession(FIRST_NIGHT + night * DAY_MS);

function cramp(index: number): DiaryEvent {
  const night = Math.floor((index * NIGHTS) / CRAMPS);
  const startedAtMs = FIRST_NIGHT + night * DAY_MS + 5 * 3_600_000;
  return {
    kind: 'saved',
    atMs: startedAtMs + 60_000,
    entry: {
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      startedAtMs,
      night: new Date(FIRST_NIGHT + night * DAY_MS).toISOString().slice(0, 10),
      leg: index % 2 ? 'left' : 'right',
      muscle: 'calf',
      intensity: index % 11,
      durationMinutes: 3,
      feel: ['tight', 'knotted'],
      helped: ['stretching', 'walking'],
      symptoms: index % 7 ? [] : ['soreness-after'],
      note: 'Woke at the pain, stood on the cold floor until it eased.',
    },
  };
}

const run = promisify(execFile);
const ms = (value: number) => `${value.toFixed(2)} ms`;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The user's store with ten years of nightly history and 2,000 diary entries: a cold load (open
 * every file, read, bring up to date, check every line against its schema, replay the diary) and
 * one append (written and synced), beside a naive single JSON file rewritten on every change, in
 * the same run on the same disk. Goals: load ≤ 50 ms (goal 20), append ≤ 10 ms (goal 5).
 */
export async function benchStoreLoad(): Promise<void> {
  console.log(
    `\n== The user's store: ${NIGHTS} nights of history (10 years), ${CRAMPS} diary entries ==`,
  );
  const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-bench-store-'));
  const history = Array.from({ length: NIGHTS }, (_, night) => session(night));
  const diary = Array.from({ length: CRAMPS }, (_, index) => cramp(index));
  const lines = (items: readonly object[], v: number) =>
    items.map((item) => `${JSON.stringify({ v, ...item })}\n`).join('');
  await writeFile(path.join(folder, STORE_FILES.settings), JSON.stringify(DEFAULT_SETTINGS));
  await writeFile(path.join(folder, STORE_FILES.history), lines(history, 2));
  await writeFile(path.join(folder, STORE_FILES.diary), lines(diary, 1));
  const naiveFile = path.join(folder, 'everything.json');
  const naive = { settings: DEFAULT_SETTINGS, history, diary };
  await writeFile(naiveFile, JSON.stringify(naive));

  // Each cold load runs in a fresh Node process, as at the app's start: nothing compiled or
  // warmed up before it, modules loaded inside the measured time.
  const child = await bundleColdLoad(folder);
  const firstOfDay = await coldLoad(child, 'store', folder);
  const storeLoads: number[] = [];
  const naiveLoads: number[] = [];
  for (let round = 0; round < LOADS; round += 1) {
    storeLoads.push(await coldLoad(child, 'store', folder));
    naiveLoads.push(await coldLoad(child, 'naive', folder));
  }

  // The same load again in this process (code compiled and warm), for comparison.
  const warmLoads: number[] = [];
  for (let round = 0; round < LOADS; round += 1) {
    const start = performance.now();
    const { store } = await openUserStore(folder, {
      wallNow: Date.now,
      today,
      appVersion: '0.1.0',
    });
    warmLoads.push(performance.now() - start);
    await store.close();
  }

  const { store } = await openUserStore(folder, { wallNow: Date.now, today });
  const storeAppends: number[] = [];
  const naiveAppends: number[] = [];
  for (let round = 0; round < APPENDS; round += 1) {
    let start = performance.now();
    if (round % 2) await store.diary.append(cramp(CRAMPS + round));
    else await store.history.append(session(NIGHTS + round));
    storeAppends.push(performance.now() - start);
    start = performance.now();
    if (round % 2) naive.diary.push(cramp(CRAMPS + round));
    else naive.history.push(session(NIGHTS + round));
    await writeFileAtomic(naiveFile, JSON.stringify(naive), { fsync: true });
    naiveAppends.push(performance.now() - start);
  }
  await store.close();
  await rm(folder, { recursive: true, force: true });

  const row = (name: string, values: number[]) => [
    name,
    ms(quantile(values, 0.5)),
    ms(quantile(values, 0.95)),
    ms(Math.max(...values)),
  ];
  printTable(
    ['measure', 'median', 'p95', 'max'],
    [
      row(`cold load, store (${LOADS} fresh processes)`, storeLoads),
      row(`cold load, naive JSON (${LOADS} fresh processes)`, naiveLoads),
      row(`load again, store (same process, warm)`, warmLoads),
      row(`append, store (${APPENDS}×)`, storeAppends),
      row(`append, naive rewrite (${APPENDS}×)`, naiveAppends),
    ],
  );
  console.log(
    `first load ever (every line checked against its schema, the day's backup made): ${ms(firstOfDay)}`,
  );
  console.log('goals: cold load ≤ 50 ms (20), append ≤ 10 ms (5); fsync on this disk included');
}

/** Bundles the one-load script (TypeScript, the app's modules) for plain `node`. */
const bundleColdLoad = (folder: string) =>
  bundleForNode(
    path.resolve('scripts/bench/store-cold-load.ts'),
    path.join(folder, 'cold-load.mjs'),
  );

/** One cold load in a fresh process, in milliseconds. */
async function coldLoad(child: string, kind: 'store' | 'naive', folder: string): Promise<number> {
  const { stdout } = await run(process.execPath, [child, kind, folder]);
  return Number(stdout.trim());
}
