import { describe, expect, it } from 'vitest';
import { freeId, idFromName, ID_MAX_LENGTH } from '../../../core/routines/fresh-id';
import { addStep, copyRoutine } from '../../../core/routines/routine-draft';
import { findRoutine } from '../../../core/routines/built-in-routines';
import { RoutineSchema } from '../../../core/routines/routine-schema';

describe('fresh ids, one rule for copies, added steps and imports', () => {
  it('makes a readable id from a name, and a free one beside those taken', () => {
    expect(idFromName('My Crème brûlée stretch')).toBe('my-creme-brulee-stretch');
    expect(freeId('calf', new Set(['calf', 'calf-2']))).toBe('calf-3');
  });

  it('never makes an id longer than the schema takes, suffix included', () => {
    const long = 'a'.repeat(30) + '-' + 'b'.repeat(33);
    expect(long).toHaveLength(ID_MAX_LENGTH);
    const next = freeId(long, new Set([long]));
    expect(next.length).toBeLessThanOrEqual(ID_MAX_LENGTH);
    expect(next).toBe(`${'a'.repeat(30)}-2`);
  });

  it('gives a copy and a step added twice ids the schema accepts', () => {
    const routine = findRoutine('before-sleep-stretches')!;
    const copy = copyRoutine(routine, new Set([routine.id]));
    expect(copy.id).toBe('my-before-sleep-calf-and-hamstring-stretches');
    const longStep = { ...routine.steps[0]!, id: 'x'.repeat(ID_MAX_LENGTH) };
    const twice = addStep(addStep({ ...copy, steps: [] }, longStep), longStep);
    expect(RoutineSchema.safeParse(twice).success).toBe(true);
  });
});
