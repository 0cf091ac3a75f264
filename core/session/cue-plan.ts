import { z } from 'zod';
import type { Segment, Timeline } from './timeline';

/** What happens at a cue instant. Several can share one instant. */
export const CueKindSchema = z.enum([
  'segment-start',
  'hold-start',
  'halfway',
  'switch-sides',
  'countdown',
  'segment-end',
  'routine-complete',
]);
export type CueKind = z.infer<typeof CueKindSchema>;

/** The sound files in `assets/sounds/`. */
export const CueSoundSchema = z.enum(['start', 'halfway', 'switch', 'tick', 'end', 'complete']);
export type CueSound = z.infer<typeof CueSoundSchema>;

/** Holds at least this long get a halfway cue. */
export const HALFWAY_MIN_HOLD_MS = 20_000;
/** Countdown ticks sound in the last seconds of a hold. */
export const COUNTDOWN_SECONDS = 3;

/** One instant at which the routine speaks up. */
export interface Cue {
  /** Offset on the routine's clock (active time, pauses excluded). */
  readonly atMs: number;
  readonly segmentIndex: number;
  readonly kinds: readonly CueKind[];
  /** The one sound for this instant: cues never pile up. */
  readonly sound: CueSound | null;
}

/** The sound each kind asks for; `segment-start` and `segment-end` of non-holds are silent. */
const SOUND_OF: Readonly<Record<CueKind, CueSound | null>> = {
  'routine-complete': 'complete',
  'switch-sides': 'switch',
  'hold-start': 'start',
  'segment-end': 'end',
  halfway: 'halfway',
  countdown: 'tick',
  'segment-start': null,
};

/** When kinds share an instant, the first of these that is present chooses the sound. */
const SOUND_PRIORITY: readonly CueKind[] = [
  'routine-complete',
  'switch-sides',
  'hold-start',
  'segment-end',
  'halfway',
  'countdown',
];

/** The one sound to play for kinds that share an instant. */
export function soundFor(kinds: readonly CueKind[]): CueSound | null {
  const chosen = SOUND_PRIORITY.find((kind) => kinds.includes(kind));
  return chosen ? SOUND_OF[chosen] : null;
}

function cuesOfSegment(segment: Segment, isLast: boolean): { atMs: number; kind: CueKind }[] {
  const start = segment.startMs;
  const end = segment.startMs + segment.durationMs;
  const cues: { atMs: number; kind: CueKind }[] = [{ atMs: start, kind: 'segment-start' }];
  if (segment.kind === 'switch-sides') cues.push({ atMs: start, kind: 'switch-sides' });
  if (segment.kind === 'hold') {
    cues.push({ atMs: start, kind: 'hold-start' });
    if (segment.durationMs >= HALFWAY_MIN_HOLD_MS) {
      cues.push({ atMs: start + Math.floor(segment.durationMs / 2), kind: 'halfway' });
    }
    for (let second = COUNTDOWN_SECONDS; second >= 1; second -= 1) {
      const atMs = end - second * 1000;
      if (atMs > start) cues.push({ atMs, kind: 'countdown' });
    }
    cues.push({ atMs: end, kind: 'segment-end' });
  }
  if (isLast) cues.push({ atMs: end, kind: 'routine-complete' });
  return cues;
}

/**
 * Every cue of a timeline, in time order, merged so that each instant appears once with all its
 * kinds and one sound. A cue at a boundary belongs to the segment that starts there (the last
 * segment keeps its own end).
 */
export function planCues(timeline: Timeline): readonly Cue[] {
  const byInstant = new Map<number, { segmentIndex: number; kinds: CueKind[] }>();
  timeline.segments.forEach((segment, index) => {
    const isLast = index === timeline.segments.length - 1;
    for (const { atMs, kind } of cuesOfSegment(segment, isLast)) {
      const entry = byInstant.get(atMs);
      if (entry) {
        if (!entry.kinds.includes(kind)) entry.kinds.push(kind);
        if (kind === 'segment-start') entry.segmentIndex = segment.index;
      } else {
        byInstant.set(atMs, { segmentIndex: segment.index, kinds: [kind] });
      }
    }
  });
  return [...byInstant.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([atMs, { segmentIndex, kinds }]) => ({
      atMs,
      segmentIndex,
      kinds,
      sound: soundFor(kinds),
    }));
}
