import { describe, expect, it } from 'vitest';
import { formatReminderTime } from '../../../core/reminders/format-reminder-time';

describe('formatReminderTime', () => {
  const at = Date.parse('2026-11-25T22:00:00Z');

  it('says the weekday and time in the user’s zone, as the language writes them', () => {
    expect(formatReminderTime(at, 'Europe/London', 'en-GB')).toBe('Wednesday 22:00');
    expect(formatReminderTime(at, 'America/New_York', 'en-GB')).toBe('Wednesday 17:00');
    expect(formatReminderTime(at, 'Asia/Kolkata', 'en-GB')).toBe('Thursday 03:30');
  });
});
