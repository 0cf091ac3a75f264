import { formatMessage } from '../../core/i18n/format-message';
import { RuleError } from '../../core/rule-error';
import type { Routine } from '../../core/routines/routine-schema';
import type { SessionClock, TimerHandle } from '../../core/session/clock';
import type {
  CueEvent,
  PauseReason,
  SessionHistoryEntry,
  SessionSnapshot,
} from '../../core/session/session-state';
import type { TimelineOptions } from '../../core/session/timeline';
import {
  backTargetMs,
  createActiveSession,
  historyEntryOf,
  moveTo,
  nextInstantMs,
  skipTargetMs,
  snapshotOf,
  takeDueCues,
  type ActiveSession,
} from './active-session';

export { RuleError as SessionRuleError } from '../../core/rule-error';
export { BACK_GRACE_MS } from './active-session';

/** A timer that fires this much later than asked means the process was frozen (sleep, debugger). */
export const FROZEN_THRESHOLD_MS = 5_000;
/** Timers wake this much early, then wait out the rest, so cues land on time (not 1-2 ms late). */
export const EARLY_WAKE_MS = 2;

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

/**
 * The routine session engine. It owns the routine's clock in the main process.
 *
 * Timing is deadline based: every timer is set for an absolute instant computed from one anchor
 * (monotonic time at start/resume, plus the active time then), never by adding up intervals, so
 * error cannot accumulate. Each cue is sent at its instant; a snapshot is sent on every change and
 * once per whole second of active time. Controls that make no sense now throw a `RuleError`
 * whose message is for the user.
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
    return this.session
      ? snapshotOf(this.session, this.elapsedMs(this.session))
      : { status: 'idle' };
  }

  /** Starts a routine. Refused while another one is running or paused. */
  start(routine: Routine): SessionSnapshot {
    if (this.session && this.session.status !== 'completed') {
      throw new RuleError(formatMessage('session.error.alreadyRunning'));
    }
    this.session = createActiveSession(
      routine,
      this.timelineOptions,
      this.clock.now(),
      this.clock.wallNow(),
    );
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
    this.jumpTo(session, skipTargetMs(session, this.elapsedMs(session)));
    return this.snapshot();
  }

  /** Goes back to the start of this step, or to the step before when it has only just begun. */
  back(): SessionSnapshot {
    const session = this.requireActive();
    this.jumpTo(session, backTargetMs(session, this.elapsedMs(session)));
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
    const counted = this.frozenAt(session, elapsed) ?? elapsed;
    return Math.min(Math.max(counted, session.anchorElapsedMs), session.timeline.totalMs);
  }

  /** Where the routine froze, if the next instant is overdue by more than the threshold. */
  private frozenAt(session: ActiveSession, elapsedMs: number): number | null {
    const next = nextInstantMs(session);
    return next !== null && elapsedMs - next > FROZEN_THRESHOLD_MS ? next : null;
  }

  private freezeAt(session: ActiveSession, elapsedMs: number, reason: PauseReason): void {
    session.anchorElapsedMs = elapsedMs;
    session.status = 'paused';
    session.pausedReason = reason;
    this.clearTimer();
    this.keepAwake.stop();
  }

  private jumpTo(session: ActiveSession, targetMs: number): void {
    moveTo(session, targetMs, this.clock.now());
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
    for (const event of takeDueCues(session, elapsed)) this.outputs.cue(event);
    if (session.nextCueIndex >= session.cues.length) {
      this.complete(session);
      return;
    }
    session.lastReportedSecond = Math.floor(Math.min(elapsed, session.timeline.totalMs) / 1000);
    this.publish();
    this.schedule(session);
  }

  private schedule(session: ActiveSession): void {
    const next = nextInstantMs(session);
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
    this.history.record(historyEntryOf(session, this.clock.wallNow()));
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
