import { beforeEach, describe, expect, it } from 'vitest';
import { SessionHistoryEntrySchema } from '../../../core/session/session-state';
import { setUpEngine, routine, sounds, type EngineHarness } from './engine-harness';

// Segments (s): ready 0-2 | L1 2-22 | rest 22-27 | L2 27-47 | switch 47-49 | R1 49-69 | rest 69-74 | R2 74-94 | next 94-96 | hold 96-100

describe('the history entry tells what happened', () => {
  let t: EngineHarness;
  beforeEach(() => {
    t = setUpEngine();
    t.engine.start(routine);
  });

  it('a routine run through is completed, with every hold and step and the time it took', () => {
    t.clock.advance(100_000);
    expect(t.engine.snapshot()).toMatchObject({
      status: 'completed',
      activeMs: 100_000,
      holdsDone: 5,
      holdCount: 5,
      stepsDone: 2,
    });
    expect(t.history).toEqual([
      expect.objectContaining({
        outcome: 'completed',
        reachedEnd: true,
        activeMs: 100_000,
        holdsDone: 5,
        holdsSkipped: 0,
        holdCount: 5,
        stepsCompleted: 2,
        stepCount: 2,
        // The routine's length as it ran (the timeline above: 100 s).
        plannedSeconds: 100,
      }),
    ]);
  });

  it('skipping through every step is never completed: nothing done, no time spent', () => {
    while (t.engine.snapshot().status !== 'completed') t.engine.skip();
    expect(t.engine.snapshot()).toMatchObject({ activeMs: 0, holdsDone: 0, stepsDone: 0 });
    expect(t.history).toEqual([
      expect.objectContaining({
        outcome: 'stopped',
        reachedEnd: true,
        activeMs: 0,
        holdsDone: 0,
        holdsSkipped: 5,
        stepsCompleted: 0,
      }),
    ]);
  });

  it('run to the end with one hold in five skipped is only partly done', () => {
    t.clock.advance(30_000); // in the second left hold
    t.engine.skip(); // to the switch at 47 s
    t.clock.advance(60_000);
    expect(t.history).toEqual([
      expect.objectContaining({
        outcome: 'partly-done',
        reachedEnd: true,
        activeMs: 30_000 + 53_000,
        holdsDone: 4,
        holdsSkipped: 1,
        stepsCompleted: 1,
      }),
    ]);
  });

  it('counts time actually spent: not paused time, not time skipped over, but replays', () => {
    t.clock.advance(10_000); // 10 s spent, in the first hold
    t.engine.skip(); // to 22 s: the 12 s jumped over are not spent
    t.clock.advance(2_000); // 2 s of rest
    t.engine.back(); // to the first hold again, at 2 s
    t.clock.advance(5_000); // 5 s of it again
    t.engine.pause();
    t.clock.advance(60_000);
    expect(t.engine.snapshot()).toMatchObject({ elapsedMs: 7_000, activeMs: 17_000 });
    t.engine.stop();
    expect(t.history).toEqual([
      expect.objectContaining({
        outcome: 'stopped',
        reachedEnd: false,
        activeMs: 17_000,
        holdsDone: 0,
        holdsSkipped: 1,
      }),
    ]);
  });

  it('records a stopped session once, partly done, with its time and counts', () => {
    t.clock.advance(50_000);
    t.engine.pause();
    t.clock.advance(30_000);
    t.engine.stop();
    t.engine.stop();
    expect(t.history).toEqual([
      {
        routineId: 'test-routine',
        routineName: 'Test routine',
        startedAt: '2026-11-25T21:30:00.000Z',
        endedAt: '2026-11-25T21:31:20.000Z',
        outcome: 'partly-done',
        reachedEnd: false,
        activeMs: 50_000,
        holdsDone: 2,
        holdsSkipped: 0,
        holdCount: 5,
        stepsCompleted: 0,
        stepCount: 2,
        plannedSeconds: 100,
      },
    ]);
    expect(t.snapshots.at(-1)).toEqual({ status: 'idle' });
  });

  it('every entry it writes passes the schema', () => {
    t.clock.advance(30_000);
    t.engine.restart();
    while (t.engine.snapshot().status !== 'completed') t.engine.skip();
    t.engine.restart();
    t.clock.advance(100_000);
    expect(t.history).toHaveLength(3);
    for (const entry of t.history) expect(SessionHistoryEntrySchema.parse(entry)).toEqual(entry);
  });
});

describe('restart', () => {
  let t: EngineHarness;
  beforeEach(() => {
    t = setUpEngine();
    t.engine.start(routine);
  });

  it('first records what was done, then starts afresh with nothing counted', () => {
    t.clock.advance(30_000);
    expect(t.engine.restart()).toMatchObject({
      status: 'running',
      elapsedMs: 0,
      activeMs: 0,
      holdsDone: 0,
      stepsDone: 0,
    });
    expect(t.history).toEqual([
      expect.objectContaining({
        outcome: 'partly-done',
        reachedEnd: false,
        holdsDone: 1,
        activeMs: 30_000,
        startedAt: '2026-11-25T21:30:00.000Z',
        endedAt: '2026-11-25T21:30:30.000Z',
      }),
    ]);
    t.clock.advance(100_000);
    expect(t.history.at(-1)).toMatchObject({
      outcome: 'completed',
      activeMs: 100_000,
      startedAt: '2026-11-25T21:30:30.000Z',
    });
  });

  it('after the end starts again without recording the finished session twice', () => {
    t.clock.advance(100_000);
    expect(t.engine.restart()).toMatchObject({ status: 'running', elapsedMs: 0 });
    expect(t.history).toHaveLength(1);
    expect(t.awake.isOn).toBe(true);
  });

  it('of a paused routine starts it running from the beginning', () => {
    t.clock.advance(5_000);
    t.engine.pause();
    expect(t.engine.restart()).toMatchObject({ status: 'running', elapsedMs: 0 });
    expect(t.awake.isOn).toBe(true);
    expect(t.clock.pendingCount()).toBe(1);
  });
});

describe('a cue due at the instant of a control', () => {
  let t: EngineHarness;
  beforeEach(() => {
    t = setUpEngine();
    // Timers fire a little late, so the end of the first hold (22 s) is due but not yet sent.
    t.clock.latenessMs = 5;
    t.engine.start(routine);
    t.clock.advance(22_000);
  });

  it('is rung and credited before a pause takes effect', () => {
    expect(t.cues.some((c) => c.event.atMs === 22_000)).toBe(false);
    expect(t.engine.pause()).toMatchObject({ status: 'paused', elapsedMs: 22_000, holdsDone: 1 });
    expect(t.cues.at(-1)?.event).toMatchObject({ atMs: 22_000, sound: 'end' });
    t.engine.stop();
    expect(t.history[0]).toMatchObject({ holdsDone: 1, holdsSkipped: 0 });
  });

  it('is rung and credited before a stop', () => {
    t.engine.stop();
    expect(t.cues.at(-1)?.event).toMatchObject({ atMs: 22_000, sound: 'end' });
    expect(t.history[0]).toMatchObject({ holdsDone: 1, holdsSkipped: 0 });
  });

  it('is rung and credited before a skip, which then goes on from the rest', () => {
    expect(t.engine.skip()).toMatchObject({ elapsedMs: 27_000, holdsDone: 1 });
    expect(sounds(t.cues)).toContain('end');
  });
});
