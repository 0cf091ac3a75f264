// Measures the committed sound cues in assets/sounds/ by decoding them in JavaScript (no sox).
// Regenerate them with `bash scripts/make-sounds.sh`; `bash scripts/measure-sounds.sh` prints
// sox's figures for the same checks.
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  measureLevels,
  measureOggFile,
  readOggStreamInfo,
  type OggMeasurement,
} from './measure-ogg';

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

// Each file is decoded once, however many checks read it.
const measured = new Map<string, Promise<OggMeasurement>>();
function measure(name: string): Promise<OggMeasurement> {
  let result = measured.get(name);
  if (!result) {
    result = measureOggFile(cuePath(name));
    measured.set(name, result);
  }
  return result;
}

describe('sound cues', () => {
  for (const cue of cues) {
    describe(`${cue.name}.ogg`, () => {
      const file = cuePath(cue.name);

      it('exists', () => {
        expect(existsSync(file)).toBe(true);
      });

      it('is Ogg Vorbis, mono, 44.1 kHz', async () => {
        const info = readOggStreamInfo(new Uint8Array(await readFile(file)));
        expect(info).toEqual({ codec: 'vorbis', channels: 1, sampleRate: 44100 });
      });

      it(`lasts ${cue.minSeconds}-${cue.maxSeconds} s`, async () => {
        const { durationSeconds } = await measure(cue.name);
        expect(durationSeconds).toBeGreaterThanOrEqual(cue.minSeconds);
        expect(durationSeconds).toBeLessThanOrEqual(cue.maxSeconds);
      });

      it(`has a sample peak at most ${MAX_PEAK_DBFS} dBFS`, async () => {
        expect((await measure(cue.name)).peakDbfs).toBeLessThanOrEqual(MAX_PEAK_DBFS);
      });
    });
  }

  it(`longer cues have RMS levels within ${MAX_RMS_SPREAD_DB} dB of each other`, async () => {
    const long = cues.filter((c) => c.long);
    const rms = await Promise.all(long.map(async (c) => (await measure(c.name)).rmsDbfs));
    expect(rms).toHaveLength(5);
    const spread = Math.max(...rms) - Math.min(...rms);
    expect(spread).toBeLessThanOrEqual(MAX_RMS_SPREAD_DB);
  });
});

/** One second of a sine at `amplitude` (full scale = 1), 44.1 kHz. */
function sine(amplitude: number, hz = 440): Float32Array {
  const rate = 44100;
  return Float32Array.from({ length: rate }, (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / rate));
}

/** A minimal first Ogg page holding `packet` (the CRC is not checked by the reader). */
function oggPage(packet: Uint8Array): Uint8Array {
  const header = new Uint8Array(27);
  header.set([0x4f, 0x67, 0x67, 0x53]); // "OggS"
  header[5] = 0x02; // beginning of stream
  header[26] = 1; // one segment
  return Uint8Array.from([...header, packet.length, ...packet]);
}

/** A Vorbis identification header packet for `channels` at `rate` Hz. */
function vorbisIdHeader(channels: number, rate: number): Uint8Array {
  const packet = new Uint8Array(30);
  packet.set([0x01, ...new TextEncoder().encode('vorbis')]);
  packet[11] = channels;
  new DataView(packet.buffer).setUint32(12, rate, true);
  return packet;
}

describe('measure-ogg helper', () => {
  it('measures a half-scale sine at -6.02 dBFS peak and -9.03 dBFS RMS', () => {
    const { peakDbfs, rmsDbfs } = measureLevels([sine(0.5)]);
    expect(peakDbfs).toBeCloseTo(-6.02, 2);
    expect(rmsDbfs).toBeCloseTo(-9.03, 2);
  });

  it('gives a louder signal a higher peak and RMS, by its gain in dB', () => {
    const quiet = measureLevels([sine(0.1)]);
    const loud = measureLevels([sine(0.8)]);
    expect(loud.peakDbfs).toBeGreaterThan(quiet.peakDbfs);
    expect(loud.peakDbfs - quiet.peakDbfs).toBeCloseTo(20 * Math.log10(8), 2);
    expect(loud.rmsDbfs - quiet.rmsDbfs).toBeCloseTo(20 * Math.log10(8), 2);
    // A full-scale peak would fail the cue check.
    expect(measureLevels([sine(1)]).peakDbfs).toBeGreaterThan(MAX_PEAK_DBFS);
  });

  it('counts every channel, and reports silence as -Infinity', () => {
    expect(measureLevels([new Float32Array(100), Float32Array.of(0.5)]).peakDbfs).toBeCloseTo(-6.02, 2);
    expect(measureLevels([new Float32Array(100)])).toEqual({ peakDbfs: -Infinity, rmsDbfs: -Infinity });
  });

  it('reads the channel count and rate from a Vorbis header, so a stereo 48 kHz file fails', () => {
    expect(readOggStreamInfo(oggPage(vorbisIdHeader(2, 48000)))).toEqual({
      codec: 'vorbis',
      channels: 2,
      sampleRate: 48000,
    });
  });

  it('tells Opus from Vorbis, and rejects bytes that are not Ogg', () => {
    const opus = new Uint8Array(19);
    opus.set(new TextEncoder().encode('OpusHead'));
    opus[9] = 1;
    new DataView(opus.buffer).setUint32(12, 48000, true);
    expect(readOggStreamInfo(oggPage(opus)).codec).toBe('opus');
    expect(() => readOggStreamInfo(new TextEncoder().encode('RIFF....WAVEfmt not ogg at all'))).toThrow(
      /not an Ogg file/,
    );
  });

  // sox's figures for the committed start.ogg (scripts/measure-sounds.sh, `soxi -s`): this pins the
  // decoder to sox. Update them if the cues are remade.
  it('measures a decoded cue as sox does (start.ogg: 1.300 s, -6.74 / -21.00 dBFS)', async () => {
    const start = await measure('start');
    expect(start.frames).toBe(57330);
    expect(start.durationSeconds).toBeCloseTo(1.3, 2);
    expect(start.peakDbfs).toBeCloseTo(-6.74, 1);
    expect(start.rmsDbfs).toBeCloseTo(-21.0, 1);
  });
});
