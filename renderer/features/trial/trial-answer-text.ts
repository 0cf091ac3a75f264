import type { TrialAnalysis } from '../../../core/trial/analyse-trial';
import { MIN_CRAMPS_TO_COMPARE } from '../../../core/trial/trial-minimums';
import type { TrialRunView } from '../../../core/trial/trial-view';
import { t, tPlural } from '../../i18n';

/** Within this of "no change" (a ratio of 1), a range's end is said as "no difference". */
const ABOUT_SAME = 0.025;
/**
 * The picture runs from a tenth to ten times the cramps, and the words stop where it stops: past
 * that, a diary's few cramps cannot tell 20 times from 20,000 times (3 against 0 cramps used to
 * read "663,652% more").
 */
export const SCALE_LIMIT = 10;
/** From twice as many cramps up, "2.5 times as many" says it better than "150% more". */
const TIMES_FROM = 2;

/**
 * The chance that the routine helps, in words (never a percentage: a diary's chance is not that
 * precise). The outer bands are exactly where the range leaves "no difference" behind (the
 * analysis gives both from one posterior), so the chance never contradicts the verdict.
 */
const CHANCE_BANDS = [
  [0.975, 'trial.chance.veryLikely'],
  [0.9, 'trial.chance.likely'],
  [0.67, 'trial.chance.leans'],
  [0.33, 'trial.chance.even'],
  [0.1, 'trial.chance.leansNot'],
  [0.025, 'trial.chance.unlikely'],
] as const;

/** What the words can say of an analysis. */
export type TrialAnswerKind =
  'not-enough-nights' | 'not-enough-blocks' | 'too-few-cramps' | 'compared';

