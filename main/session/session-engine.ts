import { RuleError } from '../../core/rule-error';
import type { Routine } from '../../core/routines/routine-schema';
import type { SessionClock, TimerHandle } from '../../core/session/clock';
import { planCues, soundFor, type Cue } from '../../core/session/cue-plan';
import type {
  ActiveSnapshot,
  CueEvent,
  PauseReason,
  SessionHistoryEntry,
  SessionSnapshot,
} from '../../core/session/session-state';
import {
  buildTimeline,
  segmentAt,
  stepStartsMs,
  type TimelineOptions,
  type Timeline,
} from '../../core/session/timeline';

/** A timer that fires this much later than asked means the process was frozen (sleep, debugger). */
export const FROZEN_THRESHOLD_MS = 5_000;
/** Timers wake this much early, then wait out the rest, so cues land on time (not 1-2 ms late). */
export const EARLY_WAKE_MS = 2;
/** Within this much of a step's start, Back goes to the step before. */
export const BACK_GRACE_MS = 3_000;

/** Where finished and stopped sessions go (the journal stores them). */
export interface SessionHistorySink {
  record(entry: SessionHistoryEntry): void;
}

/** Keeps the display awake while a routine runs. */
export interface DisplayKeepAwake {
  start(): void;
  stop(): void;
}

/** What the engine tells the outside world. */
export interface SessionOutputs {
  snapshot(snapshot: SessionSnapshot): void;
  cue(event: CueEvent): void;
}

/** Thrown for a control that makes no sense now; answered to the renderer as `not-allowed-now`. */
export { RuleError as SessionRuleError } from '../../core/rule-error';
import { formatMessage } from '../../core/i18n/format-message';

interface ActiveSession {
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
  nextCueIndex: number;
  /** The whole second of active time last reported. */
  lastReportedSecond: number;
  readonly stepsDone: Set<number>;
  /** A jump lands here: the hold that ends at this instant was skipped, not finished. */
  jumpedToMs: number | null;
  anchorSeq: number;
  seq: number;
  isRecorded: boolean;
}

/**
 * The routine session engine. It owns the routine's clock in the main process.
 *
 * Timing is deadline based: every timer is set for an absolute instant computed from one anchor
 * (monotonic time at start/resume, plus the active time then), never by adding up intervals, so
 * error cannot accumulate. Each cue is sent at its instant; a snapshot is sent on every change and
 * once per whole second of active time.
 */
export class SessionEngine {
  private session: ActiveSession | null = null;
  private timer: TimerHandle | null = null;

  constructor(
    private readonly clock: SessionClock,
    private readonly outputs: SessionOutputs,
    private readonly history: SessionHistorySink,
    private readonly keepAwake: DisplayKeepAwake,
    private readonly timelineOptions?: TimelineOptions,
  ) {}

  /** The current state. */
  snapshot(): SessionSnapshot {
    const session = this.session;
    if (!session) return { status: 'idle' };
    const elapsedMs = this.elapsedMs(session);
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
    const snapshots: Record<ActiveSession['status'], () => ActiveSnapshot> = {
      running: () => ({ status: 'running', ...common }),
      paused: () => ({ status: 'paused', pausedReason: session.pausedReason, ...common }),
      completed: () => ({ status: 'completed', ...common }),
    };
    return snapshots[session.status]();
  }

  /** Starts a routine. Refused while another one is running or paused. */
  start(routine: Routine): SessionSnapshot {
    if (this.session && this.session.status !== 'completed') {
      throw new RuleError(formatMessage('session.error.alreadyRunning'));
    }
    this.session = null;
    const timeline = buildTimeline(routine, this.timelineOptions);
    this.session = {
      routine,
      timeline,
      cues: planCues(timeline),
      stepStarts: stepStartsMs(timeline),
      startedAtWall: this.clock.wallNow(),
      status: 'running',
      pausedReason: 'user',
      anchorElapsedMs: 0,
      anchorMonotonicMs: this.clock.now(),
      nextCueIndex: 0,
      lastReportedSecond: 0,
      stepsDone: new Set(),
      jumpedToMs: null,
      anchorSeq: 0,
      seq: 0,
      isRecorded: false,
    };
    this.keepAwake.start();
    this.advance();
    return this.snapshot();
  }

