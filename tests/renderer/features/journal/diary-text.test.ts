import { appTimeZone, setAppTimeZone } from '../../../../renderer/app-time-zone';
import { describe, expect, it } from 'vitest';
import {
  CrampFeelSchema,
  CrampHelpSchema,
  CrampLegSchema,
  CrampMuscleSchema,
  CrampSymptomSchema,
  DiaryEntrySchema,
} from '../../../../core/journal/diary-entry';
import { setWindowCatalog } from '../../../../core/i18n/format-window-message';
import { windowMessagesEn } from '../../../../core/i18n/messages-en';
import { CHOICES, dayText, entryWhen } from '../../../../renderer/features/journal/diary-text';

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

  it('writes days and times in the language of the catalog in force, whenever it changes', () => {
    const entry = {
      id: 'x',
      startedAtMs: new Date(2026, 10, 24, 2, 10).getTime(),
      night: '2026-11-23',
    };
    expect(dayText('2026-11-23')).toBe('Mon, Nov 23');
    setWindowCatalog({ ...windowMessagesEn, 'app.lang': 'de' });
    try {
      expect(dayText('2026-11-23')).toBe('Mo., 23. Nov.');
      expect(entryWhen(entry)).toBe('Night of Mo., 23. Nov. · cramp at 02:10');
    } finally {
      setWindowCatalog(windowMessagesEn);
    }
    expect(dayText('2026-11-23')).toBe('Mon, Nov 23');
    expect(entryWhen(entry)).toMatch(/^Night of Mon, Nov 23 · cramp at 2:10\sAM$/);
  });

  it('writes a cramp’s time in the zone main uses, whatever Chromium’s own zone is', () => {
    const entry = { id: 'x', startedAtMs: Date.UTC(2026, 10, 24, 2, 10), night: '2026-11-23' };
    const before = appTimeZone();
    try {
      setAppTimeZone('America/Los_Angeles');
      expect(entryWhen(entry)).toMatch(/^Night of Mon, Nov 23 · cramp at 6:10\sPM$/);
      setAppTimeZone('Asia/Tokyo');
      expect(entryWhen(entry)).toMatch(/^Night of Mon, Nov 23 · cramp at 11:10\sAM$/);
      expect(dayText('2026-11-23')).toBe('Mon, Nov 23');
    } finally {
      setAppTimeZone(before);
    }
  });
});
