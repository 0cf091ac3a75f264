import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RoutineSchema } from '../../../core/routines/routine-schema';
import { planCues, soundFor } from '../../../core/session/cue-plan';
import { buildTimeline } from '../../../core/session/timeline';
import { routineArbitrary, timelineOptionsArbitrary } from '../../fixtures/routine-arbitrary';

const routine = RoutineSchema.parse({
  id: 'two-sides',
  name: 'Two sides',
  description: 'A test routine.',
  steps: [
    {
      id: 'long-hold',
      kind: 'stretch',
      title: 'Long hold',
      instruction: 'Hold.',
      feel: 'Gentle.',
      holdSeconds: 20,
      minHoldSeconds: 10,
      maxHoldSeconds: 30,
      sides: 'left-then-right',
      repetitions: 2,
      restSeconds: 5,
      illustration: 'calf-wall-stretch',
    },
  ],
});

describe('planCues', () => {
  const timeline = buildTimeline(routine, {
    getReadySeconds: 4,
    nextSeconds: 4,
    switchSidesSeconds: 3,
  });
  const cues = planCues(timeline);
  const at = (ms: number) => cues.find((cue) => cue.atMs === ms);

  it('puts every cue at its exact instant', () => {
    // get ready 0-4 s; hold L1 4-24; rest 24-29; hold L2 29-49; switch 49-52; hold R1 52-72; rest 72-77; hold R2 77-97.
    expect(at(0)).toMatchObject({ kinds: ['segment-start'], sound: null });
    expect(at(4_000)).toMatchObject({ kinds: ['segment-start', 'hold-start'], sound: 'start' });
    expect(at(14_000)).toMatchObject({ kinds: ['halfway'], sound: 'halfway' });
    expect([21_000, 22_000, 23_000].map((ms) => at(ms)?.sound)).toEqual(['tick', 'tick', 'tick']);
    expect(at(24_000)).toMatchObject({ sound: 'end' });
    expect(at(24_000)?.kinds).toEqual(expect.arrayContaining(['segment-end', 'segment-start']));
    expect(at(49_000)).toMatchObject({ sound: 'switch' });
    expect(at(49_000)?.kinds).toEqual(expect.arrayContaining(['segment-end', 'switch-sides']));
    expect(at(97_000)).toMatchObject({ sound: 'complete' });
    expect(at(97_000)?.kinds).toEqual(expect.arrayContaining(['segment-end', 'routine-complete']));
    expect(cues.at(-1)?.atMs).toBe(timeline.totalMs);
  });

  it('gives no halfway cue to holds under 20 seconds', () => {
    const short = buildTimeline({
      ...routine,
      steps: [{ ...routine.steps[0]!, holdSeconds: 19, minHoldSeconds: 10 }],
    });
    expect(planCues(short).some((cue) => cue.kinds.includes('halfway'))).toBe(false);
  });

  it('never plays more than one sound per instant, and lists instants once, in order', () => {
    fc.assert(
      fc.property(routineArbitrary, timelineOptionsArbitrary, (random, options) => {
        const plan = planCues(buildTimeline(random, options));
        const instants = plan.map((cue) => cue.atMs);
        expect(instants).toEqual([...new Set(instants)].sort((a, b) => a - b));
        expect(plan.filter((cue) => cue.kinds.includes('routine-complete'))).toHaveLength(1);
        expect(plan.at(-1)?.sound).toBe('complete');
      }),
    );
  });

  it('chooses the most important sound when kinds share an instant', () => {
    expect(soundFor(['segment-end', 'routine-complete'])).toBe('complete');
    expect(soundFor(['segment-end', 'segment-start', 'hold-start'])).toBe('start');
    expect(soundFor(['segment-start'])).toBeNull();
  });
});
