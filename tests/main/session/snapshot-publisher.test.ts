import { describe, expect, it } from 'vitest';
import type { SessionSnapshot } from '../../../core/session/session-state';
import { routine, setUpEngine } from './engine-harness';

const keyAndRoutine = (snapshot: SessionSnapshot | undefined) =>
  snapshot && snapshot.status !== 'idle'
    ? { key: snapshot.routineKey, hasRoutine: snapshot.routine !== undefined }
    : null;

describe('the snapshots main sends the window', () => {
  it('carry the routine with a session’s first snapshot only, then name it by its key', () => {
    const t = setUpEngine();
    t.engine.start(routine);
    // Get ready, the first hold, a rest, the second hold: a snapshot at each change.
    t.clock.advance(30_000);
    t.engine.pause();
    t.engine.skip();
    t.engine.resume();
    const sent = t.snapshots.map(keyAndRoutine);
    expect(sent.length).toBeGreaterThan(4);
    const key = sent[0]!.key;
    expect(sent[0]).toEqual({ key, hasRoutine: true });
    expect(sent.slice(1)).toEqual(sent.slice(1).map(() => ({ key, hasRoutine: false })));
  });

  it('send the routine again with a new key for a restart or a new start', () => {
    const t = setUpEngine();
    t.engine.start(routine);
    t.clock.advance(3_000);
    t.engine.restart();
    const afterRestart = t.snapshots.length;
    t.clock.advance(3_000);
    t.engine.stop();
    t.engine.start(routine);
    const sent = t.snapshots.map(keyAndRoutine);
    const [first, restarted, started] = [sent[0]!, sent[afterRestart - 1]!, sent.at(-1)!];
    expect(restarted).toMatchObject({ hasRoutine: true });
    expect(started).toMatchObject({ hasRoutine: true });
    expect(new Set([first.key, restarted.key, started.key]).size).toBe(3);
  });

  it('while the engine itself always answers with the routine (the tray and a reload use it)', () => {
    const t = setUpEngine();
    t.engine.start(routine);
    t.clock.advance(5_000);
    expect(t.engine.snapshot()).toMatchObject({ routine: { id: routine.id } });
  });
});
