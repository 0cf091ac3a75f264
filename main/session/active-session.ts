import type { Routine } from '../../core/routines/routine-schema';
import { planCues, soundFor, type Cue, type CueKind } from '../../core/session/cue-plan';
import { outcomeOf } from '../../core/session/session-outcome';
import type {
  ActiveSnapshot,
  CueEvent,
  PauseReason,
  SessionHistoryEntry,
} from '../../core/session/session-state';
import {
  buildTimeline,
  segmentAt,
  type Timeline,
  type TimelineOptions,
} from '../../core/session/timeline';
import {
  createBooks,
  creditHoldEndingAt,
  markJumpedOver,
  tallyOf,
  type SessionBooks,
} from './session-books';

/**
 * One routine in progress: its timeline, where it stands, and what has been sent. The engine owns
 * the clock and the timers; this module only keeps the books, so each rule here is plain logic.
 */
export interface ActiveSession {
  readonly routine: Routine;
  /** Names this session's routine for the window, which keeps the routine while it stays. */
  readonly routineKey: string;
  readonly timeline: Timeline;
  readonly cues: readonly Cue[];
  readonly books: SessionBooks;
  readonly startedAtWall: number;
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
  /** Carried on from a restarted session, so the renderer sees the new start as a change. */
  anchorSeq = 0,
  routineKey = routine.id,
): ActiveSession {
  const timeline = buildTimeline(routine, timelineOptions);
  return {
    routine,
    routineKey,
    timeline,
    cues: planCues(timeline),
    books: createBooks(timeline, routine.steps.length),
    startedAtWall: wallNow,
    status: 'running',
    pausedReason: 'user',
    anchorElapsedMs: 0,
    anchorMonotonicMs: monotonicNow,
    anchorSeq,
    nextCueIndex: 0,
    lastReportedSecond: 0,
    jumpedToMs: null,
    seq: 0,
    isRecorded: false,
  };
}

/** Time actually spent by `elapsedMs` of active time: banked time plus the run since the anchor. */
export function spentMsAt(session: ActiveSession, elapsedMs: number): number {
  const sinceAnchor = session.status === 'running' ? elapsedMs - session.anchorElapsedMs : 0;
  return session.books.spentMs + Math.max(0, sinceAnchor);
}

/**
 * Moves the anchor to `elapsedMs` of active time at `monotonicNow`, banking the running time
 * since the last anchor. Every change of status or position goes through here, so time spent is
 * the sum of the runs between anchors: paused time and jumped-over time never enter it.
 */
export function reanchor(session: ActiveSession, elapsedMs: number, monotonicNow: number): void {
  session.books.spentMs = spentMsAt(session, elapsedMs);
  session.anchorElapsedMs = elapsedMs;
  session.anchorMonotonicMs = monotonicNow;
}

/** The state as the renderer sees it, at `elapsedMs` of active time. */
export function snapshotOf(session: ActiveSession, elapsedMs: number): ActiveSnapshot {
  const segment = segmentAt(session.timeline, Math.min(elapsedMs, session.timeline.totalMs - 1))!;
  const tally = tallyOf(session.books);
  const common = {
    routineKey: session.routineKey,
    routine: session.routine,
    segment,
    segmentCount: session.timeline.segments.length,
    elapsedMs,
    totalMs: session.timeline.totalMs,
    activeMs: spentMsAt(session, elapsedMs),
    holdsDone: tally.holdsDone,
    holdCount: tally.holdCount,
    stepsDone: tally.stepsCompleted,
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
 * Takes every cue due by `elapsedMs`, in order, as the events to send, crediting each hold whose
 * end is taken. Where a jump landed, the hold ending there was skipped: its end bell is dropped
 * and it is not credited.
 */
export function takeDueCues(session: ActiveSession, elapsedMs: number): CueEvent[] {
  const events: CueEvent[] = [];
  while (session.nextCueIndex < session.cues.length) {
    const cue = session.cues[session.nextCueIndex]!;
    if (cue.atMs > elapsedMs) break;
    session.nextCueIndex += 1;
    const wasSkipped = session.jumpedToMs === cue.atMs;
    session.jumpedToMs = null;
    const kinds = wasSkipped ? landingKinds(session, cue.kinds) : cue.kinds;
    if (kinds.includes('segment-end')) creditHoldEndingAt(session.books, cue.atMs);
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

/**
 * What still sounds where a jump lands: never the end bell of the hold it cut short, and the
 * routine's closing chimes only if, skipped to the end, the routine was nonetheless done.
 */
function landingKinds(session: ActiveSession, kinds: readonly CueKind[]): CueKind[] {
  const { holdsDone, holdCount } = tallyOf(session.books);
  const isDone = outcomeOf({ holdsDone, holdCount, reachedEnd: true }) === 'completed';
  return kinds.filter((kind) => kind !== 'segment-end' && (kind !== 'routine-complete' || isDone));
}

/**
 * Moves the session from `fromMs` to `targetMs` (cues from there on are still to come). Holds a
 * forward jump cuts short or passes over are booked as skipped; a jump back skips nothing.
 */
export function moveTo(
  session: ActiveSession,
  fromMs: number,
  targetMs: number,
  monotonicNow: number,
): void {
  reanchor(session, fromMs, monotonicNow);
  if (targetMs > fromMs) markJumpedOver(session.books, fromMs, targetMs);
  session.anchorElapsedMs = targetMs;
  session.anchorSeq += 1;
  session.jumpedToMs = targetMs;
  const next = session.cues.findIndex((cue) => cue.atMs >= targetMs);
  session.nextCueIndex = next < 0 ? session.cues.length : next;
  session.lastReportedSecond = Math.floor(targetMs / 1000);
}

/** The journal's record of the session, ended at `wallNow` after `elapsedMs` of active time. */
export function historyEntryOf(
  session: ActiveSession,
  elapsedMs: number,
  wallNow: number,
): SessionHistoryEntry {
  const tally = tallyOf(session.books);
  const reachedEnd = session.status === 'completed';
  return {
    routineId: session.routine.id,
    routineName: session.routine.name,
    startedAt: new Date(session.startedAtWall).toISOString(),
    endedAt: new Date(wallNow).toISOString(),
    outcome: outcomeOf({ holdsDone: tally.holdsDone, holdCount: tally.holdCount, reachedEnd }),
    reachedEnd,
    activeMs: Math.round(spentMsAt(session, elapsedMs)),
    holdsDone: tally.holdsDone,
    holdsSkipped: tally.holdsSkipped,
    holdCount: tally.holdCount,
    stepsCompleted: tally.stepsCompleted,
    stepCount: session.routine.steps.length,
    plannedSeconds: Math.round(session.timeline.totalMs / 1000),
  };
}
