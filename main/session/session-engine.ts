import { formatMessage } from '../../core/i18n/format-message';
import { RuleError } from '../../core/rule-error';
import type { Routine } from '../../core/routines/routine-schema';
import type { SessionClock, TimerHandle } from '../../core/session/clock';
import { backTargetMs, nextHoldTargetMs, nextStepTargetMs } from '../../core/session/jump-targets';
import type { FullSessionSnapshot, PauseReason } from '../../core/session/session-state';
import type { TimelineOptions } from '../../core/session/timeline';
import {
  createActiveSession,
  historyEntryOf,
  moveTo,
  nextInstantMs,
  reanchor,
  snapshotOf,
  takeDueCues,
  type ActiveSession,
} from './active-session';
import {
  consoleLog,
  guardPorts,
  type DisplayKeepAwake,
  type GuardedPorts,
  type SessionHistorySink,
  type SessionLog,
  type SessionOutputs,
} from './session-ports';
import { elapsedMsAt, frozenAt, rawElapsedMs } from './elapsed-time';
import { SnapshotPublisher } from './snapshot-publisher';

export { RuleError as SessionRuleError } from '../../core/rule-error';
export { BACK_GRACE_MS } from '../../core/session/jump-targets';
export type {
  DisplayKeepAwake,
  SessionHistorySink,
  SessionLog,
  SessionOutputs,
} from './session-ports';

export { FROZEN_THRESHOLD_MS } from './elapsed-time';
/** Timers wake this much early, then wait out the rest, so cues land on time (not 1-2 ms late). */
export const EARLY_WAKE_MS = 2;

/**
 * The routine session engine. It owns the routine's clock in the main process.
 *
 * Timing is deadline based: every timer is set for an absolute instant computed from one anchor
 * (monotonic time at start/resume, plus the active time then), never by adding up intervals, so
 * error cannot accumulate. Each cue is sent at its instant; a snapshot is sent on every change, and
 * a small tick (the time only) on each whole second of active time between changes. Every control first sends the cues already due, so a hold
 * that ends at the instant of a pause, skip or stop is rung and credited. Outputs, history and
 * keep-awake are isolated: one that throws is logged and the routine carries on. Controls that
 * make no sense now throw a `RuleError` whose message is for the user.
 */
export class SessionEngine {
  private session: ActiveSession | null = null;
  private timer: TimerHandle | null = null;
  private readonly ports: GuardedPorts;
  private readonly publisher: SnapshotPublisher;
  /** Sessions started so far: each start gets a routine key of its own. */
  private started = 0;

  constructor(
    private readonly clock: SessionClock,
    outputs: SessionOutputs,
    history: SessionHistorySink,
    keepAwake: DisplayKeepAwake,
    private readonly timelineOptions?: TimelineOptions,
    log: SessionLog = consoleLog,
  ) {
    this.ports = guardPorts(outputs, history, keepAwake, log);
    this.publisher = new SnapshotPublisher(this.ports);
  }

  /** The current state, with its routine. */
  snapshot(): FullSessionSnapshot {
    return this.session
      ? snapshotOf(this.session, this.elapsedMs(this.session))
      : { status: 'idle' };
  }

  /** Starts a routine. Refused while another one is running or paused. */
  start(routine: Routine, anchorSeq = 0): FullSessionSnapshot {
    if (this.session && this.session.status !== 'completed') {
      throw new RuleError(formatMessage('session.error.alreadyRunning'));
    }
    this.started += 1;
    this.session = createActiveSession(
      routine,
      this.timelineOptions,
      this.clock.now(),
      this.clock.wallNow(),
      anchorSeq,
      `${this.started}:${routine.id}`,
    );
    this.ports.keepAwake();
    this.advance();
    return this.snapshot();
  }

  /** Pauses a running routine, keeping the time left; a cue due right now is sent first. */
  pause(reason: PauseReason = 'user'): FullSessionSnapshot {
    const session = this.requireSession();
    if (session.status !== 'running' || this.catchUp(session)) return this.snapshot();
    this.freezeAt(session, this.elapsedMs(session), reason);
    this.publish();
    return this.snapshot();
  }

  /** Resumes a paused routine where it stopped. */
  resume(): FullSessionSnapshot {
    const session = this.requireSession();
    if (session.status !== 'paused') return this.snapshot();
    reanchor(session, session.anchorElapsedMs, this.clock.now());
    session.status = 'running';
    session.anchorSeq += 1;
    this.ports.keepAwake();
    this.advance();
    return this.snapshot();
  }

  /**
   * Moves on one hold (see `nextHoldTargetMs`), however quickly it is pressed again: a step, or
   * the other leg, is never left out but by `nextStep`, which says so.
   */
  skip(): FullSessionSnapshot {
    const session = this.requireActive();
    if (this.catchUp(session)) return this.snapshot();
    const from = this.elapsedMs(session);
    this.jumpTo(session, from, nextHoldTargetMs(session.timeline, from));
    return this.snapshot();
  }

