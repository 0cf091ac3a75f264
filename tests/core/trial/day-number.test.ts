import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { dayNumberOf } from '../../../core/trial/day-number';

describe('dayNumberOf', () => {
  it('counts days from 1970-01-01, across leap days and centuries', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0);
    expect(dayNumberOf('2000-02-29')).toBe(11_016);
    expect(dayNumberOf('2000-03-01') - dayNumberOf('2000-02-28')).toBe(2);
    expect(dayNumberOf('2100-03-01') - dayNumberOf('2100-02-28')).toBe(1);
    expect(dayNumberOf('1969-12-31')).toBe(-1);
  });

  it('agrees with Temporal on the days between any two dates', () => {
    const date = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
      .map((value) => value.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, date, (a, b) => {
        const days = Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b)).days;
        expect(dayNumberOf(b) - dayNumberOf(a)).toBe(days);
      }),
      { numRuns: 300 },
    );
  });
});
