import { describe, expect, it } from 'vitest';
import { CrampSymptomSchema } from '../../../core/journal/diary-entry';
import { redFlagOf } from '../../../core/journal/red-flags';

describe('redFlagOf', () => {
  it('flags a clot’s signs first, then poor blood flow, then nerves and muscles, and nothing else', () => {
    const expected = {
      'calf-swelling': 'clot',
      redness: 'clot',
      'warmth-to-touch': 'clot',
      'pale-or-cold-skin': 'circulation',
      'calf-pain-walking': 'circulation',
      weakness: 'nerves',
      numbness: 'nerves',
      // Tingling counts with numbness.
      tingling: 'nerves',
      twitching: 'nerves',
      'muscle-wasting': 'nerves',
      'cramps-elsewhere': 'nerves',
      'soreness-after': null,
    } as const;
    // Every symptom the diary offers has a decision here: a new one cannot slip through unseen.
    expect(Object.keys(expected).toSorted()).toEqual([...CrampSymptomSchema.options].toSorted());
    for (const [symptom, flag] of Object.entries(expected)) {
      expect(redFlagOf([symptom as keyof typeof expected])).toBe(flag);
    }
    // The most urgent of several is said.
    expect(redFlagOf(['numbness', 'redness'])).toBe('clot');
    expect(redFlagOf(['tingling', 'pale-or-cold-skin', 'soreness-after'])).toBe('circulation');
    expect(redFlagOf(['soreness-after', 'tingling'])).toBe('nerves');
    expect(redFlagOf([])).toBeNull();
    expect(redFlagOf(undefined)).toBeNull();
  });
});
