import { describe, expect, it } from 'vitest';
import {
  CrampFeelSchema,
  CrampHelpSchema,
  CrampLegSchema,
  CrampMuscleSchema,
  CrampSymptomSchema,
  DiaryEntrySchema,
} from '../../../../core/journal/diary-entry';
import { CHOICES } from '../../../../renderer/features/journal/diary-text';

describe('the diary’s answers in the page', () => {
  it('are the answers core’s schema accepts, each one of them', () => {
    expect(CHOICES.leg).toEqual(CrampLegSchema.options);
    expect(CHOICES.muscle).toEqual(CrampMuscleSchema.options);
    expect(CHOICES.feel).toEqual(CrampFeelSchema.options);
    expect(CHOICES.helped).toEqual(CrampHelpSchema.options);
    expect(CHOICES.symptoms).toEqual(CrampSymptomSchema.options);
  });

  it('cover strength 0 to 10 and durations the schema takes', () => {
    expect(CHOICES.intensity).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const durationMinutes of CHOICES.durationMinutes) {
      const entry = { id: 'x', startedAtMs: 0, night: '2026-11-23', durationMinutes };
      expect(DiaryEntrySchema.safeParse(entry).success).toBe(true);
    }
  });
});
