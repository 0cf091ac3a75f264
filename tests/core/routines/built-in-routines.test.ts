import { describe, expect, it } from 'vitest';
import { builtInRoutines, findRoutine } from '../../../core/routines/built-in-routines';
import { hasHeatStep, withoutHeatSteps } from '../../../core/routines/heat-steps';
import { RoutineSchema } from '../../../core/routines/routine-schema';

describe('the built-in routines', () => {
  it('offers the five routines of the brief, and a seated stretch', () => {
    expect(builtInRoutines.map((routine) => routine.id)).toEqual([
      'before-sleep-stretches',
      'seated-stretches',
      'calf-thigh-massage',
      'warm-compress',
      'full-wind-down',
      'cramp-now',
    ]);
  });

  it('gives every step an illustration and says which leg', () => {
    for (const routine of builtInRoutines) {
      for (const step of routine.steps) {
        expect(step.illustration, step.id).toBeTruthy();
        if (step.sides === 'none') expect(step.whichLeg, step.id).toBeDefined();
      }
    }
  });

  it('marks warmth steps as heat, and they say warm, never hot', () => {
    for (const routine of builtInRoutines) {
      for (const step of routine.steps.filter((s) => s.kind === 'warmth')) {
        expect(step.isHeat).toBe(true);
        expect(step.instruction).toMatch(/warm, never hot/i);
      }
    }
    expect(hasHeatStep(findRoutine('warm-compress')!)).toBe(true);
    expect(hasHeatStep(findRoutine('before-sleep-stretches')!)).toBe(false);
  });

  it('can leave out heat steps, or say there is nothing left', () => {
    const windDown = withoutHeatSteps(findRoutine('full-wind-down')!)!;
    expect(windDown.steps.some((step) => step.isHeat)).toBe(false);
    expect(windDown.steps.length).toBe(findRoutine('full-wind-down')!.steps.length - 1);
    expect(withoutHeatSteps(findRoutine('warm-compress')!)).toBeNull();
  });

  it('never suggests quinine or stopping a medicine', () => {
    const text = JSON.stringify(builtInRoutines).toLowerCase();
    expect(text).not.toContain('quinine');
    expect(text).not.toMatch(/stop (taking|your) (medicine|medication)/);
  });
});

describe('RoutineSchema', () => {
  const valid = findRoutine('seated-stretches')!;

  it('rejects a hold outside its own limits, duplicate step ids and unknown illustrations', () => {
    const step = valid.steps[0]!;
    expect(
      RoutineSchema.safeParse({ ...valid, steps: [{ ...step, holdSeconds: 99 }] }).success,
    ).toBe(false);
    expect(RoutineSchema.safeParse({ ...valid, steps: [step, step] }).success).toBe(false);
    expect(
      RoutineSchema.safeParse({ ...valid, steps: [{ ...step, illustration: 'cat' }] }).success,
    ).toBe(false);
    expect(RoutineSchema.safeParse({ ...valid, steps: [] }).success).toBe(false);
  });

  it('allows heat only on warmth steps', () => {
    const step = { ...valid.steps[0]!, isHeat: true };
    expect(RoutineSchema.safeParse({ ...valid, steps: [step] }).success).toBe(false);
  });
});
