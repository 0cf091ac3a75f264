import { betaCdf, betaQuantile } from './beta-distribution';

/**
 * The standard normal and Student's t distributions: CDF and quantile of each, all the trial
 * analysis needs to widen its interval for an estimated dispersion (see analyse-trial.ts). Each
 * is computed on the lower tail and reflected, so F(−x) = 1 − F(x) holds to rounding, which the
 * analysis relies on for "swapping the arms turns the answer upside down".
 */

const SQRT_PI = Math.sqrt(Math.PI);
const SERIES_EPS = 1e-17;
const SERIES_MAX_TERMS = 500;
/** Below this x the series for erf converges quickly; above it, the continued fraction for erfc. */
const ERFC_SWITCH = 2;

/**
 * erfc(x) for x ≥ 0. Small x: erf(x) = (2/√π) e^{−x²} Σ 2ⁿ x^{2n+1} / (1·3·…·(2n+1)), a series of
 * positive terms (Abramowitz & Stegun 7.1.6), so no cancellation. Large x: the continued fraction
 * erfc(x) = (e^{−x²}/√π) · 1/(x + ½/(x + 1/(x + 3/2/(x + …)))) (A&S 7.1.14), by the modified
 * Lentz method, which keeps full relative precision far into the tail.
 */
function erfcNonNegative(x: number): number {
  if (x < ERFC_SWITCH) {
    let term = x;
    let sum = x;
    for (let n = 1; n < SERIES_MAX_TERMS; n += 1) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
      if (term < SERIES_EPS * sum) break;
    }
    return 1 - (2 / SQRT_PI) * Math.exp(-x * x) * sum;
  }
  // 1/(x + a1/(x + a2/(x + …))) with a_k = k/2.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < SERIES_MAX_TERMS; k += 1) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}

/** Φ(z), the standard normal CDF. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z === Number.NEGATIVE_INFINITY) return 0;
  if (z === Number.POSITIVE_INFINITY) return 1;
  const lower = 0.5 * erfcNonNegative(Math.abs(z) / Math.SQRT2);
  return z <= 0 ? lower : 1 - lower;
}

/**
 * Φ⁻¹(p): a start from the rational approximation of A&S 26.2.23 (error below 4.5·10⁻⁴), then
 * Halley steps on the precise CDF; computed for the lower tail and reflected.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must be in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p > 0.5) return -normalQuantile(1 - p);
  if (p === 0.5) return 0;
  const t = Math.sqrt(-2 * Math.log(p));
  let z = -(
    t -
    (2.515517 + t * (0.802853 + t * 0.010328)) /
      (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)))
  );
  for (let step = 0; step < 4; step += 1) {
    const density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    const u = (normalCdf(z) - p) / density;
    const next = z - u / (1 + 0.5 * z * u);
    if (Math.abs(next - z) < 1e-15 * Math.max(1, Math.abs(z))) return next;
    z = next;
  }
  return z;
}

/**
 * The CDF of Student's t with `df` degrees of freedom (df > 0, not necessarily whole), from the
 * incomplete beta: P(T ≤ −|t|) = ½ I_{df/(df+t²)}(df/2, ½).
 */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be > 0, got ${df}`);
  if (Number.isNaN(t)) return Number.NaN;
  if (t === Number.NEGATIVE_INFINITY) return 0;
  if (t === Number.POSITIVE_INFINITY) return 1;
  const lower = 0.5 * betaCdf(df / (df + t * t), df / 2, 0.5);
  return t <= 0 ? lower : 1 - lower;
}

/** The p-quantile of Student's t with `df` degrees of freedom: the incomplete beta inverted. */
export function studentTQuantile(p: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be > 0, got ${df}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must be in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p > 0.5) return -studentTQuantile(1 - p, df);
  if (p === 0.5) return 0;
  const x = betaQuantile(2 * p, df / 2, 0.5);
  return -Math.sqrt((df * (1 - x)) / x);
}
