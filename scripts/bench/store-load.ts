import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import writeFileAtomic from 'write-file-atomic';
import type { DiaryEvent } from '../../core/journal/diary-log';
import type { SessionHistoryEntry } from '../../core/session/session-state';
import { DEFAULT_SETTINGS } from '../../core/settings/settings-defaults';
import { openUserStore, STORE_FILES } from '../../main/store/user-store';
import { printTable, quantile } from './stats';

const NIGHTS = 3_650;
const CRAMPS = 2_000;
const LOADS = 20;
const APPENDS = 200;
const DAY_MS = 86_400_000;
const FIRST_NIGHT = Date.UTC(2016, 10, 25, 21, 30);

function session(night: number): SessionHistoryEntry {
  const start = FIRST_NIGHT + night * DAY_MS;
  return {
    routineId: 'before-sleep-stretches',
    routineName: 'Before sleep: calf and hamstring stretches',
    startedAt: new Date(start).toISOString(),
    endedAt: new Date(start + 11 * 60_000).toISOString(),
    outcome: 'completed',
    reachedEnd: true,
    activeMs: 600_000,
    holdsDone: 12,
    holdsSkipped: 0,
    holdCount: 12,
    stepsCompleted: 2,
    stepCount: 2,
    plannedSeconds: 600,
  };
}

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
 * the same run on the same disk. Goals (issue #14): load ≤ 50 ms (goal 20), append ≤ 10 ms (goal 5).
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
async function bundleColdLoad(folder: string): Promise<string> {
  const outfile = path.join(folder, 'cold-load.mjs');
  await build({
    entryPoints: [path.resolve('scripts/bench/store-cold-load.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    // write-file-atomic is CommonJS: give the ESM bundle a require of its own.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/** One cold load in a fresh process, in milliseconds. */
async function coldLoad(child: string, kind: 'store' | 'naive', folder: string): Promise<number> {
  const { stdout } = await run(process.execPath, [child, kind, folder]);
  return Number(stdout.trim());
}
