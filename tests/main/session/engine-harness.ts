import { RoutineSchema, type Routine } from '../../../core/routines/routine-schema';
import type {
  CueEvent,
  SessionHistoryEntry,
  SessionSnapshot,
} from '../../../core/session/session-state';
import type { TimelineOptions } from '../../../core/session/timeline';
import {
  SessionEngine,
  type SessionHistorySink,
  type SessionLog,
  type SessionOutputs,
} from '../../../main/session/session-engine';
import { ManualClock } from '../../fakes/manual-clock';

const step = (id: string, fields: Record<string, unknown>) => ({
  id,
  kind: 'stretch',
  title: `Title ${id}`,
  instruction: 'Do it.',
  feel: 'Gentle.',
  minHoldSeconds: 1,
  maxHoldSeconds: 60,
  illustration: 'calf-wall-stretch',
  ...fields,
});

/** Two steps: one with sides, repetitions and rests (20 s holds, so halfway cues), one plain. */
export const routine: Routine = RoutineSchema.parse({
  id: 'test-routine',
  name: 'Test routine',
  description: 'For the engine tests.',
  steps: [
    step('sides', { holdSeconds: 20, sides: 'left-then-right', repetitions: 2, restSeconds: 5 }),
    step('plain', { holdSeconds: 4, sides: 'none', repetitions: 1, restSeconds: 0 }),
  ],
});
// Segments (s): ready 0-2 | L1 2-22 | rest 22-27 | L2 27-47 | switch 47-49 | R1 49-69 | rest 69-74 | R2 74-94 | next 94-96 | hold 96-100
export const options: TimelineOptions = {
  getReadySeconds: 2,
  nextSeconds: 2,
  switchSidesSeconds: 2,
};

/** What a test may replace in the engine's surroundings, to make one of them fail. */
export interface EngineOverrides {
  readonly outputs?: Partial<SessionOutputs>;
  readonly history?: SessionHistorySink;
}

/** An engine on a manual clock, with every output, history entry and logged error kept. */
export function setUpEngine(overrides: EngineOverrides = {}) {
  const clock = new ManualClock();
  const cues: { event: CueEvent; at: number }[] = [];
  const snapshots: SessionSnapshot[] = [];
  const ticks: { elapsedMs: number; at: number }[] = [];
  const history: SessionHistoryEntry[] = [];
  const errors: { message: string; cause: unknown }[] = [];
  const awake = { isOn: false, starts: 0 };
  const startedAt = clock.now();
  const log: SessionLog = { error: (message, cause) => errors.push({ message, cause }) };
  const engine = new SessionEngine(
    clock,
    {
      cue: (event) => cues.push({ event, at: clock.now() - startedAt }),
      snapshot: (snapshot) => snapshots.push(snapshot),
      tick: (tick) => ticks.push({ ...tick, at: clock.now() - startedAt }),
      ...overrides.outputs,
    },
    overrides.history ?? { record: (entry) => history.push(entry) },
    {
      start: () => {
        awake.isOn = true;
        awake.starts += 1;
      },
      stop: () => {
        awake.isOn = false;
      },
    },
    options,
    log,
  );
  return { clock, engine, cues, snapshots, ticks, history, errors, awake, startedAt };
}

export type EngineHarness = ReturnType<typeof setUpEngine>;

/** The sounds sent, in order, leaving out the silent cues. */
export const sounds = (cues: { event: CueEvent }[]) =>
  cues.map((c) => c.event.sound).filter(Boolean);

/** Lets more than the double-press window pass, so the next Skip counts as a fresh press. */
export const QUIET_MS = 5_000;
