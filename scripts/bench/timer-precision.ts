import { performance } from 'node:perf_hooks';
import { RoutineSchema, type Routine } from '../../core/routines/routine-schema';
import { planCues } from '../../core/session/cue-plan';
import { buildTimeline, type TimelineOptions } from '../../core/session/timeline';
import { SessionEngine } from '../../main/session/session-engine';
import { systemClock } from '../../main/session/system-clock';
import { printTable, quantile } from './stats';

const PACE: TimelineOptions = { getReadySeconds: 1, nextSeconds: 1, switchSidesSeconds: 1 };

/** A routine of 1- and 2-second segments lasting at least `seconds`. */
export function benchRoutine(seconds: number): Routine {
  const steps = [];
  for (let index = 0; ; index += 1) {
    steps.push({
      id: `step-${index}`,
      kind: 'stretch',
      title: `Step ${index}`,
      instruction: 'Stretch.',
      feel: 'Gentle.',
      holdSeconds: index % 2 === 0 ? 2 : 1,
      minHoldSeconds: 1,
      maxHoldSeconds: 5,
      sides: 'left-then-right',
      repetitions: 2,
      restSeconds: 1,
      illustration: 'calf-wall-stretch',
    });
    const routine = RoutineSchema.parse({
      id: 'bench',
      name: 'Bench',
      description: 'Bench.',
      steps,
    });
    if (buildTimeline(routine, PACE).totalMs >= seconds * 1000) return routine;
  }
}

interface RunResult {
  latenessMs: number[];
  endDriftMs: number;
}

/** The engine on the real clock: lateness of every cue against its deadline. */
function runEngine(routine: Routine): Promise<RunResult> {
  return new Promise((resolve) => {
    const latenessMs: number[] = [];
    let startedAt = 0;
    const engine = new SessionEngine(
      systemClock,
      {
        cue: (cue) => {
          const lateness = performance.now() - (startedAt + cue.atMs);
          latenessMs.push(lateness);
          if (cue.kinds.includes('routine-complete')) resolve({ latenessMs, endDriftMs: lateness });
        },
        snapshot: () => {},
        tick: () => {},
      },
      { record: () => {} },
      { start: () => {}, stop: () => {} },
      PACE,
    );
    startedAt = performance.now();
    engine.start(routine);
  });
}

/**
 * The naive baseline: a one-second `setInterval` counting down, as many timer apps do. Each cue
 * fires on the tick that reaches its second, so every late tick pushes the rest later.
 */
function runNaiveInterval(routine: Routine): Promise<RunResult> {
  const cueSeconds = planCues(buildTimeline(routine, PACE)).map((cue) => cue.atMs / 1000);
  return new Promise((resolve) => {
    const latenessMs: number[] = [];
    const startedAt = performance.now();
    let secondsPassed = 0;
    let next = 0;
    const fire = () => {
      while (next < cueSeconds.length && cueSeconds[next]! <= secondsPassed) {
        latenessMs.push(performance.now() - (startedAt + cueSeconds[next]! * 1000));
        next += 1;
      }
    };
    fire();
    const interval = setInterval(() => {
      // The main process also does other work; here, a little of it on each tick.
      const busyUntil = performance.now() + 2;
      while (performance.now() < busyUntil) {
        /* busy */
      }
      secondsPassed += 1;
      fire();
      if (next >= cueSeconds.length) {
        clearInterval(interval);
        resolve({ latenessMs, endDriftMs: latenessMs.at(-1) ?? Number.NaN });
      }
    }, 1000);
  });
}

const ms = (value: number) => value.toFixed(2);

/** Runs both for the same routine at the same time, in this process, and prints them side by side. */
export async function benchTimerPrecision(
  seconds = Number(process.env['BENCH_TIMER_SECONDS'] ?? 60),
): Promise<void> {
  const routine = benchRoutine(seconds);
  const totalSeconds = buildTimeline(routine, PACE).totalMs / 1000;
  console.log(`\n== Timer precision: a ${totalSeconds} s routine of 1-2 s segments, real clock ==`);
  const [engine, naive] = await Promise.all([runEngine(routine), runNaiveInterval(routine)]);
  printTable(
    ['cue lateness (ms)', 'session engine', 'naive setInterval'],
    [
      ['cues', String(engine.latenessMs.length), String(naive.latenessMs.length)],
      ['p50', ms(quantile(engine.latenessMs, 0.5)), ms(quantile(naive.latenessMs, 0.5))],
      ['p99', ms(quantile(engine.latenessMs, 0.99)), ms(quantile(naive.latenessMs, 0.99))],
      ['max', ms(Math.max(...engine.latenessMs)), ms(Math.max(...naive.latenessMs))],
      ['drift at end', ms(engine.endDriftMs), ms(naive.endDriftMs)],
    ],
  );
  console.log('goal: engine p99 <= 5 ms, end drift <= 2 ms');
}
