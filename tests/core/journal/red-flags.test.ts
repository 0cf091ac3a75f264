import { describe, expect, it } from 'vitest';
import { CrampSymptomSchema } from '../../../core/journal/diary-entry';
import { redFlagOf } from '../../../core/journal/red-flags';

describe('redFlagOf', () => {
  it('flags a clot’s signs first, then weakness or numbness, and nothing else', () => {
    const expected = {
      'calf-swelling': 'clot',
      redness: 'clot',
      'warmth-to-touch': 'clot',
      weakness: 'nerves',
      numbness: 'nerves',
      tingling: null,
      'soreness-after': null,
    } as const;
    // Every symptom the diary offers has a decision here: a new one cannot slip through unseen.
    expect(Object.keys(expected).toSorted()).toEqual([...CrampSymptomSchema.options].toSorted());
    for (const [symptom, flag] of Object.entries(expected)) {
      expect(redFlagOf([symptom as keyof typeof expected])).toBe(flag);
    }
    expect(redFlagOf(['numbness', 'redness'])).toBe('clot');
    expect(redFlagOf([])).toBeNull();
    expect(redFlagOf(undefined)).toBeNull();
  });
});
