import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { betaCdf, betaQuantile } from './beta-distribution';

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

export const TrialAnalysisSchema = z.object({
  status: z.enum(['not-enough-data', 'estimate']),
  nightsUsed: z.object({ routine: z.number().int().min(0), none: z.number().int().min(0) }),
  /** Cramp rate with the routine ÷ cramp rate without it: below 1 means fewer cramps. */
  rateRatio: z
    .object({ median: z.number().positive(), low: z.number().min(0), high: z.number().positive() })
    .optional(),
  /** Probability that the routine lowers the cramp rate, P(ratio < 1). */
  probabilityHelps: z.number().min(0).max(1).optional(),
});
export type TrialAnalysis = z.infer<typeof TrialAnalysisSchema>;

/**
 * Known (non-wash-out, non-null) nights needed in EACH arm before any estimate is given. A week per
 * arm: with the default schedule (7-night blocks, 2 wash-out) that needs two blocks of each arm,
 * so one unusually good or bad week cannot decide alone, and the spread of nightly counts (used
 * for the clustering allowance) rests on at least 12 degrees of freedom.
 */
export const MIN_NIGHTS_PER_ARM = 7;

/** Jeffreys prior Gamma(½, 0) on each arm's nightly rate: weak, and the same for both arms. */
const PRIOR_SHAPE = 0.5;
const INTERVAL_LOW = 0.025;
const INTERVAL_HIGH = 0.975;

/**
 * The method, as facts the "how this was worked out" section puts into words from the message
 * catalog: a Poisson rate ratio with the Jeffreys prior on each arm, an exact Beta-based 95%
 * interval and probability, counts discounted when cramps cluster (nights or weeks), wash-out and
 * unanswered nights left out, and a minimum of known nights in each arm.
 */
