import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { DiaryState } from '../journal/diary-log';
import {
  countedCramps,
  crampsKnown,
  gatherNights,
  isRoutineNight,
  type NightRecord,
} from '../journal/night-rows';
import type { SessionHistoryEntry } from '../session/session-state';
import {
  analyseTrial,
  MIN_NIGHTS_PER_ARM,
  TrialAnalysisSchema,
  TrialArmSchema,
  type TrialNight,
} from './analyse-trial';
import { MAX_TRIAL_PAIRS, MIN_TRIAL_PAIRS, planTrial } from './trial-schedule';
import {
  scheduledNightsUntil,
  trialEndNight,
  trialNightPlace,
  trialStatus,
  type TrialState,
} from './trial-state';

const NightDateSchema = z.iso.date();
const countSchema = z.number().int().min(0);

/** One length a new trial can have, from tonight. */
export const TrialProposalSchema = z.object({
  pairs: z.number().int().min(MIN_TRIAL_PAIRS).max(MAX_TRIAL_PAIRS),
  weeks: z.number().min(1),
  startDate: NightDateSchema,
  endDate: NightDateSchema,
  nightsPerBlock: z.number().int().min(1),
  washoutNights: z.number().int().min(0),
});
export type TrialProposal = z.infer<typeof TrialProposalSchema>;

/** Tonight's place in a trial under way. */
export const TrialTonightViewSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('scheduled'),
    arm: TrialArmSchema,
    isWashout: z.boolean(),
    nightOfBlock: z.number().int().min(1),
    nightsPerBlock: z.number().int().min(1),
  }),
  z.object({ kind: z.literal('paused') }),
]);
export type TrialTonightView = z.infer<typeof TrialTonightViewSchema>;

/** A trial as the window shows it. */
export const TrialRunViewSchema = z.object({
  status: z.enum(['running', 'paused', 'finished', 'stopped']),
  startDate: NightDateSchema,
  endDate: NightDateSchema,
  /** The night paused from, or stopped from, when it is. */
  since: NightDateSchema.nullable(),
  /** Tonight's night of the trial (1-based), and how many there are. */
  night: countSchema,
  totalNights: countSchema,
  washoutNights: countSchema,
  canExtend: z.boolean(),
  tonight: TrialTonightViewSchema.nullable(),
  analysis: TrialAnalysisSchema,
  /** What was done, against the plan, over the nights that are over. */
  adherence: z.object({
    routineNights: countSchema,
    routineDone: countSchema,
    noneNights: countSchema,
    noneWithRoutine: countSchema,
  }),
});
export type TrialRunView = z.infer<typeof TrialRunViewSchema>;

export const TrialViewSchema = z.object({
  trial: TrialRunViewSchema.nullable(),
  /** The lengths a new trial could have (offered when none is under way). */
  proposals: z.array(TrialProposalSchema),
  /** Cramps a week over the last four weeks' known nights; `null` when too few are known. */
  recentCrampsPerWeek: z.number().min(0).nullable(),
  minNightsPerArm: countSchema,
});
export type TrialView = z.infer<typeof TrialViewSchema>;

export interface TrialViewInput {
  readonly state: TrialState | null;
  readonly history: readonly SessionHistoryEntry[];
  readonly diary: DiaryState;
  readonly timeZone: string;
  /** The current evening, "YYYY-MM-DD". */
  readonly tonight: string;
}

/** Known nights needed in the last four weeks to give a recent rate at all. */
const RECENT_KNOWN_NIGHTS = 7;
const RECENT_NIGHTS = 28;

/**
 * The trial's nights for the analysis: every scheduled night that is over (before tonight) with
 * its planned arm and its cramps from the diary. A night no morning answered is `null` (missing,
 * never zero); a morning "yes" with nothing logged is at least one cramp, and counts as one.
 */
export function trialNights(
  state: TrialState,
  nights: ReadonlyMap<string, NightRecord>,
  tonight: string,
): TrialNight[] {
  const lastNight = Temporal.PlainDate.from(tonight).subtract({ days: 1 }).toString();
  return scheduledNightsUntil(state, lastNight).map((night) => {
    const record = nights.get(night.date);
    const cramps = record ? countedCramps(crampsKnown(record)) : null;
    return { date: night.date, arm: night.arm, cramps, isWashout: night.isWashout };
  });
}

