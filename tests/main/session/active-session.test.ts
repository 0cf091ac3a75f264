import { describe, expect, it } from 'vitest';
import { findRoutine } from '../../../core/routines/built-in-routines';
import {
  backTargetMs,
  createActiveSession,
  historyEntryOf,
  moveTo,
  skipTargetMs,
  takeDueCues,
} from '../../../main/session/active-session';

// before-sleep-stretches at a 1-second pace: step 1 starts at 0, step 2 at 102 s.
const pace = { getReadySeconds: 1, nextSeconds: 1, switchSidesSeconds: 1 };
const fresh = () =>
  createActiveSession(findRoutine('before-sleep-stretches')!, pace, 0, Date.UTC(2026, 10, 25, 22));

describe('active session bookkeeping', () => {
  it('skips to the next step, or to the end from the last one', () => {
    const session = fresh();
    expect(session.stepStarts).toEqual([0, 102_000]);
    expect(skipTargetMs(session, 50_000)).toBe(102_000);
    expect(skipTargetMs(session, 150_000)).toBe(session.timeline.totalMs);
  });

  it('goes back to this step’s start, or the one before within the first three seconds', () => {
    const session = fresh();
    expect(backTargetMs(session, 120_000)).toBe(102_000);
    expect(backTargetMs(session, 103_000)).toBe(0);
    expect(backTargetMs(session, 1_000)).toBe(0);
  });

  it('credits a step only when one of its holds runs to the end', () => {
    const session = fresh();
    takeDueCues(session, 10_999);
    expect(session.stepsDone.size).toBe(0);
    takeDueCues(session, 11_000); // first hold ends at 11 s
    expect([...session.stepsDone]).toEqual([0]);
  });

  it('drops the end bell where a jump lands, and numbers events in order', () => {
    const session = fresh();
    moveTo(session, 102_000, 0);
    const [landing] = takeDueCues(session, 102_000);
    expect(landing?.kinds).not.toContain('segment-end');
    expect(landing?.seq).toBe(0);
    expect(session.stepsDone.size).toBe(0);
  });

  it('records the session for the journal', () => {
    const session = fresh();
    session.anchorElapsedMs = 30_000;
    expect(historyEntryOf(session, Date.UTC(2026, 10, 25, 22, 5))).toEqual({
      routineId: 'before-sleep-stretches',
      routineName: 'Before sleep: calf and hamstring stretches',
      startedAt: '2026-11-25T22:00:00.000Z',
      endedAt: '2026-11-25T22:05:00.000Z',
      isCompleted: false,
      activeMs: 30_000,
      stepsDone: 0,
      stepCount: 2,
    });
  });
});
