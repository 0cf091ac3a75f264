import { describe, expect, it } from 'vitest';
import { findRoutine } from '../../../core/routines/built-in-routines';
import { SessionHistoryEntrySchema } from '../../../core/session/session-state';
import {
  createActiveSession,
  historyEntryOf,
  moveTo,
  reanchor,
  snapshotOf,
  spentMsAt,
  takeDueCues,
} from '../../../main/session/active-session';

// before-sleep-stretches at a 1-second pace (s): ready 0-1 | L1 1-11 | rest 11-21 | L2 21-31 | ...
// 12 holds over two steps; step 2 starts at 102 s.
const pace = { getReadySeconds: 1, nextSeconds: 1, switchSidesSeconds: 1 };
const fresh = () =>
  createActiveSession(findRoutine('before-sleep-stretches')!, pace, 0, Date.UTC(2026, 10, 25, 22));

/** The routine's length at this pace: its timeline's end. */
const PLANNED = Math.round(fresh().timeline.totalMs / 1000);

describe('active session bookkeeping', () => {
  it('credits a hold only when it runs to its end', () => {
    const session = fresh();
    takeDueCues(session, 10_999);
    expect(snapshotOf(session, 10_999)).toMatchObject({ holdsDone: 0, holdCount: 12 });
    takeDueCues(session, 11_000); // first hold ends at 11 s
    expect(snapshotOf(session, 11_000)).toMatchObject({ holdsDone: 1, stepsDone: 0 });
  });

  it('drops the end bell where a jump lands, books the hold it cut short, and numbers events', () => {
    const session = fresh();
    takeDueCues(session, 5_000);
    const sent = session.seq;
    moveTo(session, 5_000, 11_000, 5_000);
    const [landing] = takeDueCues(session, 11_000);
    expect(landing?.kinds).not.toContain('segment-end');
    expect(landing?.seq).toBe(sent);
    expect(session.books.skipped.size).toBe(1);
    expect(session.books.done.size).toBe(0);
  });

  it('books every hold a long jump passes over, and none on a jump back', () => {
    const session = fresh();
    moveTo(session, 0, 102_000, 0); // the whole first step: six holds
    expect(session.books.skipped.size).toBe(6);
    moveTo(session, 102_000, 1_000, 0);
    expect(session.books.skipped.size).toBe(6);
  });

  it('a hold done after it was skipped counts as done, not skipped', () => {
    const session = fresh();
    moveTo(session, 2_000, 11_000, 2_000); // cut the first hold short
    moveTo(session, 11_000, 1_000, 2_000); // back to it
    takeDueCues(session, 11_000);
    expect(session.books.done.size).toBe(1);
    expect(session.books.skipped.size).toBe(0);
  });

  it('counts spent time run by run: a pause and a jump add nothing', () => {
    const session = fresh();
    expect(spentMsAt(session, 4_000)).toBe(4_000);
    reanchor(session, 4_000, 4_000);
    session.status = 'paused';
    expect(spentMsAt(session, 4_000)).toBe(4_000);
    session.status = 'running';
    moveTo(session, 4_000, 60_000, 9_000);
    expect(spentMsAt(session, 61_000)).toBe(5_000);
  });

  it('records the session for the journal, as its schema wants it', () => {
    const session = fresh();
    takeDueCues(session, 30_000);
    reanchor(session, 30_000, 30_000);
    session.status = 'paused';
    const entry = historyEntryOf(session, 30_000, Date.UTC(2026, 10, 25, 22, 5));
    expect(entry).toEqual({
      routineId: 'before-sleep-stretches',
      routineName: 'Before sleep: calf and hamstring stretches',
      startedAt: '2026-11-25T22:00:00.000Z',
      endedAt: '2026-11-25T22:05:00.000Z',
      outcome: 'partly-done',
      reachedEnd: false,
      activeMs: 30_000,
      holdsDone: 1,
      holdsSkipped: 0,
      holdCount: 12,
      stepsCompleted: 0,
      stepCount: 2,
      plannedSeconds: PLANNED,
    });
    expect(SessionHistoryEntrySchema.parse(entry)).toEqual(entry);
  });
});
