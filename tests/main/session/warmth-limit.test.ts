import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_WARMTH_SECONDS_PER_LEG } from '../../../core/routines/heat-steps';
import type { Routine } from '../../../core/routines/routine-schema';
import { buildTimeline } from '../../../core/session/timeline';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings-defaults';
import { routineToRun } from '../../../main/session/routine-to-run';
import { fitRoutineArbitrary } from '../../fixtures/fit-routine-arbitrary';

/** The longest any warmth step holds on one leg as the routine runs, in seconds. */
function longestWarmthPerLeg(routine: Routine): number {
  const perLeg = new Map<string, number>();
  for (const segment of buildTimeline(routine).segments) {
    if (segment.kind !== 'hold' || routine.steps[segment.stepIndex]!.kind !== 'warmth') continue;
    const key = `${segment.stepIndex}:${segment.side ?? 'one'}`;
    perLeg.set(key, (perLeg.get(key) ?? 0) + segment.durationMs / 1000);
  }
  return Math.max(0, ...perLeg.values());
}

describe('the warmth limit, whatever path a routine comes by', () => {
  it('never runs warmth past 20 minutes on a leg: any routine, any length, any favoured leg', () => {
    fc.assert(
      fc.property(
        fitRoutineArbitrary(6),
        fc.option(fc.integer({ min: 3, max: 45 })),
        fc.constantFrom('left', 'right', null),
        (routine, minutes, favourSide) => {
          const settings = { ...DEFAULT_SETTINGS, reducedFeeling: 'no' as const, favourSide };
          const request = { routineId: routine.id, skipHeat: false, ...(minutes && { minutes }) };
          const running = routineToRun(request, settings, [routine]);
          expect(longestWarmthPerLeg(running)).toBeLessThanOrEqual(MAX_WARMTH_SECONDS_PER_LEG);
          // Shortened, never dropped: every step the user chose still runs.
          expect(running.steps.map((step) => step.id)).toEqual(
            minutes ? expect.any(Array) : routine.steps.map((step) => step.id),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
