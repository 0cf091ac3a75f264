import { Temporal } from 'temporal-polyfill';
import { mulberry32 } from './seeded-random';
import { z } from 'zod';
import { formatMessage } from '../i18n/format-message';
import { RuleError } from '../rule-error';
import type { TrialArm } from './analyse-trial';

/**
 * A personal trial: pairs of blocks, one block with the routine and one without, the order within
 * each pair drawn from a seed. Pairs balance slow drifts (a hot fortnight, a new medicine) across
 * both arms, and random order stops the person or the season from choosing which arm goes first.
 * The schedule is a pure function of (start, seed, options), so the caller stores only those.
 */

export const MIN_TRIAL_PAIRS = 4;
export const MAX_TRIAL_PAIRS = 6;

export const TrialPlanSchema = z
  .object({
    /** The evening of the first trial night. */
    start: z.iso.date(),
    /** Any 32-bit unsigned integer; the caller draws it once and stores it. */
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1),
    pairs: z.number().int().min(MIN_TRIAL_PAIRS).max(MAX_TRIAL_PAIRS).default(MIN_TRIAL_PAIRS),
    nightsPerBlock: z.number().int().min(2).max(28).default(7),
    /** The first nights of each block, left out of the analysis while the last block wears off. */
    washoutNights: z.number().int().min(0).max(27).default(2),
  })
  .refine((plan) => plan.washoutNights < plan.nightsPerBlock, {
    message: 'Each block needs at least one night after the wash-out.',
    path: ['washoutNights'],
  });
/** What the caller may pass (defaults filled in). */
export type TrialPlanInput = z.input<typeof TrialPlanSchema>;
export type TrialPlan = z.output<typeof TrialPlanSchema>;

export interface TrialScheduleNight {
  date: string;
  arm: TrialArm;
  isWashout: boolean;
}

export interface TrialBlock {
  /** 1-based, as shown to the person. */
  pairNumber: number;
  arm: TrialArm;
  startDate: string;
  endDate: string;
}

export interface TrialSchedule {
  plan: TrialPlan;
  nights: TrialScheduleNight[];
  blocks: TrialBlock[];
  summary: {
    totalNights: number;
    startDate: string;
    endDate: string;
    /** Nights per arm that count in the analysis (wash-out excluded). */
    usableNightsPerArm: number;
  };
}

/** A night's place in the trial, for "Tonight: night 3 of 7 with the routine". */
export interface TrialTonight extends TrialScheduleNight {
  pairNumber: number;
  /** 1-based position within its block. */
  nightOfBlock: number;
}

/** The whole schedule, night by night. Throws a ZodError for an invalid plan. */
export function planTrial(input: TrialPlanInput): TrialSchedule {
  const plan = TrialPlanSchema.parse(input);
  const start = Temporal.PlainDate.from(plan.start);
  const blockArms = blockArmsOf(plan);
  const nights: TrialScheduleNight[] = [];
  const blocks: TrialBlock[] = [];
  blockArms.forEach((arm, blockIndex) => {
    const first = start.add({ days: blockIndex * plan.nightsPerBlock });
    for (let night = 0; night < plan.nightsPerBlock; night += 1) {
      nights.push({
        date: first.add({ days: night }).toString(),
        arm,
        isWashout: night < plan.washoutNights,
      });
    }
    blocks.push({
      pairNumber: Math.floor(blockIndex / 2) + 1,
      arm,
      startDate: first.toString(),
      endDate: first.add({ days: plan.nightsPerBlock - 1 }).toString(),
    });
  });
  return {
    plan,
    nights,
    blocks,
    summary: {
      totalNights: nights.length,
      startDate: plan.start,
      endDate: nights.at(-1)!.date,
      usableNightsPerArm: plan.pairs * (plan.nightsPerBlock - plan.washoutNights),
    },
  };
}

/** The assignment for the night of `date` ("YYYY-MM-DD"), or null outside the trial. */
export function trialNightFor(input: TrialPlanInput, date: string): TrialTonight | null {
  const plan = TrialPlanSchema.parse(input);
  const night = Temporal.PlainDate.from(z.iso.date().parse(date));
  const dayIndex = Temporal.PlainDate.from(plan.start).until(night).days;
  const totalNights = plan.pairs * 2 * plan.nightsPerBlock;
  if (dayIndex < 0 || dayIndex >= totalNights) return null;
  const blockIndex = Math.floor(dayIndex / plan.nightsPerBlock);
  const nightIndex = dayIndex % plan.nightsPerBlock;
  return {
    date: night.toString(),
    arm: blockArmsOf(plan)[blockIndex]!,
    isWashout: nightIndex < plan.washoutNights,
    pairNumber: Math.floor(blockIndex / 2) + 1,
    nightOfBlock: nightIndex + 1,
  };
}

/**
 * The plan with more pairs added at the end. The nights already planned keep their arms, since
 * pair k's order is always the k-th draw from the seed.
 */
export function extendTrial(input: TrialPlanInput, extraPairs = 1): TrialPlan {
  const plan = TrialPlanSchema.parse(input);
  if (!Number.isInteger(extraPairs) || extraPairs < 1) {
    throw new RangeError(`extraPairs must be a positive integer, got ${extraPairs}`);
  }
  if (plan.pairs + extraPairs > MAX_TRIAL_PAIRS) {
    throw new RuleError(formatMessage('trial.error.longest', { pairs: MAX_TRIAL_PAIRS }));
  }
  return { ...plan, pairs: plan.pairs + extraPairs };
}

/** Whether another pair can still be added. */
export function canExtendTrial(input: TrialPlanInput): boolean {
  return TrialPlanSchema.parse(input).pairs < MAX_TRIAL_PAIRS;
}

/** The arm of each block in order: per pair, routine first or none first by a fair coin. */
function blockArmsOf(plan: TrialPlan): TrialArm[] {
  const random = mulberry32(plan.seed);
  const arms: TrialArm[] = [];
  for (let pair = 0; pair < plan.pairs; pair += 1) {
    arms.push(
      ...(random() < 0.5 ? (['routine', 'none'] as const) : (['none', 'routine'] as const)),
    );
  }
  return arms;
}