  /** Leaves the rest of this step (the other leg's holds too) for the next step, or the end. */
  nextStep(): FullSessionSnapshot {
    const session = this.requireActive();
    if (this.catchUp(session)) return this.snapshot();
    const from = this.elapsedMs(session);
    this.jumpTo(session, from, nextStepTargetMs(session.timeline, from));
    return this.snapshot();
  }

  /** Goes back to the start of this hold, or the one before when it has only just begun. */
  back(): FullSessionSnapshot {
    const session = this.requireActive();
    if (this.catchUp(session)) return this.snapshot();
    const from = this.elapsedMs(session);
    this.jumpTo(session, from, backTargetMs(session.timeline, from));
    return this.snapshot();
  }

  /** Records the session as it stands (unless already recorded), then starts it afresh. */
  restart(): FullSessionSnapshot {
    const session = this.requireSession();
    this.settle(session);
    this.clearTimer();
    this.session = null;
    // Counting on from the old session, the fresh start is never mistaken for the same moment.
    return this.start(session.routine, session.anchorSeq + 1);
  }

  /** Ends the session (recording it if it was not already) and goes idle. */
  stop(): FullSessionSnapshot {
    const session = this.session;
    if (!session) return this.snapshot();
    this.settle(session);
    this.clearTimer();
    this.ports.letSleep();
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

  private rawElapsedMs(session: ActiveSession): number {
    return rawElapsedMs(session, this.clock.now());
  }

  private elapsedMs(session: ActiveSession): number {
    return elapsedMsAt(session, this.clock.now());
  }

  /**
   * Sends the cues already due whose timer has not fired yet, so a control acts after them: a
   * hold ending at this very instant is rung and credited. Returns true when that finished the
   * routine. After a freeze nothing is sent: the overdue cues sound on resume, on time.
   */
  private catchUp(session: ActiveSession): boolean {
    if (session.status !== 'running') return false;
    const elapsed = this.rawElapsedMs(session);
    if (frozenAt(session, elapsed) !== null) return false;
    for (const event of takeDueCues(session, elapsed)) this.ports.cue(event);
    if (session.nextCueIndex < session.cues.length) return false;
    this.complete(session);
    return true;
  }

  /** Brings a session to rest before it ends or restarts: due cues sent, time banked, recorded. */
  private settle(session: ActiveSession): void {
    if (session.status === 'running' && !this.catchUp(session)) {
      this.freezeAt(session, this.elapsedMs(session), 'user');
    }
    this.record(session);
  }

  private freezeAt(session: ActiveSession, elapsedMs: number, reason: PauseReason): void {
    reanchor(session, elapsedMs, this.clock.now());
    session.status = 'paused';
    session.pausedReason = reason;
    this.clearTimer();
    this.ports.letSleep();
  }

  private jumpTo(session: ActiveSession, fromMs: number, targetMs: number): void {
    moveTo(session, fromMs, targetMs, this.clock.now());
    if (session.status === 'running') this.advance();
    // Skipped past the end while paused: the routine is over (quietly), not paused at its end.
    else if (targetMs >= session.timeline.totalMs) this.complete(session);
    else this.publish();
  }

  /** Sends every cue that is due, then sets the timer for the next instant, then the snapshot. */
  private advance(): void {
    const session = this.session;
    if (!session || session.status !== 'running') return;
    this.clearTimer();
    const elapsed = this.rawElapsedMs(session);
    const frozenAtMs = frozenAt(session, elapsed);
    if (frozenAtMs !== null) {
      // The process did not run for a while without a suspend event: pause where it froze,
      // rather than rushing through the cues it missed. They sound on resume, on time.
      this.freezeAt(session, frozenAtMs, 'interrupted');
      this.publish();
      return;
    }
    for (const event of takeDueCues(session, elapsed)) this.ports.cue(event);
    if (session.nextCueIndex >= session.cues.length) {
      this.complete(session);
      return;
    }
    session.lastReportedSecond = Math.floor(Math.min(elapsed, session.timeline.totalMs) / 1000);
    // The timer is armed before anything is sent: whatever a listener does, the routine goes on.
    this.schedule(session);
    this.publisher.publishOrTick(this.snapshot());
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
    reanchor(session, session.timeline.totalMs, this.clock.now());
    session.status = 'completed';
    this.clearTimer();
    this.ports.letSleep();
    this.record(session);
    this.publish();
  }

  private record(session: ActiveSession): void {
    if (session.isRecorded) return;
    session.isRecorded = true;
    this.ports.record(historyEntryOf(session, this.elapsedMs(session), this.clock.wallNow()));
  }

  private publish(): void {
    this.publisher.publish(this.snapshot());
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      this.clock.clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
