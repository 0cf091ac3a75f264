import { describe, expect, it } from 'vitest';
import {
  CLOT_CAUTION_DAYS,
  clotCautionAt,
  underClotCaution,
} from '../../../core/health/clot-caution';
import { findRoutine } from '../../../core/routines/built-in-routines';

const DAY_MS = 24 * 60 * 60 * 1000;
const at = Date.UTC(2026, 10, 25, 2, 0);
const swelling = { startedAtMs: at, symptoms: ['calf-swelling' as const] };

describe('the clot caution', () => {
  it('holds for 14 days from a cramp with calf swelling, redness or warmth', () => {
    for (const sign of ['calf-swelling', 'redness', 'warmth-to-touch'] as const) {
      const entries = [{ startedAtMs: at, symptoms: [sign] }];
      expect(clotCautionAt(entries, null, at + DAY_MS), sign).toEqual({
        sinceMs: at,
        untilMs: at + CLOT_CAUTION_DAYS * DAY_MS,
      });
      expect(clotCautionAt(entries, null, at + 14 * DAY_MS - 1), sign).not.toBeNull();
      expect(clotCautionAt(entries, null, at + 14 * DAY_MS), sign).toBeNull();
    }
  });

  it('counts from the latest such cramp', () => {
    const later = { startedAtMs: at + 10 * DAY_MS, symptoms: ['redness' as const] };
    expect(clotCautionAt([later, swelling], null, at + 20 * DAY_MS)?.sinceMs).toBe(
      later.startedAtMs,
    );
  });

  it('is not raised by other symptoms', () => {
    const entries = [
      { startedAtMs: at, symptoms: ['numbness' as const, 'weakness' as const] },
      { startedAtMs: at },
    ];
    expect(clotCautionAt(entries, null, at + DAY_MS)).toBeNull();
  });

  it('ends once a doctor has checked the leg, and comes back with new signs after that', () => {
    expect(clotCautionAt([swelling], at + DAY_MS, at + 2 * DAY_MS)).toBeNull();
    const after = { startedAtMs: at + 3 * DAY_MS, symptoms: ['calf-swelling' as const] };
    expect(clotCautionAt([swelling, after], at + DAY_MS, at + 4 * DAY_MS)?.sinceMs).toBe(
      after.startedAtMs,
    );
  });

  it('leaves massage and warmth out of a routine, and nothing else', () => {
    const caution = clotCautionAt([swelling], null, at);
    const windDown = findRoutine('full-wind-down')!;
    expect(underClotCaution(windDown, caution)?.steps.map((step) => step.id)).toEqual([
      'drink-water',
      'calf-wall-stretch',
      'hamstring-stretch',
      'settle-into-bed',
    ]);
    expect(underClotCaution(findRoutine('warm-compress')!, caution)).toBeNull();
    expect(underClotCaution(windDown, null)).toBe(windDown);
  });
});
