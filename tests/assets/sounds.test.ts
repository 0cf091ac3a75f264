// Measures the committed sound cues in assets/sounds/ with sox/soxi.
// Regenerate them with `bash scripts/make-sounds.sh`.
import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const soundsDir = resolve(repoRoot, 'assets/sounds');

interface Cue {
  name: string;
  minSeconds: number;
  maxSeconds: number;
  long: boolean; // the five longer cues must have matched RMS levels
}

const cues: Cue[] = [
  { name: 'start', minSeconds: 1.0, maxSeconds: 1.4, long: true },
  { name: 'halfway', minSeconds: 0.8, maxSeconds: 1.0, long: true },
  { name: 'switch', minSeconds: 1.0, maxSeconds: 1.4, long: true },
  { name: 'tick', minSeconds: 0.12, maxSeconds: 0.2, long: false },
  { name: 'end', minSeconds: 1.0, maxSeconds: 1.4, long: true },
  { name: 'complete', minSeconds: 2.0, maxSeconds: 2.5, long: true },
];

const MAX_PEAK_DBFS = -3;
const MAX_RMS_SPREAD_DB = 3;

const cuePath = (name: string): string => resolve(soundsDir, `${name}.ogg`);

function soxi(flag: string, file: string): string {
  return execFileSync('soxi', [flag, file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

interface Levels {
  peakDb: number;
  rmsDb: number;
}

function levels(file: string): Levels {
  // `sox ... -n stats` prints its report on stderr.
  const run = spawnSync('sox', [file, '-n', 'stats'], { encoding: 'utf8' });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`sox stats failed for ${file}: ${run.stderr}`);
  const read = (label: string): number => {
    const line = run.stderr.split('\n').find((l) => l.startsWith(label));
    if (!line) throw new Error(`no "${label}" in sox stats output for ${file}`);
    const value = Number(line.trim().split(/\s+/).pop());
    if (!Number.isFinite(value)) throw new Error(`bad "${label}" value in: ${line}`);
    return value;
  };
  return { peakDb: read('Pk lev dB'), rmsDb: read('RMS lev dB') };
}

describe('sound cues', () => {
  for (const cue of cues) {
    describe(`${cue.name}.ogg`, () => {
      const file = cuePath(cue.name);

      it('exists', () => {
        expect(existsSync(file)).toBe(true);
      });

      it('is Ogg Vorbis, mono, 44.1 kHz', () => {
        expect(soxi('-t', file)).toBe('vorbis');
        expect(Number(soxi('-c', file))).toBe(1);
        expect(Number(soxi('-r', file))).toBe(44100);
      });

      it(`lasts ${cue.minSeconds}-${cue.maxSeconds} s`, () => {
        const seconds = Number(soxi('-D', file));
        expect(seconds).toBeGreaterThanOrEqual(cue.minSeconds);
        expect(seconds).toBeLessThanOrEqual(cue.maxSeconds);
      });

      it(`has a sample peak at most ${MAX_PEAK_DBFS} dBFS`, () => {
        expect(levels(file).peakDb).toBeLessThanOrEqual(MAX_PEAK_DBFS);
      });
    });
  }

  it(`longer cues have RMS levels within ${MAX_RMS_SPREAD_DB} dB of each other`, () => {
    const rms = cues.filter((c) => c.long).map((c) => levels(cuePath(c.name)).rmsDb);
    expect(rms).toHaveLength(5);
    const spread = Math.max(...rms) - Math.min(...rms);
    expect(spread).toBeLessThanOrEqual(MAX_RMS_SPREAD_DB);
  });
});