  /** Pauses a running routine, keeping the time left. */
  pause(reason: PauseReason = 'user'): SessionSnapshot {
    const session = this.requireSession();
    if (session.status !== 'running') return this.snapshot();
    this.freezeAt(session, this.elapsedMs(session), reason);
    this.publish();
    return this.snapshot();
  }

  /** Resumes a paused routine where it stopped. */
  resume(): SessionSnapshot {
    const session = this.requireSession();
    if (session.status !== 'paused') return this.snapshot();
    session.status = 'running';
    session.anchorMonotonicMs = this.clock.now();
    session.anchorSeq += 1;
    this.keepAwake.start();
    this.advance();
    return this.snapshot();
  }

  /** Moves on to the start of the next step (on the last step: finishes the routine). */
  skip(): SessionSnapshot {
    const session = this.requireActive();
    const elapsed = this.elapsedMs(session);
    const next = session.stepStarts.find((start) => start > elapsed) ?? session.timeline.totalMs;
    this.jumpTo(session, next);
    return this.snapshot();
  }

  /** Goes back to the start of this step, or to the step before when it has only just begun. */
  back(): SessionSnapshot {
    const session = this.requireActive();
    const elapsed = this.elapsedMs(session);
    const current = [...session.stepStarts].reverse().find((start) => start <= elapsed) ?? 0;
    const target =
      elapsed - current < BACK_GRACE_MS
        ? ([...session.stepStarts].reverse().find((start) => start < current) ?? 0)
        : current;
    this.jumpTo(session, target);
    return this.snapshot();
  }

  /** Starts the same routine again from the beginning. */
  restart(): SessionSnapshot {
    const session = this.requireSession();
    if (session.status === 'completed') {
      this.session = null;
      return this.start(session.routine);
    }
    // Starting over: what was done before the restart no longer counts for this session.
    session.stepsDone.clear();
    session.startedAtWall = this.clock.wallNow();
    this.jumpTo(session, 0);
    return this.snapshot();
  }

  /** Ends the session (recording it if it was not already) and goes idle. */
  stop(): SessionSnapshot {
    const session = this.session;
    if (!session) return this.snapshot();
    if (session.status === 'running') this.freezeAt(session, this.elapsedMs(session), 'user');
    this.record(session);
    this.clearTimer();
    this.keepAwake.stop();
    this.session = null;
    this.publish();
    return this.snapshot();
  }

  /** The monotonic instant at which `atMs` of active time is (or was) due; for measurement. */
  dueInstantOf(atMs: number): number | null {
    const session = this.session;
    if (!session || session.status !== 'running') return null;
    return session.anchorMonotonicMs + (atMs - session.anchorElapsedMs);
  }

  private requireSession(): ActiveSession {
    if (!this.session) throw new RuleError(formatMessage('session.error.noRoutine'));
    return this.session;
  }

  private requireActive(): ActiveSession {
    const session = this.requireSession();
    if (session.status === 'completed')
      throw new RuleError(formatMessage('session.error.finished'));
    return session;
  }

  private elapsedMs(session: ActiveSession): number {
    if (session.status !== 'running') return session.anchorElapsedMs;
    const elapsed = session.anchorElapsedMs + (this.clock.now() - session.anchorMonotonicMs);
    // A frozen process has not really run on: count only up to where it froze.
    const frozenAt = this.frozenAt(session, elapsed);
    const counted = frozenAt ?? elapsed;
    return Math.min(Math.max(counted, session.anchorElapsedMs), session.timeline.totalMs);
  }

  /** Where the routine froze, if the next instant is overdue by more than the threshold. */
  private frozenAt(session: ActiveSession, elapsedMs: number): number | null {
    const nextInstant = this.nextInstantMs(session);
    return nextInstant !== null && elapsedMs - nextInstant > FROZEN_THRESHOLD_MS
      ? nextInstant
      : null;
  }

  private freezeAt(session: ActiveSession, elapsedMs: number, reason: PauseReason): void {
    session.anchorElapsedMs = elapsedMs;
    session.status = 'paused';
    session.pausedReason = reason;
    this.clearTimer();
    this.keepAwake.stop();
  }

