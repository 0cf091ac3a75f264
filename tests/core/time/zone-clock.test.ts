import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { momentOfWallClock, wallClockText } from '../../../core/time/zone-clock';

const ms = (iso: string) => Date.parse(iso);

describe('wall-clock times in a named zone', () => {
  it('shows 02:00 EST on the night the clocks go back as 02:00, not 01:00', () => {
    // America/New_York, Sunday 1 November 2026: 02:00 EDT becomes 01:00 EST.
    expect(wallClockText(ms('2026-11-01T07:00Z'), 'America/New_York')).toBe('2026-11-01T02:00');
    expect(wallClockText(ms('2026-11-01T05:30Z'), 'America/New_York')).toBe('2026-11-01T01:30');
    expect(wallClockText(ms('2026-11-01T06:30Z'), 'America/New_York')).toBe('2026-11-01T01:30');
  });

  it('reads the hour that comes twice as the one nearer the time the field held', () => {
    const first = ms('2026-11-01T05:30Z'); // 01:30 EDT
    const second = ms('2026-11-01T06:30Z'); // 01:30 EST
    expect(momentOfWallClock('2026-11-01T01:30', 'America/New_York')).toBe(first);
    expect(momentOfWallClock('2026-11-01T01:30', 'America/New_York', first)).toBe(first);
    expect(momentOfWallClock('2026-11-01T01:30', 'America/New_York', second)).toBe(second);
    expect(momentOfWallClock('2026-11-01T02:00', 'America/New_York')).toBe(ms('2026-11-01T07:00Z'));
  });

  it('reads a time the clocks skip as the same time after the jump', () => {
    // Europe/London, Sunday 29 March 2026: 01:00 GMT becomes 02:00 BST.
    expect(momentOfWallClock('2026-03-29T01:30', 'Europe/London')).toBe(ms('2026-03-29T01:30Z'));
    expect(wallClockText(ms('2026-03-29T01:30Z'), 'Europe/London')).toBe('2026-03-29T02:30');
  });

  it('refuses text that is not a time', () => {
    for (const text of [
      '',
      'yesterday',
      '2026-13-01T00:00',
      '2026-11-01 02:00',
      '2026-02-29T10:00',
      '2026-04-31T10:00',
    ])
      expect(momentOfWallClock(text, 'Europe/London'), text).toBeNull();
  });

  it('brings any moment back to its minute, in any zone, across both clock-change nights', () => {
    const zones = ['Europe/London', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(
        fc.integer({ min: ms('2026-01-01T00:00Z'), max: ms('2027-12-31T00:00Z') }),
        fc.constantFrom(...zones),
        (moment, zone) => {
          const minute = Math.floor(moment / 60_000) * 60_000;
          expect(momentOfWallClock(wallClockText(moment, zone), zone, moment)).toBe(minute);
        },
      ),
      { numRuns: 500 },
    );
  });
});
