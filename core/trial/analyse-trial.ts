import { z } from 'zod';
import { betaCdf, betaQuantile } from './beta-distribution';
import { dayNumberOf } from './day-number';
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from './normal-and-t';
import { MIN_CRAMPS_TO_COMPARE, MIN_NIGHTS_PER_ARM } from './trial-minimums';

/** Whether the bedtime routine was done that night in the personal trial. */
export const TrialArmSchema = z.enum(['routine', 'none']);
export type TrialArm = z.infer<typeof TrialArmSchema>;

/** More than this in one night is a typing slip, not a diary entry. */
const MAX_CRAMPS_PER_NIGHT = 100;

/** One night of the trial diary, as main stores it and the analysis reads it. */
export const TrialNightSchema = z.object({
  date: z.iso.date(),
  arm: TrialArmSchema,
  /** Cramps that night; null when the morning check-in was missed (unknown, not zero). */
  cramps: z.number().int().min(0).max(MAX_CRAMPS_PER_NIGHT).nullable(),
  /** The first nights of a block, while the previous block's effect may linger. */
  isWashout: z.boolean().optional(),
});
export type TrialNight = z.infer<typeof TrialNightSchema>;

/** A trial diary: one entry per night, as a second entry for a date would be counted twice. */
export const TrialNightsSchema = z
  .array(TrialNightSchema)
  .refine((nights) => new Set(nights.map((night) => night.date)).size === nights.length, {
    message: 'Each night may appear only once.',
  });

const CountSchema = z.number().int().min(0);
const PerArmSchema = z.object({ routine: CountSchema, none: CountSchema });

export const TrialAnalysisSchema = z.object({
  status: z.enum(['not-enough-data', 'estimate']),
  nightsUsed: PerArmSchema,
  /** Cramps on the nights used, as the diary has them: the words compare these first. */
  crampsCounted: PerArmSchema,
  /** Cramp rate with the routine ÷ cramp rate without it: below 1 means fewer cramps. */
  rateRatio: z
    .object({ median: z.number().positive(), low: z.number().min(0), high: z.number().positive() })
    .optional(),
  /** Probability that the routine lowers the cramp rate, P(ratio < 1). */
  probabilityHelps: z.number().min(0).max(1).optional(),
});
export type TrialAnalysis = z.infer<typeof TrialAnalysisSchema>;

export { MIN_CRAMPS_TO_COMPARE, MIN_NIGHTS_PER_ARM };

/** Jeffreys prior Gamma(½, 0) on each arm's nightly rate: weak, and the same for both arms. */
const PRIOR_SHAPE = 0.5;
const INTERVAL_LOW = 0.025;
const INTERVAL_HIGH = 0.975;

/**
 * The method, as facts the "how this was worked out" section puts into words from the message
 * catalog: a Poisson rate ratio with the Jeffreys prior on each arm, an exact Beta-based 95%
 * interval and probability widened for the spread between blocks (a Student t on the blocks'
 * degrees of freedom), wash-out and unanswered nights left out, and the minimums for an answer.
 */
export const TRIAL_METHOD = {
  model: 'poisson-rate-ratio',
  prior: 'jeffreys-gamma-half',
  clustering: 'block-dispersion-with-student-t',
  minNightsPerArm: MIN_NIGHTS_PER_ARM,
  minCrampsToCompare: MIN_CRAMPS_TO_COMPARE,
  intervalLevel: 0.95,
} as const;

