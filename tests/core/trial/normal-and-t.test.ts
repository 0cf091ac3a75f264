import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
} from '../../../core/trial/normal-and-t';

describe('the normal and Student t distributions behind the widened range', () => {
  it('match published values', () => {
    // Φ and Φ⁻¹ (A&S table 26.1), to the digits published.
    expect(normalCdf(-2)).toBeCloseTo(0.022_750_131_948_179, 14);
    expect(normalCdf(0.3)).toBeCloseTo(0.617_911_422_188_953, 14);
    expect(normalCdf(-8) / 6.220_960_574_271_78e-16).toBeCloseTo(1, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959_963_984_540_054, 13);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361_340_902_404_056, 11);
    // t quantiles (A&S table 26.10): 97.5% with 2, 6 and 10 degrees of freedom.
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.302_652_729_749, 11);
    expect(studentTQuantile(0.975, 6)).toBeCloseTo(2.446_911_851_145, 9);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228_138_851_986, 9);
    // With 1 degree of freedom t is Cauchy: F(t) = ½ + atan(t)/π.
    expect(studentTCdf(3, 1)).toBeCloseTo(0.5 + Math.atan(3) / Math.PI, 14);
    expect(studentTCdf(2, 3)).toBeCloseTo(0.930_337_015_720_578, 12);
  });

  it('each quantile inverts its CDF, and both are symmetric about 0', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        fc.constantFrom(1, 2, 3, 6, 10, 40),
        (p, df) => {
          const z = normalQuantile(p);
          expect(Math.abs(normalCdf(z) - p) / Math.min(p, 1 - p)).toBeLessThan(1e-10);
          expect(normalCdf(-z)).toBeCloseTo(1 - normalCdf(z), 14);
          const t = studentTQuantile(p, df);
          expect(Math.abs(studentTCdf(t, df) - p) / Math.min(p, 1 - p)).toBeLessThan(1e-8);
          expect(studentTCdf(-t, df)).toBeCloseTo(1 - studentTCdf(t, df), 14);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('t has heavier tails than the normal, and nears it as the degrees of freedom grow', () => {
    for (const z of [1, 1.96, 3]) {
      expect(studentTCdf(-z, 6)).toBeGreaterThan(normalCdf(-z));
      expect(studentTCdf(-z, 6)).toBeLessThan(studentTCdf(-z, 2));
      expect(studentTCdf(-z, 1e6)).toBeCloseTo(normalCdf(-z), 5);
    }
  });
});
