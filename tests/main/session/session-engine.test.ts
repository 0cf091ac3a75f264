import { beforeEach, describe, expect, it } from 'vitest';
import { SessionRuleError } from '../../../main/session/session-engine';
import { routine, setUpEngine, sounds } from './engine-harness';

describe('SessionEngine', () => {
  let t: ReturnType<typeof setUpEngine>;
  beforeEach(() => {
    t = setUpEngine();
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

  it('sends a snapshot on every change and only a tick on the whole seconds between', () => {
    t.engine.start(routine);
    t.snapshots.length = 0;
    t.clock.advance(5_000);
    // 2 s: the first hold starts (a change); 1, 3, 4, 5 s: only the time moved.
    expect(t.snapshots.map((s) => (s.status === 'running' ? s.elapsedMs : -1))).toEqual([2_000]);
    expect(t.ticks.map((tick) => tick.elapsedMs)).toEqual([1_000, 3_000, 4_000, 5_000]);
    expect(t.ticks.map((tick) => tick.at)).toEqual([1_000, 3_000, 4_000, 5_000]);
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

  it('leaves no timer behind when stopped', () => {
    t.engine.start(routine);
    t.clock.advance(1_500);
    t.engine.stop();
    expect(t.clock.pendingCount()).toBe(0);
  });
});