export const TRIAL_METHOD = {
  model: 'poisson-rate-ratio',
  prior: 'jeffreys-gamma-half',
  clustering: 'dispersion-from-nights-and-blocks',
  minNightsPerArm: MIN_NIGHTS_PER_ARM,
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
 * frequentist coverage (Brown, Cai & DasGupta, Statistical Science 2001). The prior is improper,
 * but the posterior is proper once an arm has a night, and estimates need 7.
 *
 * Clustering: cramps bunch on bad nights and in bad spells, so counts vary more than Poisson and
 * the Poisson interval would be too narrow. A dispersion φ ≥ 1 is estimated from the diary (the
 * larger of a night-level and a block-level Pearson dispersion, see clusteringDispersion) and each
 * arm's data are scaled by 1/φ — S/φ cramps over n/φ nights — as in quasi-Poisson regression
 * (McCullagh & Nelder, Generalized Linear Models, 2nd ed., on over-dispersion), which widens the
 * interval. Taking the larger keeps the interval honest for bad spells lasting days; the price is
 * an interval slightly wider than needed (coverage about 96% rather than 95%) when counts really
 * are Poisson. With strong week-to-week swings coverage still falls to about 92%: a handful of
 * blocks cannot measure that spread well, which is one reason the schedule runs at least 4 pairs.
 *
 * Zero cramps in an arm (or both) is fine: the shape stays ≥ ½. With no cramps at all the result is
 * an estimate centred on 1 with a very wide range and probabilityHelps = ½ (for equal nights): an
 * honest "cannot tell", not a missing answer. Throws a ZodError for invalid input.
 */
export function analyseTrial(nights: readonly TrialNight[]): TrialAnalysis {
  const valid = TrialNightsSchema.parse(nights);
  const known = valid.filter(isKnown);
  const routine = known.filter((night) => night.arm === 'routine').map((night) => night.cramps);
  const none = known.filter((night) => night.arm === 'none').map((night) => night.cramps);
  const nightsUsed = { routine: routine.length, none: none.length };
  if (routine.length < MIN_NIGHTS_PER_ARM || none.length < MIN_NIGHTS_PER_ARM) {
    return { status: 'not-enough-data', nightsUsed };
  }
  const dispersion = clusteringDispersion(valid);
  return {
    status: 'estimate',
    nightsUsed,
    ...rateRatioPosterior(
      { cramps: sum(routine), nights: routine.length },
      { cramps: sum(none), nights: none.length },
      dispersion,
    ),
  };
}

export interface ArmTotals {
  cramps: number;
  nights: number;
}

/**
 * The posterior summary of λ_routine / λ_none for given totals and dispersion φ ≥ 1 (see
 * analyseTrial). Exported for the tests: with φ fixed it is exactly monotone in the counts.
 */
export function rateRatioPosterior(
  routine: ArmTotals,
  none: ArmTotals,
  dispersion = 1,
): Required<Pick<TrialAnalysis, 'rateRatio' | 'probabilityHelps'>> {
  const a1 = PRIOR_SHAPE + routine.cramps / dispersion;
  const a2 = PRIOR_SHAPE + none.cramps / dispersion;
  const b1 = routine.nights / dispersion;
  const b2 = none.nights / dispersion;
  const ratioAt = (p: number) => (b2 / b1) * betaOdds(p, a1, a2);
  return {
    rateRatio: { median: ratioAt(0.5), low: ratioAt(INTERVAL_LOW), high: ratioAt(INTERVAL_HIGH) },
    probabilityHelps: betaCdf(b1 / (b1 + b2), a1, a2),
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

/**
 * The clustering allowance φ ≥ 1 (see analyseTrial): the larger of two Pearson dispersions, each
 * about its arm's own rate. Night level: Σ (y − m)² / m over known nights, df = nights − 1 per arm.
 * Run level: the same for run totals T over k known nights, Σ (T − mk)² / (mk), df = runs − 1 per
 * arm, where a run is a stretch of consecutive dates on one arm (a schedule block). Both estimate 1
 * for Poisson counts; the run level also sees bad spells lasting days, which the night level
 * misses. An arm with no cramps fits a Poisson perfectly: it adds nothing but keeps its df.
 */
export function clusteringDispersion(nights: readonly TrialNight[]): number {
  const runs = knownRuns(nights);
  let nightChi = 0;
  let nightDf = 0;
  let runChi = 0;
  let runDf = 0;
  for (const arm of TrialArmSchema.options) {
    const armRuns = runs.filter((run) => run.arm === arm);
    const counts = armRuns.flatMap((run) => run.counts);
    if (counts.length === 0) continue;
    const rate = sum(counts) / counts.length;
    nightDf += counts.length - 1;
    runDf += armRuns.length - 1;
    if (rate === 0) continue;
    for (const count of counts) nightChi += (count - rate) ** 2 / rate;
    for (const run of armRuns) {
      const expected = rate * run.counts.length;
      runChi += (sum(run.counts) - expected) ** 2 / expected;
    }
  }
  return Math.max(1, nightDf > 0 ? nightChi / nightDf : 1, runDf > 0 ? runChi / runDf : 1);
}

interface Run {
  arm: TrialArm;
  counts: number[];
}

/**
 * Known counts grouped into runs of consecutive dates on the same arm. Wash-out and unanswered
 * nights do not split a run (they sit inside a block); a change of arm or a gap in dates does.
 */
function knownRuns(nights: readonly TrialNight[]): Run[] {
  const sorted = nights.toSorted((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const runs: Run[] = [];
  let current: Run | undefined;
  let previousDate: Temporal.PlainDate | undefined;
  for (const night of sorted) {
    const date = Temporal.PlainDate.from(night.date);
    const continues =
      current?.arm === night.arm && previousDate?.add({ days: 1 }).equals(date) === true;
    if (!continues || !current) {
      current = { arm: night.arm, counts: [] };
      runs.push(current);
    }
    if (isKnown(night)) current.counts.push(night.cramps);
    previousDate = date;
  }
  return runs.filter((run) => run.counts.length > 0);
}

function isKnown(night: TrialNight): night is TrialNight & { cramps: number } {
  return night.cramps !== null && night.isWashout !== true;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
