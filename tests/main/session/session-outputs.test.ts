import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionEngine } from '../../../main/session/session-engine';
import { ManualClock } from '../../fakes/manual-clock';
import { options, routine, setUpEngine, sounds } from './engine-harness';

const boom = () => {
  throw new Error('Invalid payload');
};

describe('an outgoing message that fails', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a snapshot that cannot be sent is logged, and the routine runs on with its timer armed', () => {
    const t = setUpEngine({ outputs: { snapshot: boom } });
    expect(t.engine.start(routine)).toMatchObject({ status: 'running', elapsedMs: 0 });
    expect(t.clock.pendingCount()).toBe(1);
    expect(t.awake.isOn).toBe(true);
    t.clock.advance(100_000);
    expect(sounds(t.cues).at(-1)).toBe('complete');
    expect(t.engine.snapshot()).toMatchObject({ status: 'completed', holdsDone: 5 });
    expect(t.awake.isOn).toBe(false);
    expect(t.errors[0]).toMatchObject({
      cause: expect.objectContaining({ message: 'Invalid payload' }),
    });
  });

  it('a cue that cannot be sent is logged; the hold is still credited and the next cues still go out', () => {
    let isFirst = true;
    const sent: number[] = [];
    const t = setUpEngine({
      outputs: {
        cue: (event) => {
          if (event.sound === 'end' && isFirst) {
            isFirst = false;
            boom();
          }
          sent.push(event.atMs);
        },
      },
    });
    t.engine.start(routine);
    t.clock.advance(30_000);
    expect(t.errors).toHaveLength(1);
    expect(sent).toContain(27_000);
    expect(t.engine.snapshot()).toMatchObject({
      status: 'running',
      elapsedMs: 30_000,
      holdsDone: 1,
    });
    expect(t.clock.pendingCount()).toBe(1);
  });

  it('a history sink that fails does not keep the session from stopping', () => {
    const t = setUpEngine({ history: { record: boom } });
    t.engine.start(routine);
    t.clock.advance(5_000);
    expect(t.engine.stop()).toEqual({ status: 'idle' });
    expect(t.awake.isOn).toBe(false);
    expect(t.clock.pendingCount()).toBe(0);
    expect(t.errors).toHaveLength(1);
    expect(() => t.engine.start(routine)).not.toThrow();
  });

  it('logs to the console when no log is given', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const clock = new ManualClock();
    const engine = new SessionEngine(
      clock,
      { snapshot: boom, tick: () => {}, cue: () => {} },
      { record: () => {} },
      { start: () => {}, stop: () => {} },
      options,
    );
    engine.start(routine);
    expect(consoleError).toHaveBeenCalled();
    expect(clock.pendingCount()).toBe(1);
  });
});
