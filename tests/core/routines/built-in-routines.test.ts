import { describe, expect, it } from 'vitest';
import {
  builtInRoutines,
  builtInSteps,
  findRoutine,
} from '../../../core/routines/built-in-routines';
import { BUILT_IN_STEPS } from '../../../core/routines/built-in-steps';
import { routineTextsEn } from '../../../core/i18n/routines-en';
import { hasHeatStep, withoutHeatSteps } from '../../../core/routines/heat-steps';
import { RoutineSchema } from '../../../core/routines/routine-schema';

describe('the built-in routines', () => {
  it('keeps words and structure apart: the catalog holds only text, the structure no text', () => {
    const textFields = new Set(['title', 'instruction', 'feel', 'name', 'description']);
    for (const group of [routineTextsEn.steps, routineTextsEn.routines]) {
      for (const text of Object.values(group)) {
        for (const [field, value] of Object.entries(text)) {
          expect(textFields.has(field), field).toBe(true);
          expect(typeof value).toBe('string');
        }
      }
    }
    for (const step of Object.values(BUILT_IN_STEPS)) {
      for (const field of Object.keys(step)) expect(textFields.has(field), field).toBe(false);
    }
  });

  it('offers every built-in step once in the step library, with its words', () => {
    expect(builtInSteps.map((step) => step.id)).toEqual(Object.keys(BUILT_IN_STEPS));
    expect(builtInSteps.find((step) => step.id === 'calf-massage')?.title).toBe('Calf massage');
  });

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

  it('ends warmth before sleep: hot tap water, never boiling, and the bottle taken away', () => {
    for (const id of ['warm-compress', 'warmth-on-the-cramp'] as const) {
      const step = builtInSteps.find((candidate) => candidate.id === id)!;
      expect(step.instruction, id).toMatch(/hot tap water, never boiling/);
      expect(step.instruction, id).toMatch(/take (it|the bottle) away/i);
    }
    const windDown = findRoutine('full-wind-down')!;
    const settle = windDown.steps.at(-1)!;
    expect(settle.id).toBe('settle-into-bed');
    expect(settle.instruction).toMatch(/^If you used a hot-water bottle.*put it away.*never sleep/);
    expect(settle.feel).not.toMatch(/warm/i);
  });

  it('has every standing stretch held at a chair or wall, the calf stretch with the back knee straight and heel down', () => {
    const standing = ['calf-wall-stretch', 'hamstring-stretch', 'stand-heel-down'];
    for (const id of standing) {
      const step = builtInSteps.find((candidate) => candidate.id === id)!;
      expect(step.instruction, id).toMatch(
        /(hold|on the wall|hold on to) .*(chair|wall)|wall.*balance/i,
      );
    }
    const calf = builtInSteps.find((step) => step.id === 'calf-wall-stretch')!;
    expect(calf.instruction).toMatch(/back knee straight and its heel down/);
    const hamstring = builtInSteps.find((step) => step.id === 'hamstring-stretch')!;
    expect(hamstring.instruction).toMatch(/hold it with one hand for balance/);
    expect(hamstring.instruction).toMatch(/heel on the floor/);
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
