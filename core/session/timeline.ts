import type { Routine, Side, Sides, Step } from '../routines/routine-schema';

/** The kinds of segment a routine unfolds into. */
export type SegmentKind = 'get-ready' | 'next' | 'hold' | 'switch-sides' | 'rest';

/** One stretch of time in a routine, with its exact place on the routine's clock. */
export interface Segment {
  readonly index: number;
  readonly kind: SegmentKind;
  readonly stepIndex: number;
  /** The leg this segment works (for a switch, the leg that comes next); `null` for both/none. */
  readonly side: Side | null;
  /** 1-based repetition on this side (for rest, the one just done). */
  readonly repetition: number;
  /** Repetitions on this side (a favoured side may have more). */
  readonly repetitions: number;
  readonly startMs: number;
  readonly durationMs: number;
}

/** Durations of the segments between holds. */
export interface TimelineOptions {
  /** Before the first step: time to get into position. */
  readonly getReadySeconds: number;
  /** Before every later step: time to move on. */
  readonly nextSeconds: number;
  /** Between the two legs of a one-side-at-a-time step. */
  readonly switchSidesSeconds: number;
}

/** A calm default pace for moving between holds. */
export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = {
  getReadySeconds: 8,
  nextSeconds: 8,
  switchSidesSeconds: 6,
};

/** A routine unfolded into segments. */
export interface Timeline {
  readonly segments: readonly Segment[];
  readonly totalMs: number;
}

/** The legs of a step, in the order they are worked. */
export function sideOrder(sides: Sides): readonly (Side | null)[] {
  switch (sides) {
    case 'none':
      return [null];
    case 'left-then-right':
      return ['left', 'right'];
    case 'right-then-left':
      return ['right', 'left'];
  }
}

/** How one leg of a step is worked: the step's holds, or longer or more for a favoured side. */
export function sideWork(
  step: Step,
  side: Side | null,
): { readonly holdSeconds: number; readonly repetitions: number } {
  const favour = side !== null && step.favour?.side === side ? step.favour : undefined;
  return {
    holdSeconds: step.holdSeconds + (favour?.extraHoldSeconds ?? 0),
    repetitions: step.repetitions + (favour?.extraRepetitions ?? 0),
  };
}

/**
 * Expands a routine into its timeline: a get-ready (or next) segment before each step, then for
 * each leg in turn its repetitions (holds with rests between), with a switch between the legs.
 * A favoured leg (`step.favour`) gets its longer holds or extra repetitions; the other is unchanged.
 * Offsets are exact integers of milliseconds, each segment starting where the last one ended.
 */
export function buildTimeline(
  routine: Routine,
  options: TimelineOptions = DEFAULT_TIMELINE_OPTIONS,
): Timeline {
  const segments: Segment[] = [];
  let cursorMs = 0;
  const push = (segment: Omit<Segment, 'index' | 'startMs'>) => {
    if (segment.durationMs <= 0) return;
    segments.push({ ...segment, index: segments.length, startMs: cursorMs });
    cursorMs += segment.durationMs;
  };
  routine.steps.forEach((step, stepIndex) => {
    const sides = sideOrder(step.sides);
    const firstSide = sides[0] ?? null;
    push({
      kind: stepIndex === 0 ? 'get-ready' : 'next',
      stepIndex,
      side: firstSide,
      repetition: 1,
      repetitions: sideWork(step, firstSide).repetitions,
      durationMs: (stepIndex === 0 ? options.getReadySeconds : options.nextSeconds) * 1000,
    });
    sides.forEach((side, sideIndex) => {
      const { holdSeconds, repetitions } = sideWork(step, side);
      if (sideIndex > 0) {
        push(switchSegment(stepIndex, side, repetitions, options));
      }
      for (let repetition = 1; repetition <= repetitions; repetition += 1) {
        push({
          kind: 'hold',
          stepIndex,
          side,
          repetition,
          repetitions,
          durationMs: holdSeconds * 1000,
        });
        if (repetition < repetitions) {
          push({
            kind: 'rest',
            stepIndex,
            side,
            repetition,
            repetitions,
            durationMs: step.restSeconds * 1000,
          });
        }
      }
    });
  });
  return { segments, totalMs: cursorMs };
}

function switchSegment(
  stepIndex: number,
  side: Side | null,
  repetitions: number,
  options: TimelineOptions,
): Omit<Segment, 'index' | 'startMs'> {
  return {
    kind: 'switch-sides',
    stepIndex,
    side,
    repetition: 1,
    repetitions,
    durationMs: options.switchSidesSeconds * 1000,
  };
}

/** The segment running at `elapsedMs` (the last one once the routine is over). */
export function segmentAt(timeline: Timeline, elapsedMs: number): Segment | undefined {
  const { segments } = timeline;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((segments[mid]?.startMs ?? 0) <= elapsedMs) low = mid;
    else high = mid - 1;
  }
  return segments[low];
}

/** Where each step starts on the routine's clock. */
export function stepStartsMs(timeline: Timeline): readonly number[] {
  const starts: number[] = [];
  for (const segment of timeline.segments) {
    if (starts[segment.stepIndex] === undefined) starts[segment.stepIndex] = segment.startMs;
  }
  return starts;
}

/** The hold segments, in order: the units a session's progress is counted in. */
export function holdSegments(timeline: Timeline): readonly Segment[] {
  return timeline.segments.filter((segment) => segment.kind === 'hold');
}
