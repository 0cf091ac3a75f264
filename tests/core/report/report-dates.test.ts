import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatReportClock,
  formatReportDay,
  formatReportMoment,
  formatReportNight,
} from '../../../core/report/report-dates';
import { clockText, durationSpanOf } from '../../../core/report/report-rules';

describe('the report’s days and times in words', () => {
  it('writes a night as the language does, the same date in any zone', () => {
    expect(formatReportDay('2026-11-25', 'en')).toBe('Nov 25, 2026');
    expect(formatReportDay('2028-02-29', 'en-GB')).toBe('29 Feb 2028');
    expect(
      formatReportDay('2026-01-01', 'en', { weekday: 'short', day: 'numeric', month: 'short' }),
    ).toBe('Thu, Jan 1');
  });

  it('agrees with the calendar on every date (checked against the runtime’s own)', () => {
    const day = fc
      .date({
        min: new Date(Date.UTC(1600, 0, 1)),
        max: new Date(Date.UTC(2600, 11, 31)),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (date) => {
        const expected = new Intl.DateTimeFormat('en', {
          dateStyle: 'full',
          timeZone: 'UTC',
        }).format(new Date(`${date}T12:00:00Z`));
        expect(formatReportDay(date, 'en', { dateStyle: 'full' })).toBe(expected);
      }),
    );
  });

  it('writes a time of night as the language does, whatever the zone of the machine', () => {
    expect(formatReportClock('02:10', 'en')).toBe('2:10 AM');
    expect(formatReportClock('23:45', 'en-GB')).toBe('23:45');
    expect(clockText(0)).toBe('00:00');
    expect(clockText(23 * 60 + 59)).toBe('23:59');
    expect(clockText(24 * 60 + 5)).toBe('00:05');
  });

  it('writes a night as its evening’s and its morning’s days, across a month and a year', () => {
    expect(formatReportNight('2026-10-10', 'en')).toEqual({
      evening: 'Sat, Oct 10',
      morning: 'Sun, Oct 11',
    });
    expect(formatReportNight('2026-10-10', 'en-GB')).toEqual({
      evening: 'Sat 10 Oct',
      morning: 'Sun 11 Oct',
    });
    expect(formatReportNight('2026-10-31', 'en')).toEqual({
      evening: 'Sat, Oct 31',
      morning: 'Sun, Nov 1',
    });
    expect(formatReportNight('2026-12-31', 'en', true)).toEqual({
      evening: 'Thu, Dec 31',
      morning: 'Fri, Jan 1, 2027',
    });
    expect(formatReportNight('2028-02-28', 'en').morning).toBe('Tue, Feb 29');
    expect(formatReportDay('2026-11-26', 'en', undefined, 1)).toBe('Nov 27, 2026');
  });

  it('writes a moment as its own day and time, as the language writes them', () => {
    expect(formatReportMoment('2026-10-11', '00:40', 'en')).toMatch(/^Sun, Oct 11, 12:40\sAM$/);
    expect(formatReportMoment('2026-10-11', '00:40', 'en-GB')).toBe('Sun 11 Oct, 00:40');
    expect(formatReportMoment('2026-10-10', '23:50', 'de')).toBe('Sa., 10. Okt., 23:50');
  });

  it('puts a length in the span of the diary’s form that holds it', () => {
    expect([0, 0.5, 0.99, 1, 3, 5, 5.5, 15, 15.5, 120].map(durationSpanOf)).toEqual([
      0.5, 0.5, 0.5, 3, 3, 3, 10, 10, 30, 30,
    ]);
  });
});
