import type { SessionSnapshot } from './session-state';

/**
 * Everything about a snapshot except the passing seconds. Two snapshots of the same shape differ
 * only in time, so main sends a tick instead of the second, and the renderer keeps its view.
 * (Its own module, with no schema, so the renderer bundle does not take in zod for it.)
 */
export function snapshotShape(snapshot: SessionSnapshot): string {
  if (snapshot.status === 'idle') return 'idle';
  const paused = snapshot.status === 'paused' ? snapshot.pausedReason : '';
  return [
    snapshot.status,
    paused,
    snapshot.routineKey,
    snapshot.segment.index,
    snapshot.anchorSeq,
    snapshot.stepsDone,
    snapshot.holdsDone,
    snapshot.totalMs,
  ].join('|');
}

/**
 * The snapshot without its routine, for a window that already has it (the same `routineKey`):
 * the steps and their words are the bulk of a snapshot and do not change during a session.
 */
export function withoutRoutine(snapshot: SessionSnapshot): SessionSnapshot {
  if (snapshot.status === 'idle' || snapshot.routine === undefined) return snapshot;
  const rest = { ...snapshot };
  delete rest.routine;
  return rest;
}
