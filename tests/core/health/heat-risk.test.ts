import { describe, expect, it } from 'vitest';
import { HealthNotesSchema } from '../../../core/health/health-notes';
import { EMPTY_HEALTH_NOTES, withHeatGate } from '../../../core/health/heat-risk';

const notes = (...conditions: (typeof EMPTY_HEALTH_NOTES.conditions)[number][]) => ({
  ...EMPTY_HEALTH_NOTES,
  conditions,
});

describe('the heat gate from the health notes', () => {
  it.each(['reduced-feeling', 'peripheral-neuropathy', 'diabetes', 'poor-circulation'] as const)(
    'ticking %s leaves warmth out in the same change',
    (condition) => {
      expect(
        withHeatGate({ healthNotes: EMPTY_HEALTH_NOTES }, { healthNotes: notes(condition) }),
      ).toEqual({ healthNotes: notes(condition), reducedFeeling: 'yes' });
    },
  );

  it('other conditions, a change that keeps the same ticks, and unticking change nothing about warmth', () => {
    expect(
      withHeatGate({ healthNotes: EMPTY_HEALTH_NOTES }, { healthNotes: notes('flat-feet') }),
    ).toEqual({ healthNotes: notes('flat-feet') });
    // Warmth turned back on by the user (after the warning) stays on while diabetes stays ticked.
    expect(
      withHeatGate(
        { healthNotes: notes('diabetes') },
        { healthNotes: notes('diabetes', 'kidney') },
      ),
    ).toEqual({ healthNotes: notes('diabetes', 'kidney') });
    expect(withHeatGate({ healthNotes: notes('diabetes') }, { healthNotes: notes() })).toEqual({
      healthNotes: notes(),
    });
    expect(withHeatGate({ healthNotes: notes() }, { isMuted: true })).toEqual({ isMuted: true });
  });
});

describe('HealthNotesSchema', () => {
  it('takes each medicine once, with a date or none, and refuses control characters in the note', () => {
    const statin = { medicine: 'statin', changedOn: '2026-10-02' } as const;
    expect(
      HealthNotesSchema.safeParse({ ...EMPTY_HEALTH_NOTES, medicines: [statin] }).success,
    ).toBe(true);
    expect(
      HealthNotesSchema.safeParse({ ...EMPTY_HEALTH_NOTES, medicines: [statin, statin] }).success,
    ).toBe(false);
    expect(HealthNotesSchema.safeParse({ ...EMPTY_HEALTH_NOTES, other: 'a\u0007b' }).success).toBe(
      false,
    );
    expect(
      HealthNotesSchema.safeParse({ ...EMPTY_HEALTH_NOTES, conditions: ['quinine'] }).success,
    ).toBe(false);
  });
});