const lang = () => t('app.lang');
const percent = (share: number) =>
  new Intl.NumberFormat(lang(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
/** "0.6", "1.5", "0.04", "12": two significant digits at most, for cramps a night. */
const perNight = (rate: number) =>
  new Intl.NumberFormat(lang(), { maximumSignificantDigits: 2 }).format(rate);
const times = (ratio: number) =>
  new Intl.NumberFormat(lang(), { maximumFractionDigits: 1 }).format(ratio);

/**
 * Which answer an analysis allows: too few nights for any; too few cramps to compare (the counts
 * only, whatever the numbers say); or a comparison, with its range.
 */
export function trialAnswerKind(analysis: TrialAnalysis): TrialAnswerKind {
  if (analysis.status !== 'estimate' || !analysis.rateRatio) return 'not-enough-nights';
  const { crampsCounted } = analysis;
  return crampsCounted.routine + crampsCounted.none < MIN_CRAMPS_TO_COMPARE
    ? 'too-few-cramps'
    : 'compared';
}

/**
 * One end of the range as a change in cramps: "40% fewer cramps", "no difference", "10% more
 * cramps", "2.5 times as many cramps", and beyond the picture's scale "less than a tenth as many
 * cramps" or "more than ten times as many cramps".
 */
export function changeText(ratio: number): string {
  if (ratio < 1 / SCALE_LIMIT) return t('trial.rangeUnderTenth');
  if (ratio > SCALE_LIMIT) return t('trial.rangeOverTenTimes');
  if (Math.abs(ratio - 1) < ABOUT_SAME) return t('trial.rangeSame');
  if (ratio >= TIMES_FROM) return t('trial.rangeTimes', { times: times(ratio) });
  return ratio < 1
    ? t('trial.rangeFewer', { percent: percent(1 - ratio) })
    : t('trial.rangeMore', { percent: percent(ratio - 1) });
}

/** The range in one sentence (the picture's name, too). */
export function rangeText(rateRatio: NonNullable<TrialAnalysis['rateRatio']>): string {
  return t('trial.range', { low: changeText(rateRatio.low), high: changeText(rateRatio.high) });
}

/** "2 cramps in 20 nights with the routine, 1 in 18 without": the diary's own counts. */
export function countsText(analysis: TrialAnalysis): string {
  const { nightsUsed, crampsCounted } = analysis;
  return t('trial.counts', {
    routineCramps: tPlural('trial.cramps', crampsCounted.routine),
    routineNights: tPlural('trial.nights', nightsUsed.routine),
    noneCramps: crampsCounted.none,
    noneNights: nightsUsed.none,
  });
}

/**
 * The answer in plain words, sentence by sentence, the verdict first: "It can’t tell yet" (or,
 * once the trial has ended, "The trial could not tell") whenever the range includes no difference,
 * and "fewer cramps" or "more cramps" only when all of it lies on that side. Then the diary's own
 * counts and cramps a night in each arm, the range that allows for chance, and the chance that the
 * routine helps, in words. With fewer than MIN_CRAMPS_TO_COMPARE cramps in all, only the counts;
 * with too few nights, only that.
 */
export function trialAnswerSentences(
  analysis: TrialAnalysis,
  minNightsPerArm: number,
  hasEnded = false,
): string[] {
  const { nightsUsed, crampsCounted } = analysis;
  switch (trialAnswerKind(analysis)) {
    case 'not-enough-nights':
      return [
        t(hasEnded ? 'trial.notEnoughDone' : 'trial.notEnough', {
          routine: nightsUsed.routine,
          none: nightsUsed.none,
          min: minNightsPerArm,
        }),
      ];
    case 'too-few-cramps':
      return [
        t(hasEnded ? 'trial.tooFewDone' : 'trial.tooFew', { counts: countsText(analysis) }),
        t('trial.tooFewWhy'),
      ];
    case 'compared':
      break;
  }
  const rateRatio = analysis.rateRatio!;
  const verdict =
    rateRatio.high < 1
      ? hasEnded
        ? 'trial.verdict.fewerDone'
        : 'trial.verdict.fewer'
      : rateRatio.low > 1
        ? hasEnded
          ? 'trial.verdict.moreDone'
          : 'trial.verdict.more'
        : hasEnded
          ? 'trial.verdict.unsureDone'
          : 'trial.verdict.unsure';
  return [
    t(verdict),
    t('trial.headline', {
      counts: countsText(analysis),
      routineRate: perNight(crampsCounted.routine / nightsUsed.routine),
      noneRate: perNight(crampsCounted.none / nightsUsed.none),
    }),
    rangeText(rateRatio),
    chanceText(analysis.probabilityHelps ?? 0.5),
  ];
}

/** The chance that the routine helps, in words (see CHANCE_BANDS). */
function chanceText(chance: number): string {
  const band = CHANCE_BANDS.find(([above]) => chance > above);
  return t(band ? band[1] : 'trial.chance.veryUnlikely');
}

/** The nights counted so far, with their cramps, or that none is counted yet. */
export function countedSoFarText(analysis: TrialAnalysis): string {
  const { nightsUsed } = analysis;
  return nightsUsed.routine + nightsUsed.none === 0
    ? t('trial.soFarNothing')
    : t('trial.soFar', { counts: countsText(analysis) });
}

/**
 * While the trial runs: the nights counted so far, with the routine and without, and when the
 * answer comes. No comparison: looked at every night, chance alone would sooner or later show one.
 */
export function trialProgressSentences(analysis: TrialAnalysis): string[] {
  return [countedSoFarText(analysis), t('trial.answerAtEnd')];
}

/** Whether the trial is over, so that its answer is given (finished, or stopped early). */
export function hasTrialEnded(status: TrialRunView['status']): boolean {
  return status === 'finished' || status === 'stopped';
}

/** How closely the plan was kept, in words, for the Journal and the report; `null` before any night. */
export function adherenceText(adherence: TrialRunView['adherence']): string | null {
  if (adherence.routineNights + adherence.noneNights === 0) return null;
  return t('trial.adherence', {
    done: adherence.routineDone,
    planned: adherence.routineNights,
    extra: adherence.noneWithRoutine,
    rest: adherence.noneNights,
  });
}