/** Everything the window shows of the personal trial, tonight. */
export function trialView(input: TrialViewInput): TrialView {
  // Only the nights the view can need (the trial's and the last four weeks'), so years of
  // history cost no more than weeks: placing each session on its night is the slow part.
  const earliest = [input.state?.plan.start, shiftNight(input.tonight, -RECENT_NIGHTS)]
    .filter((night): night is string => night !== undefined)
    .toSorted()[0]!;
  const from = shiftNight(earliest, -2); // a margin for the zone's offset
  const nights = gatherNights(
    input.history.filter((entry) => entry.startedAt >= from),
    diarySince(input.diary, from),
    input.timeZone,
  );
  return {
    trial: input.state ? runView(input.state, nights, input.tonight) : null,
    proposals: proposalsFrom(input.tonight),
    recentCrampsPerWeek: recentCrampsPerWeek(nights, input.tonight),
    minNightsPerArm: MIN_NIGHTS_PER_ARM,
  };
}

function runView(
  state: TrialState,
  nights: ReadonlyMap<string, NightRecord>,
  tonight: string,
): TrialRunView {
  const status = trialStatus(state, tonight);
  const place = trialNightPlace(state, tonight);
  const past = trialNights(state, nights, tonight);
  const { plan } = state;
  const totalNights = plan.pairs * 2 * plan.nightsPerBlock;
  const openPause = state.pauses.find((pause) => pause.to === null);
  const routineDoneOn = (date: string) => {
    const record = nights.get(date);
    return record !== undefined && isRoutineNight(record);
  };
  const planned = (arm: 'routine' | 'none') => past.filter((night) => night.arm === arm);
  return {
    status,
    startDate: plan.start,
    endDate:
      status === 'stopped'
        ? Temporal.PlainDate.from(state.stoppedFrom!).subtract({ days: 1 }).toString()
        : trialEndNight(state, tonight),
    since: status === 'stopped' ? state.stoppedFrom : (openPause?.from ?? null),
    night: status === 'finished' ? totalNights : Math.min(totalNights, past.length + 1),
    totalNights,
    washoutNights: plan.washoutNights,
    canExtend: (status === 'running' || status === 'paused') && plan.pairs < MAX_TRIAL_PAIRS,
    tonight:
      place.kind === 'scheduled'
        ? {
            kind: 'scheduled',
            arm: place.arm,
            isWashout: place.isWashout,
            nightOfBlock: place.nightOfBlock,
            nightsPerBlock: plan.nightsPerBlock,
          }
        : place.kind === 'paused'
          ? { kind: 'paused' }
          : null,
    analysis: analyseTrial(past),
    adherence: {
      routineNights: planned('routine').length,
      routineDone: planned('routine').filter((night) => routineDoneOn(night.date)).length,
      noneNights: planned('none').length,
      noneWithRoutine: planned('none').filter((night) => routineDoneOn(night.date)).length,
    },
  };
}

const shiftNight = (night: string, days: number) =>
  Temporal.PlainDate.from(night).add({ days }).toString();

/** The diary's entries and morning answers from the night `from` on. */
function diarySince(diary: DiaryState, from: string): DiaryState {
  return {
    entries: new Map([...diary.entries].filter(([, entry]) => entry.night >= from)),
    deleted: diary.deleted,
    mornings: new Map([...diary.mornings].filter(([night]) => night >= from)),
  };
}

/** Every length a trial may have, each starting tonight with the usual blocks. */
function proposalsFrom(tonight: string): TrialProposal[] {
  const proposals: TrialProposal[] = [];
  for (let pairs = MIN_TRIAL_PAIRS; pairs <= MAX_TRIAL_PAIRS; pairs += 1) {
    // The seed does not change the dates, only the order within each pair.
    const { plan, summary } = planTrial({ start: tonight, seed: 0, pairs });
    proposals.push({
      pairs,
      weeks: summary.totalNights / 7,
      startDate: summary.startDate,
      endDate: summary.endDate,
      nightsPerBlock: plan.nightsPerBlock,
      washoutNights: plan.washoutNights,
    });
  }
  return proposals;
}

/** Cramps a week over the four weeks before tonight, from the nights whose cramps are known. */
function recentCrampsPerWeek(
  nights: ReadonlyMap<string, NightRecord>,
  tonight: string,
): number | null {
  let known = 0;
  let cramps = 0;
  for (let back = 1; back <= RECENT_NIGHTS; back += 1) {
    const record = nights.get(Temporal.PlainDate.from(tonight).subtract({ days: back }).toString());
    const count = record ? countedCramps(crampsKnown(record)) : null;
    if (count === null) continue;
    known += 1;
    cramps += count;
  }
  return known >= RECENT_KNOWN_NIGHTS ? Math.round((cramps / known) * 7 * 10) / 10 : null;
}
