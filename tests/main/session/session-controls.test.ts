import { beforeEach, describe, expect, it } from 'vitest';
import { setUpEngine, routine, sounds, type EngineHarness } from './engine-harness';

// Segments (s): ready 0-2 | L1 2-22 | rest 22-27 | L2 27-47 | switch 47-49 | R1 49-69 | rest 69-74 | R2 74-94 | next 94-96 | hold 96-100

describe('Skip', () => {
  let t: EngineHarness;
  beforeEach(() => {
    t = setUpEngine();
    t.engine.start(routine);
  });

  it('moves on one hold at a time, landing where the user gets ready for the next one', () => {
    t.clock.advance(10_000); // in the first left hold
    expect(t.engine.skip()).toMatchObject({
      elapsedMs: 22_000,
      segment: { kind: 'rest', stepIndex: 0 },
    });
    t.clock.advance(4_500); // in the rest, long after the first press
    expect(t.engine.skip()).toMatchObject({
      elapsedMs: 27_000,
      segment: { kind: 'hold', side: 'left', repetition: 2 },
    });
    expect(sounds(t.cues).at(-1)).toBe('start');
    t.clock.advance(5_000); // in the second left hold
    expect(t.engine.skip()).toMatchObject({
      elapsedMs: 47_000,
      segment: { kind: 'switch-sides', side: 'right' },
    });
    expect(sounds(t.cues).at(-1)).toBe('switch');
  });

  it('pressed again at once, still moves one hold on: a Skip never leaves out the other leg', () => {
    t.clock.advance(30_000); // the second left hold (27-47 s)
    t.engine.skip(); // to the switch of legs
    t.clock.advance(300);
    expect(t.engine.skip()).toMatchObject({
      elapsedMs: 49_000,
      segment: { kind: 'hold', side: 'right', repetition: 1 },
    });
    t.clock.advance(300);
    expect(t.engine.skip()).toMatchObject({ elapsedMs: 69_000, segment: { kind: 'rest' } });
  });

  it('“Next stretch” leaves the rest of the step, the other leg too, for the next step’s lead-in', () => {
    t.clock.advance(10_000); // the first left hold
    expect(t.engine.nextStep()).toMatchObject({
      elapsedMs: 94_000,
      segment: { kind: 'next', stepIndex: 1 },
    });
    t.clock.advance(500);
    // From the last step: the end.
    expect(t.engine.nextStep()).toMatchObject({ status: 'completed', holdsDone: 0 });
    expect(sounds(t.cues)).not.toContain('complete');
  });

  it('skipped to the end with holds left undone, ends without the complete chime', () => {
    t.clock.advance(10_000);
    t.engine.nextStep(); // the rest of step 1, to step 2's lead-in at 94 s
    t.clock.advance(4_000); // 98 s, in the last hold
    expect(t.engine.skip()).toMatchObject({ status: 'completed', holdsDone: 0 });
    expect(sounds(t.cues)).not.toContain('complete');
  });

  it('lands without the end bell of the hold it cut short, and plays nothing it jumped over', () => {
    t.clock.advance(3_000);
    t.engine.skip();
    const landing = t.cues.at(-1)!.event;
    expect(landing.atMs).toBe(22_000);
    expect(landing.kinds).not.toContain('segment-end');
    expect(landing.sound).toBeNull();
    t.clock.advance(1_000);
    expect(t.cues.some((c) => c.event.atMs > 3_000 && c.event.atMs < 22_000)).toBe(false);
  });

  it('moves a paused routine too, which stays paused', () => {
    t.clock.advance(10_000);
    t.engine.pause();
    expect(t.engine.skip()).toMatchObject({ status: 'paused', elapsedMs: 22_000 });
    expect(t.clock.pendingCount()).toBe(0);
  });

  it('skipped past the last step while paused, ends the routine quietly and records it once', () => {
    t.clock.advance(97_000);
    t.engine.pause();
    expect(t.engine.skip()).toMatchObject({ status: 'completed' });
    expect(t.history).toHaveLength(1);
    expect(t.history[0]).toMatchObject({ reachedEnd: true });
    expect(sounds(t.cues)).not.toContain('complete');
    expect(t.awake.isOn).toBe(false);
    t.engine.stop();
    expect(t.history).toHaveLength(1);
  });
});

describe('Back', () => {
  let t: EngineHarness;
  beforeEach(() => {
    t = setUpEngine();
    t.engine.start(routine);
  });

  it('returns to the start of the hold in progress, with its bell', () => {
    t.clock.advance(10_000);
    expect(t.engine.back()).toMatchObject({
      elapsedMs: 2_000,
      segment: { kind: 'hold', side: 'left', repetition: 1 },
    });
    expect(sounds(t.cues).at(-1)).toBe('start');
  });

  it('in a hold’s first three seconds, goes to the hold before, in this step or the one before', () => {
    t.clock.advance(28_000); // 1 s into the second left hold
    expect(t.engine.back()).toMatchObject({ elapsedMs: 2_000 });
    expect(t.engine.back()).toMatchObject({ elapsedMs: 0, segment: { kind: 'get-ready' } });
    t.clock.advance(97_000); // 1 s into the last step's hold
    expect(t.engine.back()).toMatchObject({
      elapsedMs: 74_000,
      segment: { kind: 'hold', stepIndex: 0, side: 'right', repetition: 2 },
    });
  });

  it('from a rest, a switch or the next step’s lead-in, goes to the start of the hold before it', () => {
    t.clock.advance(24_000); // rest
    expect(t.engine.back()).toMatchObject({ elapsedMs: 2_000 });
    t.clock.advance(46_000); // switch, at 48 s
    expect(t.engine.back()).toMatchObject({ elapsedMs: 27_000 });
    t.clock.advance(68_000); // the next step's lead-in, at 95 s
    expect(t.engine.back()).toMatchObject({ elapsedMs: 74_000 });
    expect(t.engine.snapshot().status).toBe('running');
  });
});

describe('Restart', () => {
  it('is sent as a change even in the first seconds, so the page shows and says it afresh', () => {
    const t = setUpEngine();
    t.engine.start(routine);
    t.clock.advance(1_000);
    t.snapshots.length = 0;
    t.ticks.length = 0;
    t.engine.restart();
    expect(t.ticks).toEqual([]);
    expect(t.snapshots).toHaveLength(1);
    expect(t.snapshots[0]).toMatchObject({ status: 'running', elapsedMs: 0, anchorSeq: 1 });
  });
});
