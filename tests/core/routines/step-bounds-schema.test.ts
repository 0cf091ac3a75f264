import { describe, expect, it } from 'vitest';
import { builtInRoutines, findRoutine } from '../../../core/routines/built-in-routines';
import { StepSchema } from '../../../core/routines/routine-schema';

const step = findRoutine('before-sleep-stretches')!.steps[0]!;
const valid = (fields: Record<string, unknown>) =>
  StepSchema.safeParse({ ...step, ...fields }).success;

describe('StepSchema: rest and repetition bounds, favour', () => {
  it('keeps existing steps valid and unchanged: the new fields are optional, with no defaults', () => {
    for (const routine of builtInRoutines) {
      for (const each of routine.steps) {
        expect(StepSchema.parse(each)).toEqual(each);
        expect(each).not.toHaveProperty('favour');
        // A step written before the bounds existed is still valid, and stays as it was.
        const { minRestSeconds, maxRestSeconds, maxRepetitions, ...older } = each;
        void [minRestSeconds, maxRestSeconds, maxRepetitions];
        expect(StepSchema.parse(older)).toEqual(older);
      }
    }
  });

  it('needs the rest between its bounds', () => {
    expect(valid({ minRestSeconds: 5, maxRestSeconds: 20 })).toBe(true);
    expect(valid({ minRestSeconds: 10 })).toBe(true);
    expect(valid({ minRestSeconds: 11 })).toBe(false);
    expect(valid({ maxRestSeconds: 9 })).toBe(false);
    expect(valid({ maxRestSeconds: 601 })).toBe(false);
    expect(valid({ minRestSeconds: -1 })).toBe(false);
  });

  it('needs the repetitions between their bounds', () => {
    expect(valid({ minRepetitions: 2, maxRepetitions: 6 })).toBe(true);
    expect(valid({ maxRepetitions: 3 })).toBe(true);
    expect(valid({ minRepetitions: 4 })).toBe(false);
    expect(valid({ maxRepetitions: 2 })).toBe(false);
    expect(valid({ maxRepetitions: 21 })).toBe(false);
    expect(valid({ minRepetitions: 0 })).toBe(false);
  });

  it('allows a favour only on a step worked one side at a time, within its bounds', () => {
    const favour = { side: 'left', extraHoldSeconds: 5, extraRepetitions: 0 };
    expect(valid({ favour })).toBe(true);
    expect(valid({ favour: { ...favour, extraHoldSeconds: 0, extraRepetitions: 0 } })).toBe(true);
    expect(valid({ favour, sides: 'none' })).toBe(false);
    expect(valid({ favour: { ...favour, side: 'both' } })).toBe(false);
    expect(valid({ favour: { ...favour, extraHoldSeconds: 21 } })).toBe(false);
    expect(valid({ favour: { ...favour, extraHoldSeconds: -1 } })).toBe(false);
    expect(valid({ favour: { ...favour, extraRepetitions: 1 }, maxRepetitions: 3 })).toBe(false);
    expect(valid({ favour: { ...favour, extraRepetitions: 1 }, maxRepetitions: 4 })).toBe(true);
    expect(valid({ favour: { ...favour, extraRepetitions: 18 } })).toBe(false);
  });
});
