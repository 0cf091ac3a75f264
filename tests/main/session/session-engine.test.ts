import { beforeEach, describe, expect, it } from 'vitest';
import { RoutineSchema, type Routine } from '../../../core/routines/routine-schema';
import type {
  CueEvent,
  SessionHistoryEntry,
  SessionSnapshot,
} from '../../../core/session/session-state';
import { SessionEngine, SessionRuleError } from '../../../main/session/session-engine';
import { ManualClock } from '../../fakes/manual-clock';

const step = (id: string, fields: Record<string, unknown>) => ({
  id,
  kind: 'stretch',
  title: `Title ${id}`,
  instruction: 'Do it.',
  feel: 'Gentle.',
  minHoldSeconds: 1,
  maxHoldSeconds: 60,
  illustration: 'calf-wall-stretch',
  ...fields,
});

/** Two steps: one with sides, repetitions and rests (20 s holds, so halfway cues), one plain. */
const routine: Routine = RoutineSchema.parse({
  id: 'test-routine',
  name: 'Test routine',
  description: 'For the engine tests.',
  steps: [
    step('sides', { holdSeconds: 20, sides: 'left-then-right', repetitions: 2, restSeconds: 5 }),
    step('plain', { holdSeconds: 4, sides: 'none', repetitions: 1, restSeconds: 0 }),
  ],
});
// Segments (s): ready 0-2 | L1 2-22 | rest 22-27 | L2 27-47 | switch 47-49 | R1 49-69 | rest 69-74 | R2 74-94 | next 94-96 | hold 96-100
const options = { getReadySeconds: 2, nextSeconds: 2, switchSidesSeconds: 2 };

function setUp() {
  const clock = new ManualClock();
  const cues: { event: CueEvent; at: number }[] = [];
  const snapshots: SessionSnapshot[] = [];
  const history: SessionHistoryEntry[] = [];
  const awake = { isOn: false, starts: 0 };
  const startedAt = clock.now();
  const engine = new SessionEngine(
    clock,
    {
      cue: (event) => cues.push({ event, at: clock.now() - startedAt }),
      snapshot: (snapshot) => snapshots.push(snapshot),
    },
    { record: (entry) => history.push(entry) },
    {
      start: () => {
        awake.isOn = true;
        awake.starts += 1;
      },
      stop: () => {
        awake.isOn = false;
      },
    },
    options,
  );
  return { clock, engine, cues, snapshots, history, awake, startedAt };
}

const sounds = (cues: { event: CueEvent }[]) => cues.map((c) => c.event.sound).filter(Boolean);

