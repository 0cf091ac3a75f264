import type { Routine } from '../../core/routines/routine-schema';
import { planCues, soundFor, type Cue } from '../../core/session/cue-plan';
import type {
  ActiveSnapshot,
  CueEvent,
  PauseReason,
  SessionHistoryEntry,
} from '../../core/session/session-state';
import {
  buildTimeline,
  segmentAt,
  stepStartsMs,
  type Timeline,
  type TimelineOptions,
} from '../../core/session/timeline';

/** Within this much of a step's start, Back goes to the step before. */
export const BACK_GRACE_MS = 3_000;

/**
 * One routine in progress: its timeline, where it stands, and what has been sent. The engine owns
 * the clock and the timers; this module only keeps the books, so each rule here is plain logic.
 */
export interface ActiveSession {
  readonly routine: Routine;
  readonly timeline: Timeline;
  readonly cues: readonly Cue[];
  readonly stepStarts: readonly number[];
  startedAtWall: number;
  status: 'running' | 'paused' | 'completed';
  pausedReason: PauseReason;
  /** Active elapsed time at the anchor. */
  anchorElapsedMs: number;
  /** Monotonic time of the anchor (when running: the last start, resume or jump). */
  anchorMonotonicMs: number;
  /** Counts re-timings (resume, jump, restart) for the renderer's animations. */
  anchorSeq: number;
  nextCueIndex: number;
  /** The whole second of active time last reported. */
  lastReportedSecond: number;
  /** Steps with at least one hold that ran to its end. */
  readonly stepsDone: Set<number>;
  /** A jump lands here: the hold that ends at this instant was skipped, not finished. */
  jumpedToMs: number | null;
  /** The next cue event's number. */
  seq: number;
  isRecorded: boolean;
}

/** A session of `routine`, running from now. */
export function createActiveSession(
  routine: Routine,
  timelineOptions: TimelineOptions | undefined,
  monotonicNow: number,
  wallNow: number,
): ActiveSession {
  const timeline = buildTimeline(routine, timelineOptions);
  return {
    routine,
    timeline,
    cues: planCues(timeline),
    stepStarts: stepStartsMs(timeline),
    startedAtWall: wallNow,
    status: 'running',
    pausedReason: 'user',
    anchorElapsedMs: 0,
    anchorMonotonicMs: monotonicNow,
    anchorSeq: 0,
    nextCueIndex: 0,
    lastReportedSecond: 0,
    stepsDone: new Set(),
    jumpedToMs: null,
    seq: 0,
    isRecorded: false,
  };
}

/** The state as the renderer sees it, at `elapsedMs` of active time. */
export function snapshotOf(session: ActiveSession, elapsedMs: number): ActiveSnapshot {
  const segment = segmentAt(session.timeline, Math.min(elapsedMs, session.timeline.totalMs - 1))!;
  const common = {
    routine: session.routine,
    segment,
    segmentCount: session.timeline.segments.length,
    elapsedMs,
    totalMs: session.timeline.totalMs,
    stepsDone: session.stepsDone.size,
    anchorSeq: session.anchorSeq,
  };
  switch (session.status) {
    case 'running':
      return { status: 'running', ...common };
    case 'paused':
      return { status: 'paused', pausedReason: session.pausedReason, ...common };
    case 'completed':
      return { status: 'completed', ...common };
  }
}

/** The next instant the engine must wake for: the next cue or the next whole second. */
export function nextInstantMs(session: ActiveSession): number | null {
  const cue = session.cues[session.nextCueIndex];
  if (!cue) return null;
  return Math.min(cue.atMs, (session.lastReportedSecond + 1) * 1000);
}

/**
 * Takes every cue due by `elapsedMs`, in order, as the events to send. Where a jump landed, the
 * hold ending there was skipped: its end bell is dropped and the step is not credited.
 */
export function takeDueCues(session: ActiveSession, elapsedMs: number): CueEvent[] {
  const events: CueEvent[] = [];
  while (session.nextCueIndex < session.cues.length) {
    const cue = session.cues[session.nextCueIndex]!;
    if (cue.atMs > elapsedMs) break;
    session.nextCueIndex += 1;
    const wasSkipped = session.jumpedToMs === cue.atMs;
    session.jumpedToMs = null;
    const kinds = wasSkipped ? cue.kinds.filter((kind) => kind !== 'segment-end') : cue.kinds;
    if (kinds.includes('segment-end')) creditFinishedHold(session, cue.atMs);
    if (kinds.length === 0) continue;
    events.push({
      seq: session.seq++,
      atMs: cue.atMs,
      segmentIndex: cue.segmentIndex,
      kinds: [...kinds],
      sound: wasSkipped ? soundFor(kinds) : cue.sound,
    });
  }
  return events;
}

function creditFinishedHold(session: ActiveSession, endMs: number): void {
  const ended = session.timeline.segments.find(
    (segment) => segment.kind === 'hold' && segment.startMs + segment.durationMs === endMs,
  );
  if (ended) session.stepsDone.add(ended.stepIndex);
}

/** Moves the session's position to `targetMs` (cues from there on are still to come). */
export function moveTo(session: ActiveSession, targetMs: number, monotonicNow: number): void {
  session.anchorElapsedMs = targetMs;
  session.anchorMonotonicMs = monotonicNow;
  session.anchorSeq += 1;
  session.jumpedToMs = targetMs;
  const next = session.cues.findIndex((cue) => cue.atMs >= targetMs);
  session.nextCueIndex = next < 0 ? session.cues.length : next;
  session.lastReportedSecond = Math.floor(targetMs / 1000);
}

/** Where Skip goes: the next step's start, or the end on the last step. */
export function skipTargetMs(session: ActiveSession, elapsedMs: number): number {
  return session.stepStarts.find((start) => start > elapsedMs) ?? session.timeline.totalMs;
}

/** Where Back goes: this step's start, or the step before when this one has only just begun. */
export function backTargetMs(session: ActiveSession, elapsedMs: number): number {
  const starts = [...session.stepStarts].reverse();
  const current = starts.find((start) => start <= elapsedMs) ?? 0;
  if (elapsedMs - current >= BACK_GRACE_MS) return current;
  return starts.find((start) => start < current) ?? 0;
}

/** The journal's record of the session, ended at `wallNow`. */
export function historyEntryOf(session: ActiveSession, wallNow: number): SessionHistoryEntry {
  return {
    routineId: session.routine.id,
    routineName: session.routine.name,
    startedAt: new Date(session.startedAtWall).toISOString(),
    endedAt: new Date(wallNow).toISOString(),
    isCompleted: session.status === 'completed',
    activeMs: Math.round(session.anchorElapsedMs),
    stepsDone: session.stepsDone.size,
    stepCount: session.routine.steps.length,
  };
}
