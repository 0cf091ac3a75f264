import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Routine } from '../../../core/routines/routine-schema';
import {
  SessionHistoryEntrySchema,
  type SessionHistoryEntry,
} from '../../../core/session/session-state';
import type { TimelineOptions } from '../../../core/session/timeline';
import { SessionEngine, SessionRuleError } from '../../../main/session/session-engine';
import { ManualClock } from '../../fakes/manual-clock';
import { routineArbitrary, timelineOptionsArbitrary } from '../../fixtures/routine-arbitrary';

type Command =
  | { readonly kind: 'skip' | 'back' | 'pause' | 'resume' | 'restart' | 'stop' | 'start' }
  | { readonly kind: 'advance'; readonly ms: number };

const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  fc.constantFrom<Command>(
    { kind: 'skip' },
    { kind: 'back' },
    { kind: 'pause' },
    { kind: 'resume' },
    { kind: 'restart' },
    { kind: 'stop' },
    { kind: 'start' },
  ),
  fc.integer({ min: 0, max: 6_000 }).map((ms): Command => ({ kind: 'advance', ms })),
  fc.integer({ min: 0, max: 400_000 }).map((ms): Command => ({ kind: 'advance', ms })),
);

/** Plays commands against an engine, checking after each that a running routine has its timer. */
function play(
  routine: Routine,
  options: TimelineOptions,
  commands: readonly Command[],
  latenessMs: number,
) {
  const clock = new ManualClock();
  clock.latenessMs = latenessMs;
  const history: SessionHistoryEntry[] = [];
  const awake = { isOn: false };
  const engine = new SessionEngine(
    clock,
    { snapshot: () => {}, tick: () => {}, cue: () => {} },
    { record: (entry) => history.push(entry) },
    { start: () => (awake.isOn = true), stop: () => (awake.isOn = false) },
    options,
  );
  let advancedMs = 0;
  engine.start(routine);
  for (const command of commands) {
    try {
      if (command.kind === 'advance') {
        clock.advance(command.ms);
        advancedMs += command.ms;
      } else if (command.kind === 'start') engine.start(routine);
      else if (command.kind === 'pause') engine.pause();
      else engine[command.kind]();
    } catch (error) {
      // Refusals (no routine, already running, finished) are part of the rules, not failures.
      if (!(error instanceof SessionRuleError)) throw error;
    }
    const isRunning = engine.snapshot().status === 'running';
    expect(clock.pendingCount()).toBe(isRunning ? 1 : 0);
    expect(awake.isOn).toBe(isRunning);
  }
  engine.stop();
  return { history, advancedMs };
}

describe('the session engine under any sequence of controls (properties)', () => {
  it('writes honest, valid entries: counts within the holds, never completed with none done', () => {
    fc.assert(
      fc.property(
        routineArbitrary,
        timelineOptionsArbitrary,
        fc.array(commandArbitrary, { maxLength: 25 }),
        fc.integer({ min: 0, max: 5 }),
        (routine, options, commands, latenessMs) => {
          const { history, advancedMs } = play(routine, options, commands, latenessMs);
          expect(history.length).toBeGreaterThanOrEqual(1);
          let spentMs = 0;
          for (const entry of history) {
            expect(SessionHistoryEntrySchema.safeParse(entry).success).toBe(true);
            expect(entry.holdsDone + entry.holdsSkipped).toBeLessThanOrEqual(entry.holdCount);
            if (entry.holdsDone === 0) expect(entry.outcome).not.toBe('completed');
            if (entry.outcome === 'completed') expect(entry.reachedEnd).toBe(true);
            spentMs += entry.activeMs;
          }
          // Time spent is real running time: never more than the time that passed (the manual
          // clock's timers may finish their early wake up to 2 ms past an advance).
          expect(spentMs).toBeLessThanOrEqual(advancedMs + 2 * commands.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a routine only skipped through is never completed and counts no time', () => {
    fc.assert(
      fc.property(
        routineArbitrary,
        timelineOptionsArbitrary,
        fc.array(fc.integer({ min: 0, max: 6_000 }), { maxLength: 40 }),
        (routine, options, gaps) => {
          const clock = new ManualClock();
          const history: SessionHistoryEntry[] = [];
          const engine = new SessionEngine(
            clock,
            { snapshot: () => {}, tick: () => {}, cue: () => {} },
            { record: (entry) => history.push(entry) },
            { start: () => {}, stop: () => {} },
            options,
          );
          engine.start(routine);
          engine.pause(); // paused, so only the skips move it
          for (const gapMs of gaps) {
            if (engine.snapshot().status === 'completed') break;
            clock.advance(gapMs);
            engine.skip();
          }
          engine.stop();
          expect(history).toHaveLength(1);
          expect(history[0]).toMatchObject({ holdsDone: 0, activeMs: 0, outcome: 'stopped' });
        },
      ),
    );
  });
});
