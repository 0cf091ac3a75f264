import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideHeat } from '../../../core/routines/heat-rule';
import { findRoutine } from '../../../core/routines/built-in-routines';
import { ReducedFeelingSchema } from '../../../core/settings/settings-schema';

const warm = findRoutine('warm-compress')!;
const windDown = findRoutine('full-wind-down')!;
const stretches = findRoutine('before-sleep-stretches')!;

describe('the heat rule', () => {
  it('runs a routine without warmth as it is, whatever the answer', () => {
    for (const answer of ReducedFeelingSchema.options) {
      expect(decideHeat(stretches, answer, false)).toEqual({
        kind: 'run',
        routine: stretches,
        isHeatLeftOut: false,
      });
    }
  });

  it('asks the question first when warmth would run and it is unanswered', () => {
    expect(decideHeat(windDown, 'unknown', false)).toEqual({ kind: 'ask-first' });
  });

  it('keeps warmth only for normal feeling', () => {
    expect(decideHeat(windDown, 'no', false)).toMatchObject({ kind: 'run', isHeatLeftOut: false });
    const withoutHeat = decideHeat(windDown, 'yes', false);
    expect(withoutHeat).toMatchObject({ kind: 'run', isHeatLeftOut: true });
    if (withoutHeat.kind === 'run')
      expect(withoutHeat.routine.steps.some((step) => step.isHeat)).toBe(false);
  });

  it('has nothing to run when a routine is only warmth and warmth is left out', () => {
    expect(decideHeat(warm, 'yes', false)).toEqual({ kind: 'nothing-left' });
    expect(decideHeat(warm, 'unknown', true)).toEqual({ kind: 'nothing-left' });
  });

  it('never lets a heat step run for someone with reduced feeling or who asked to skip it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(warm, windDown, stretches, findRoutine('cramp-now')!),
        fc.constantFrom(...ReducedFeelingSchema.options),
        fc.boolean(),
        (routine, answer, skipHeat) => {
          const decision = decideHeat(routine, answer, skipHeat);
          if (decision.kind !== 'run') return;
          const runsHeat = decision.routine.steps.some((step) => step.isHeat);
          if (answer !== 'no' || skipHeat) expect(runsHeat).toBe(false);
        },
      ),
    );
  });
});