/**
 * The routine's effect on the nightly cramp rate.
 *
 * Model: counts in each arm are Poisson with rates λ_r (routine) and λ_n (none), each with the
 * Jeffreys prior Gamma(½, 0), so the posteriors are Gamma(½ + S, n) for S cramps over n nights.
 * For X ~ Gamma(a1, b1), Y ~ Gamma(a2, b2) independent, B = b1X / (b1X + b2Y) ~ Beta(a1, a2), so
 * R = X/Y = (b2/b1) · B/(1 − B): quantiles of R are Beta quantiles, and
 * P(R < 1) = I_{b1/(b1+b2)}(a1, a2) — exact, deterministic, no sampling. B is also the Jeffreys
 * posterior for how the total count splits between the arms, an interval with near-nominal
 * frequentist coverage for Poisson counts (Brown, Cai & DasGupta, Statistical Science 2001).
 *
 * Clustering: cramps bunch on bad nights and in bad weeks, so counts vary more than Poisson. The
 * diary's block totals carry every kind of bunching the arm totals are exposed to, so a dispersion
 * φ ≥ 1 is estimated from them (see clusteringAllowance) and each arm's data are scaled by 1/φ —
 * S/φ cramps over n/φ nights — as in quasi-Poisson regression (McCullagh & Nelder, Generalized
 * Linear Models, 2nd ed., §4.5 on over-dispersion). But φ rests on a handful of blocks (6 degrees
 * of freedom in 8 weeks), and treating it as known left the 95% range covering the truth in only
 * 86–94% of simulated diaries with week-to-week swings. Quasi-Poisson inference allows for an
 * estimated φ with a t quantile on its degrees of freedom (blocks − 2) instead of the normal one;
 * here the same allowance is made on the probability scale: a probability q of the Beta-based
 * posterior becomes T_df(Φ⁻¹(q)), so the interval's ends are that posterior's quantiles at
 * Φ(t_df⁻¹(0.025)) and Φ(t_df⁻¹(0.975)), and P(R < 1) becomes T_df(Φ⁻¹(P)). Where the posterior of
 * log R is near normal this is the quasi-Poisson t interval itself; for small counts it keeps the
 * Beta's skew and its sense with zero counts. Both are one monotone map, so the range excludes 1
 * exactly when P(R < 1) is beyond 0.025 or 0.975. Checked on simulated diaries on the real
 * schedule (scripts/bench/trial-coverage.ts and the tests; 2,000 diaries per case, 8 and 12
 * weeks, 0.5 and 1.5 cramps a night): the 95% range held the truth in 97–99% of Poisson diaries,
 * 96–98% with bad nights (negative binomial, k = 1) and 95–97% with good and bad weeks
 * (log-normal, sd 0.5; 94.5–96% at sd 1.0), against 91–94% at sd 0.5 before. The price is a range
 * somewhat wider than needed when counts really are Poisson; and with no effect at all, the chance
 * it helps ends beyond 0.975 in 0.5–3% of trials (deciles near 0.1 … 0.9, a little towards ½).
 *
 * Zero cramps in an arm (or both) is fine: the shape stays ≥ ½. With no cramps at all the result is
 * an estimate centred on 1 with a very wide range and probabilityHelps = ½ (for equal nights): an
 * honest "cannot tell" (the words say "too few cramps"). Throws a ZodError for invalid input.
 */
export function analyseTrial(nights: readonly TrialNight[]): TrialAnalysis {
  const valid = TrialNightsSchema.parse(nights);
  const known = valid.filter(isKnown);
  const counts = (arm: TrialArm) =>
    known.filter((night) => night.arm === arm).map((night) => night.cramps);
  const routine = counts('routine');
  const none = counts('none');
  const nightsUsed = { routine: routine.length, none: none.length };
  const crampsCounted = { routine: sum(routine), none: sum(none) };
  if (routine.length < MIN_NIGHTS_PER_ARM || none.length < MIN_NIGHTS_PER_ARM) {
    return { status: 'not-enough-data', nightsUsed, crampsCounted };
  }
  const { dispersion, degreesOfFreedom } = clusteringAllowance(valid);
  return {
    status: 'estimate',
    nightsUsed,
    crampsCounted,
    ...rateRatioPosterior(
      { cramps: crampsCounted.routine, nights: routine.length },
      { cramps: crampsCounted.none, nights: none.length },
      dispersion,
      degreesOfFreedom,
    ),
  };
}

export interface ArmTotals {
  cramps: number;
  nights: number;
}

/**
 * The posterior summary of λ_routine / λ_none for given totals, dispersion φ ≥ 1 and the degrees
 * of freedom φ was estimated on (Infinity: φ known, the plain Beta posterior); see analyseTrial.
 * Exported for the tests: with φ and its degrees of freedom fixed it is monotone in the counts.
 */
export function rateRatioPosterior(
  routine: ArmTotals,
  none: ArmTotals,
  dispersion = 1,
  degreesOfFreedom = Number.POSITIVE_INFINITY,
): Required<Pick<TrialAnalysis, 'rateRatio' | 'probabilityHelps'>> {
  const a1 = PRIOR_SHAPE + routine.cramps / dispersion;
  const a2 = PRIOR_SHAPE + none.cramps / dispersion;
  const b1 = routine.nights / dispersion;
  const b2 = none.nights / dispersion;
  const isKnownDispersion = degreesOfFreedom === Number.POSITIVE_INFINITY;
  // The quantile of the widened posterior at q is the Beta posterior's quantile at Φ(t⁻¹(q)).
  const widened = (q: number) =>
    isKnownDispersion ? q : normalCdf(studentTQuantile(q, degreesOfFreedom));
  const ratioAt = (q: number) => (b2 / b1) * betaOdds(widened(q), a1, a2);
  const helps = betaCdf(b1 / (b1 + b2), a1, a2);
  return {
    rateRatio: { median: ratioAt(0.5), low: ratioAt(INTERVAL_LOW), high: ratioAt(INTERVAL_HIGH) },
    probabilityHelps: isKnownDispersion
      ? helps
      : studentTCdf(normalQuantile(helps), degreesOfFreedom),
  };
}