  private jumpTo(session: ActiveSession, targetMs: number): void {
    session.anchorElapsedMs = targetMs;
    session.anchorMonotonicMs = this.clock.now();
    session.anchorSeq += 1;
    session.jumpedToMs = targetMs;
    session.nextCueIndex = session.cues.findIndex((cue) => cue.atMs >= targetMs);
    if (session.nextCueIndex < 0) session.nextCueIndex = session.cues.length;
    session.lastReportedSecond = Math.floor(targetMs / 1000);
    if (session.status === 'running') this.advance();
    else this.publish();
  }

  /** Sends every cue that is due, then the snapshot, then sets the timer for the next instant. */
  private advance(): void {
    const session = this.session;
    if (!session || session.status !== 'running') return;
    this.clearTimer();
    const elapsed = session.anchorElapsedMs + (this.clock.now() - session.anchorMonotonicMs);
    const frozenAt = this.frozenAt(session, elapsed);
    if (frozenAt !== null) {
      // The process did not run for a while without a suspend event: pause where it froze,
      // rather than rushing through the cues it missed. They sound on resume, on time.
      this.freezeAt(session, frozenAt, 'interrupted');
      this.publish();
      return;
    }
    this.fireCuesUpTo(session, elapsed);
    if (session.nextCueIndex >= session.cues.length) {
      this.complete(session);
      return;
    }
    session.lastReportedSecond = Math.floor(Math.min(elapsed, session.timeline.totalMs) / 1000);
    this.publish();
    this.schedule(session);
  }

  private fireCuesUpTo(session: ActiveSession, elapsedMs: number): void {
    while (session.nextCueIndex < session.cues.length) {
      const cue = session.cues[session.nextCueIndex]!;
      if (cue.atMs > elapsedMs) break;
      session.nextCueIndex += 1;
      // Where a jump lands, the hold that ends there was skipped: no end bell, no credit.
      const wasSkipped = session.jumpedToMs === cue.atMs;
      session.jumpedToMs = null;
      const kinds = wasSkipped ? cue.kinds.filter((kind) => kind !== 'segment-end') : cue.kinds;
      if (kinds.includes('segment-end')) this.creditFinishedHold(session, cue.atMs);
      if (kinds.length === 0) continue;
      this.outputs.cue({
        seq: session.seq++,
        atMs: cue.atMs,
        segmentIndex: cue.segmentIndex,
        kinds: [...kinds],
        sound: wasSkipped ? soundFor(kinds) : cue.sound,
      });
    }
  }

  private creditFinishedHold(session: ActiveSession, endMs: number): void {
    const ended = session.timeline.segments.find(
      (segment) => segment.kind === 'hold' && segment.startMs + segment.durationMs === endMs,
    );
    if (ended) session.stepsDone.add(ended.stepIndex);
  }

  private nextInstantMs(session: ActiveSession): number | null {
    const cue = session.cues[session.nextCueIndex];
    if (!cue) return null;
    const nextSecond = (session.lastReportedSecond + 1) * 1000;
    return Math.min(cue.atMs, nextSecond);
  }

  private schedule(session: ActiveSession): void {
    const next = this.nextInstantMs(session);
    if (next === null) return;
    const dueAt = session.anchorMonotonicMs + (next - session.anchorElapsedMs);
    const delay = Math.max(0, dueAt - EARLY_WAKE_MS - this.clock.now());
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      if (this.clock.now() < dueAt) this.clock.waitUntil(dueAt);
      this.advance();
    }, delay);
  }

  private complete(session: ActiveSession): void {
    session.anchorElapsedMs = session.timeline.totalMs;
    session.status = 'completed';
    this.clearTimer();
    this.keepAwake.stop();
    this.record(session);
    this.publish();
  }

  private record(session: ActiveSession): void {
    if (session.isRecorded) return;
    session.isRecorded = true;
    this.history.record({
      routineId: session.routine.id,
      routineName: session.routine.name,
      startedAt: new Date(session.startedAtWall).toISOString(),
      endedAt: new Date(this.clock.wallNow()).toISOString(),
      isCompleted: session.status === 'completed',
      activeMs: Math.round(session.anchorElapsedMs),
      stepsDone: session.stepsDone.size,
      stepCount: session.routine.steps.length,
    });
  }

  private publish(): void {
    this.outputs.snapshot(this.snapshot());
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      this.clock.clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
