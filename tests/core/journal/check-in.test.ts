import { describe, expect, it } from 'vitest';
import { crampsOnNight, nightToAskAbout } from '../../../core/journal/check-in';

const none = new Set<string>();

describe('the morning check-in', () => {
  it('asks in the morning about last night, once', () => {
    const morning = Date.parse('2026-11-26T07:30:00Z');
    expect(nightToAskAbout(morning, 'Europe/London', none)).toBe('2026-11-25');
    expect(nightToAskAbout(morning, 'Europe/London', new Set(['2026-11-25']))).toBeNull();
  });

  it('does not ask in the small hours or in the evening', () => {
    expect(nightToAskAbout(Date.parse('2026-11-26T02:00:00Z'), 'Europe/London', none)).toBeNull();
    expect(nightToAskAbout(Date.parse('2026-11-26T19:00:00Z'), 'Europe/London', none)).toBeNull();
    expect(nightToAskAbout(Date.parse('2026-11-26T17:59:00Z'), 'Europe/London', none)).toBe(
      '2026-11-25',
    );
  });

  it('works in the user’s zone, across midnight and a month’s and a year’s end', () => {
    // 23:30 on 31 December in UTC is 10:30 on 1 January in Sydney: last night was 31 December.
    const instant = Date.parse('2026-12-31T23:30:00Z');
    expect(nightToAskAbout(instant, 'Australia/Sydney', none)).toBe('2026-12-31');
    expect(nightToAskAbout(instant, 'America/New_York', none)).toBeNull(); // 18:30 there
    expect(nightToAskAbout(Date.parse('2027-01-01T12:00:00Z'), 'America/New_York', none)).toBe(
      '2026-12-31',
    );
    // Kolkata (+05:30): 03:00 UTC is 08:30 there.
    expect(nightToAskAbout(Date.parse('2026-03-01T03:00:00Z'), 'Asia/Kolkata', none)).toBe(
      '2026-02-28',
    );
  });

  it('on the morning the clocks go forward, still asks about the night before', () => {
    // New York springs forward at 02:00 on 8 March 2026; 06:30 local is 10:30 UTC.
    expect(nightToAskAbout(Date.parse('2026-03-08T10:30:00Z'), 'America/New_York', none)).toBe(
      '2026-03-07',
    );
  });

  it('counts an unanswered morning as unknown, never as a night without cramps', () => {
    const cramps = new Set(['2026-11-24']);
    const saidNone = new Set(['2026-11-23']);
    expect(crampsOnNight('2026-11-24', cramps, saidNone)).toBe('cramps');
    expect(crampsOnNight('2026-11-23', cramps, saidNone)).toBe('none');
    expect(crampsOnNight('2026-11-22', cramps, saidNone)).toBe('unknown');
  });
});