/**
 * The p-quantile of B/(1 − B) for B ~ Beta(a, b). Above ½ it works from 1 − B ~ Beta(b, a), since
 * 1 − B itself would round to 0 in floating point when B is very close to 1.
 */
function betaOdds(p: number, a: number, b: number): number {
  const x = betaQuantile(p, a, b);
  if (x <= 0.5) return x / (1 - x);
  const y = betaQuantile(1 - p, b, a);
  return (1 - y) / y;
}

/** The clustering allowance: the dispersion φ ≥ 1 and the degrees of freedom it rests on. */
export interface ClusteringAllowance {
  dispersion: number;
  degreesOfFreedom: number;
}

/**
 * The clustering allowance (see analyseTrial) from the diary's blocks: the Pearson dispersion of
 * block totals about each arm's own rate, Σ (T − mk)² / (mk) for a block's total T over k known
 * nights at the arm's rate m, over blocks − 2 degrees of freedom (one rate per arm); see knownRuns
 * for what a block is. It estimates 1 for Poisson counts, and more when cramps bunch on bad
 * nights or in bad weeks. Never below 1: cramp counts are not steadier than chance, and a handful
 * of blocks can look steadier only by luck. An arm with no cramps fits a Poisson perfectly: it
 * adds nothing to the sum but keeps its degrees of freedom.
 *
 * A diary of a single block in each arm leaves no degrees of freedom between blocks. The app's
 * schedule never gives one (7 counted nights need two blocks), but a diary kept another way can:
 * then the same dispersion is taken over single nights (nights − 2 degrees of freedom), which
 * sees bad nights but cannot see bad weeks, the one thing such a diary cannot tell apart from the
 * routine's effect.
 */
export function clusteringAllowance(nights: readonly TrialNight[]): ClusteringAllowance {
  const blocks = knownRuns(nights);
  const betweenBlocks = pearsonDispersion(blocks);
  if (betweenBlocks.degreesOfFreedom > 0) return betweenBlocks;
  return pearsonDispersion(
    blocks.flatMap((block) => block.counts.map((count) => ({ arm: block.arm, counts: [count] }))),
  );
}

/** Just the dispersion φ of clusteringAllowance. */
export function clusteringDispersion(nights: readonly TrialNight[]): number {
  return clusteringAllowance(nights).dispersion;
}

/** The Pearson dispersion (at least 1) of the groups' totals about each arm's own rate. */
function pearsonDispersion(groups: readonly Run[]): ClusteringAllowance {
  let chi = 0;
  let degreesOfFreedom = 0;
  for (const arm of TrialArmSchema.options) {
    const armGroups = groups.filter((group) => group.arm === arm);
    if (armGroups.length === 0) continue;
    const counts = armGroups.flatMap((group) => group.counts);
    const rate = sum(counts) / counts.length;
    degreesOfFreedom += armGroups.length - 1;
    if (rate === 0) continue;
    for (const group of armGroups) {
      const expected = rate * group.counts.length;
      chi += (sum(group.counts) - expected) ** 2 / expected;
    }
  }
  return {
    dispersion: degreesOfFreedom > 0 ? Math.max(1, chi / degreesOfFreedom) : 1,
    degreesOfFreedom,
  };
}

interface Run {
  arm: TrialArm;
  counts: number[];
}

/**
 * Known counts grouped into the diary's blocks: runs of consecutive dates on the same arm, split
 * where a wash-out starts, since the schedule begins every block with its wash-out nights (two
 * blocks on the same arm can follow each other across pairs; counted apart, they give the
 * allowance its due degrees of freedom). Unanswered nights and the wash-out itself sit inside a
 * block; a change of arm or a gap in dates (a pause) also ends one.
 */
function knownRuns(nights: readonly TrialNight[]): Run[] {
  const sorted = nights.toSorted((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const runs: Run[] = [];
  let current: Run | undefined;
  let previousDay: number | undefined;
  let wasWashout = false;
  for (const night of sorted) {
    const day = dayNumberOf(night.date);
    const isWashout = night.isWashout === true;
    const continues =
      current?.arm === night.arm && previousDay === day - 1 && (wasWashout || !isWashout);
    if (!continues || !current) {
      current = { arm: night.arm, counts: [] };
      runs.push(current);
    }
    if (isKnown(night)) current.counts.push(night.cramps);
    previousDay = day;
    wasWashout = isWashout;
  }
  return runs.filter((run) => run.counts.length > 0);
}

function isKnown(night: TrialNight): night is TrialNight & { cramps: number } {
  return night.cramps !== null && night.isWashout !== true;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
