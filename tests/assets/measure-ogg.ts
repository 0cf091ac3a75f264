// Reads and measures Ogg audio in JavaScript, so the sound checks need no sox on the machine.
// The figures match `soxi` and `sox FILE -n stats` ("Pk lev dB", "RMS lev dB").
import { readFile } from 'node:fs/promises';
import { OggVorbisDecoder } from '@wasm-audio-decoders/ogg-vorbis';

/** The codec named by an Ogg stream's first packet. */
export type OggCodec = 'vorbis' | 'opus' | 'flac' | 'unknown';

/** What an Ogg stream's identification header says about it. */
export interface OggStreamInfo {
  codec: OggCodec;
  /** 0 when the codec is not one whose header we read. */
  channels: number;
  /** 0 when the codec is not one whose header we read. */
  sampleRate: number;
}

/** Sample peak and RMS level, in dBFS (full scale = 1.0); `-Infinity` for silence. */
export interface Levels {
  peakDbfs: number;
  rmsDbfs: number;
}

/** A decoded Ogg Vorbis file: its header, length and levels. */
export interface OggMeasurement extends OggStreamInfo, Levels {
  /** Samples per channel after decoding. */
  frames: number;
  durationSeconds: number;
}

const OGG_CAPTURE = 'OggS';
/** Fixed part of an Ogg page header; the segment count is its last byte. */
const PAGE_HEADER_BYTES = 27;

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

/**
 * Reads the identification header in an Ogg file's first page.
 *
 * The decoder reports neither the codec nor the header's channel count, so the format check reads
 * the header itself (Ogg: RFC 3533; Vorbis I spec section 4.2.2; Opus: RFC 7845 section 5.1).
 */
export function readOggStreamInfo(bytes: Uint8Array): OggStreamInfo {
  if (bytes.length < PAGE_HEADER_BYTES || ascii(bytes, 0, 4) !== OGG_CAPTURE) {
    throw new Error('not an Ogg file: no "OggS" page at the start');
  }
  const segments = bytes[26]!;
  // The first packet is the segments up to and including the first lacing value below 255.
  let packetLength = 0;
  for (let i = 0; i < segments; i++) {
    const lacing = bytes[PAGE_HEADER_BYTES + i]!;
    packetLength += lacing;
    if (lacing < 255) break;
  }
  const start = PAGE_HEADER_BYTES + segments;
  const packet = bytes.subarray(start, start + packetLength);
  const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);

  if (packet.length >= 16 && packet[0] === 0x01 && ascii(packet, 1, 6) === 'vorbis') {
    return { codec: 'vorbis', channels: packet[11]!, sampleRate: view.getUint32(12, true) };
  }
  if (packet.length >= 16 && ascii(packet, 0, 8) === 'OpusHead') {
    return { codec: 'opus', channels: packet[9]!, sampleRate: view.getUint32(12, true) };
  }
  if (packet.length >= 5 && packet[0] === 0x7f && ascii(packet, 1, 4) === 'FLAC') {
    return { codec: 'flac', channels: 0, sampleRate: 0 };
  }
  return { codec: 'unknown', channels: 0, sampleRate: 0 };
}

/** Measures sample peak and RMS over all samples of all channels, as `sox stats` does. */
export function measureLevels(channels: readonly Float32Array[]): Levels {
  let peak = 0;
  let sumOfSquares = 0;
  let count = 0;
  for (const samples of channels) {
    for (const sample of samples) {
      peak = Math.max(peak, Math.abs(sample));
      sumOfSquares += sample * sample;
    }
    count += samples.length;
  }
  if (count === 0) throw new Error('no samples to measure');
  return {
    peakDbfs: 20 * Math.log10(peak),
    rmsDbfs: 20 * Math.log10(Math.sqrt(sumOfSquares / count)),
  };
}

/** Decodes an Ogg Vorbis file with a WebAssembly libvorbis and measures it. */
export async function measureOggFile(path: string): Promise<OggMeasurement> {
  const bytes = new Uint8Array(await readFile(path));
  const info = readOggStreamInfo(bytes);
  if (info.codec !== 'vorbis') throw new Error(`${path}: Ogg ${info.codec}, not Vorbis`);

  const decoder = new OggVorbisDecoder();
  try {
    await decoder.ready;
    const decoded = await decoder.decodeFile(bytes);
    const firstError = decoded.errors[0];
    if (firstError) throw new Error(`${path}: decode error: ${firstError.message}`);
    if (decoded.sampleRate !== info.sampleRate) {
      throw new Error(`${path}: decoded at ${decoded.sampleRate} Hz, header says ${info.sampleRate}`);
    }
    const frames = decoded.samplesDecoded;
    return {
      ...info,
      ...measureLevels(decoded.channelData),
      frames,
      durationSeconds: frames / decoded.sampleRate,
    };
  } finally {
    decoder.free();
  }
}
