import { describe, expect, it } from 'vitest';
import { DiaryEntrySchema } from '../../../core/journal/diary-entry';

const minimal = { id: 'c1', startedAtMs: Date.parse('2026-11-26T02:10:00Z'), night: '2026-11-25' };

describe('a diary entry', () => {
  it('takes a three-click entry: the moment, and nothing else needed', () => {
    expect(DiaryEntrySchema.parse(minimal)).toEqual(minimal);
  });

  it('takes the whole of what a doctor asks', () => {
    const full = {
      ...minimal,
      leg: 'left',
      muscle: 'calf',
      intensity: 7,
      durationMinutes: 2.5,
      feel: ['tight', 'knotted'],
      helped: ['stretching', 'walking'],
      symptoms: ['soreness-after'],
      medicines: 'Started a water tablet last week',
      note: 'Woke me at two',
    };
    expect(DiaryEntrySchema.parse(full)).toEqual(full);
  });

  it('takes every sign the content brief says to see a doctor about, all at once', () => {
    const signs = [
      'calf-swelling',
      'redness',
      'warmth-to-touch',
      'pale-or-cold-skin',
      'calf-pain-walking',
      'weakness',
      'numbness',
      'tingling',
      'twitching',
      'muscle-wasting',
      'cramps-elsewhere',
      'soreness-after',
    ];
    expect(DiaryEntrySchema.parse({ ...minimal, symptoms: signs }).symptoms).toEqual(signs);
    // What an earlier version kept (its seven symptoms) reads as it was.
    const older = { ...minimal, symptoms: ['numbness', 'tingling', 'soreness-after'] };
    expect(DiaryEntrySchema.parse(older)).toEqual(older);
    expect(DiaryEntrySchema.safeParse({ ...minimal, symptoms: ['cold-feet'] }).success).toBe(false);
    expect(
      DiaryEntrySchema.safeParse({ ...minimal, symptoms: [...signs, 'redness'] }).success,
    ).toBe(false);
  });

  it('refuses what cannot be right, saying where', () => {
    const wrong = (patch: object) => DiaryEntrySchema.safeParse({ ...minimal, ...patch });
    expect(wrong({ intensity: 11 }).error?.issues[0]?.path).toEqual(['intensity']);
    expect(wrong({ intensity: 6.5 }).success).toBe(false);
    expect(wrong({ durationMinutes: -1 }).success).toBe(false);
    expect(wrong({ muscle: 'shin' }).success).toBe(false);
    expect(wrong({ night: '2026-13-01' }).success).toBe(false);
    expect(wrong({ note: 'bell\u0007' }).success).toBe(false);
    expect(wrong({ note: 'x'.repeat(501) }).success).toBe(false);
  });
});