describe('SessionEngine', () => {
  let t: ReturnType<typeof setUp>;
  beforeEach(() => {
    t = setUp();
  });

  it('sends every cue at its exact instant through a routine with sides, repetitions and rests', () => {
    t.engine.start(routine);
    t.clock.advance(100_000);
    const timed = t.cues.filter((c) => c.event.sound).map((c) => `${c.at / 1000}:${c.event.sound}`);
    expect(timed).toEqual([
      '2:start',
      '12:halfway',
      '19:tick',
      '20:tick',
      '21:tick',
      '22:end',
      '27:start',
      '37:halfway',
      '44:tick',
      '45:tick',
      '46:tick',
      '47:switch',
      '49:start',
      '59:halfway',
      '66:tick',
      '67:tick',
      '68:tick',
      '69:end',
      '74:start',
      '84:halfway',
      '91:tick',
      '92:tick',
      '93:tick',
      '94:end',
      '96:start',
      '97:tick',
      '98:tick',
      '99:tick',
      '100:complete',
    ]);
    for (const { event, at } of t.cues) expect(at).toBe(event.atMs);
    expect(t.engine.snapshot().status).toBe('completed');
  });

  it('stays exact when every timer fires late: lateness never adds up', () => {
    t.clock.latenessMs = 3;
    t.engine.start(routine);
    t.clock.advance(100_100);
    for (const { event, at } of t.cues) {
      expect(at - event.atMs).toBeGreaterThanOrEqual(0);
      expect(at - event.atMs).toBeLessThanOrEqual(3);
    }
    expect(t.cues.at(-1)?.event.sound).toBe('complete');
  });

  it('sends a snapshot once per whole second and on every change', () => {
    t.engine.start(routine);
    t.snapshots.length = 0;
    t.clock.advance(5_000);
    const seconds = t.snapshots.map((s) =>
      s.status === 'running' ? Math.floor(s.elapsedMs / 1000) : -1,
    );
    expect(seconds).toEqual([1, 2, 3, 4, 5]);
    t.engine.pause();
    expect(t.snapshots.at(-1)).toMatchObject({
      status: 'paused',
      pausedReason: 'user',
      elapsedMs: 5_000,
    });
  });

  it('pause and resume keep the time left to the millisecond', () => {
    t.engine.start(routine);
    t.clock.advance(10_500);
    t.engine.pause();
    t.clock.advance(60_000);
    expect(t.cues.filter((c) => c.event.atMs > 10_500)).toHaveLength(0);
    expect(t.engine.snapshot()).toMatchObject({ status: 'paused', elapsedMs: 10_500 });
    t.engine.resume();
    t.clock.advance(1_500);
    const halfway = t.cues.find((c) => c.event.sound === 'halfway');
    expect(halfway?.event.atMs).toBe(12_000);
    expect(halfway?.at).toBe(10_500 + 60_000 + 1_500);
  });

  it('skip moves to the next step, back to the start of this one or the one before', () => {
    t.engine.start(routine);
    t.clock.advance(30_000);
    expect(t.engine.skip()).toMatchObject({
      elapsedMs: 94_000,
      segment: { kind: 'next', stepIndex: 1 },
    });
    t.clock.advance(1_000);
    expect(t.engine.back()).toMatchObject({ elapsedMs: 0, segment: { stepIndex: 0 } });
    t.clock.advance(10_000);
    expect(t.engine.back()).toMatchObject({ elapsedMs: 0 });
    expect(t.engine.snapshot().status).toBe('running');
  });

  it('skip on the last step finishes the routine with the complete cue, crediting nothing skipped', () => {
    t.engine.start(routine);
    t.engine.skip();
    t.engine.skip();
    expect(t.engine.snapshot()).toMatchObject({ status: 'completed', stepsDone: 0 });
    expect(sounds(t.cues)).toEqual(['complete']);
    expect(t.history).toEqual([expect.objectContaining({ isCompleted: true, stepsDone: 0 })]);
  });

  it('a skip lands without the end bell of the hold it cut short', () => {
    t.engine.start(routine);
    t.clock.advance(3_000); // in the first hold
    t.engine.skip(); // to step 2 (94 s), where the last right-leg hold would have ended
    const landing = t.cues.at(-1)!.event;
    expect(landing.atMs).toBe(94_000);
    expect(landing.kinds).not.toContain('segment-end');
    expect(landing.sound).toBeNull();
    t.clock.advance(10_000);
    expect(t.engine.snapshot()).toMatchObject({ status: 'completed', stepsDone: 1 });
  });

  it('skipped cues are never played late', () => {
    t.engine.start(routine);
    t.clock.advance(3_000);
    t.engine.skip();
    t.clock.advance(1_000);
    expect(t.cues.some((c) => c.event.atMs > 3_000 && c.event.atMs < 94_000)).toBe(false);
  });

  it('refuses a second start while a routine runs or is paused, clearly', () => {
    t.engine.start(routine);
    expect(() => t.engine.start(routine)).toThrow(SessionRuleError);
    expect(() => t.engine.start(routine)).toThrow(/already in progress/);
    t.engine.pause();
    expect(() => t.engine.start(routine)).toThrow(/already in progress/);
    t.engine.stop();
    expect(() => t.engine.start(routine)).not.toThrow();
  });

  it('refuses controls with no routine', () => {
    expect(() => t.engine.pause()).toThrow(/No routine/);
    expect(() => t.engine.skip()).toThrow(/No routine/);
    expect(t.engine.stop()).toEqual({ status: 'idle' });
  });

  it('keeps the display awake only while running', () => {
    t.engine.start(routine);
    expect(t.awake.isOn).toBe(true);
    t.engine.pause();
    expect(t.awake.isOn).toBe(false);
    t.engine.resume();
    expect(t.awake.isOn).toBe(true);
    t.clock.advance(200_000);
    expect(t.awake.isOn).toBe(false);
  });

  it('records a stopped session once, with its active time and steps done', () => {
    t.engine.start(routine);
    t.clock.advance(50_000);
    t.engine.pause();
    t.clock.advance(30_000);
    t.engine.stop();
    t.engine.stop();
    expect(t.history).toEqual([
      expect.objectContaining({
        routineId: 'test-routine',
        isCompleted: false,
        activeMs: 50_000,
        stepsDone: 1,
        stepCount: 2,
        startedAt: '2026-11-25T21:30:00.000Z',
        endedAt: '2026-11-25T21:31:20.000Z',
      }),
    ]);
    expect(t.snapshots.at(-1)).toEqual({ status: 'idle' });
  });

  it('pauses where it froze when the process did not run for a while, instead of rushing on', () => {
    t.engine.start(routine);
    t.clock.advance(3_000);
    t.clock.freeze(120_000);
    t.clock.advance(0);
    expect(t.engine.snapshot()).toMatchObject({
      status: 'paused',
      pausedReason: 'interrupted',
      elapsedMs: 4_000,
    });
    expect(sounds(t.cues)).toEqual(['start']);
  });

  it('a freeze just before the end pauses without playing the end; it sounds on resume, on time', () => {
    t.engine.start(routine);
    t.clock.advance(99_500);
    t.clock.freeze(60_000);
    t.clock.advance(0);
    expect(t.engine.snapshot()).toMatchObject({
      status: 'paused',
      pausedReason: 'interrupted',
      elapsedMs: 100_000,
    });
    expect(sounds(t.cues)).not.toContain('complete');
    expect(t.history).toEqual([]);
    t.engine.resume();
    expect(sounds(t.cues).at(-1)).toBe('complete');
    expect(t.engine.snapshot().status).toBe('completed');
  });

  it('counts only the time before a freeze when stopped before the overdue timer runs', () => {
    t.engine.start(routine);
    t.clock.advance(3_000);
    t.clock.freeze(90_000);
    t.engine.stop();
    expect(t.history[0]?.activeMs).toBe(4_000);
  });

  it('re-times on every jump, so animations restart even within one segment', () => {
    t.engine.start(routine);
    const first = t.engine.snapshot();
    t.clock.advance(1_000);
    t.engine.back(); // still in get ready: back to 0, same segment
    const second = t.engine.snapshot();
    expect(
      second.status === 'running' &&
        first.status === 'running' &&
        second.segment.index === first.segment.index,
    ).toBe(true);
    expect(
      second.status === 'running' &&
        first.status === 'running' &&
        second.anchorSeq > first.anchorSeq,
    ).toBe(true);
  });

  it('ignores a wall-clock jump: timing runs on the monotonic clock', () => {
    t.engine.start(routine);
    t.clock.advance(1_000);
    t.clock.jumpWallClock(-3_600_000);
    t.clock.advance(1_000);
    expect(t.cues.find((c) => c.event.sound === 'start')?.at).toBe(2_000);
  });

  it('restart begins again from zero with nothing counted, also after completion', () => {
    t.engine.start(routine);
    t.clock.advance(30_000);
    expect(t.engine.snapshot()).toMatchObject({ stepsDone: 1 });
    expect(t.engine.restart()).toMatchObject({ status: 'running', elapsedMs: 0, stepsDone: 0 });
    t.clock.advance(100_000);
    expect(t.engine.snapshot().status).toBe('completed');
    expect(t.engine.restart()).toMatchObject({ status: 'running', elapsedMs: 0 });
    expect(t.history).toHaveLength(1);
  });

  it('leaves no timer behind when stopped', () => {
    t.engine.start(routine);
    t.clock.advance(1_500);
    t.engine.stop();
    expect(t.clock.pendingCount()).toBe(0);
  });
});
