import type { TrialAnalysis } from '../../../core/trial/analyse-trial';
import type { TrialRunView } from '../../../core/trial/trial-view';
import { t } from '../../i18n';

/** Within this of "no change" (a ratio of 1), the routine is said to make about no difference. */
const ABOUT_SAME = 0.05;
/**
 * Chances in the middle are said to the nearest 5% (more would be false precision); near the ends
 * to the whole percent, so 97% is not rounded up to a certainty; beyond 99%, "above 99%".
 */
const chanceStep = (chance: number) => (chance >= 0.9 || chance <= 0.1 ? 0.01 : 0.05);

const lang = () => t('app.lang');
const percent = (share: number) =>
  new Intl.NumberFormat(lang(), { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** A rate ratio as a change in cramps: "40% fewer", "10% more" or "no difference". */
export function changeText(ratio: number): string {
  if (Math.abs(ratio - 1) < ABOUT_SAME / 2) return t('trial.rangeSame');
  return ratio < 1
    ? t('trial.rangeFewer', { percent: percent(roundShare(1 - ratio)) })
    : t('trial.rangeMore', { percent: percent(roundShare(ratio - 1)) });
}

/** A share rounded to whole percent, with a change of over 1000% said as it is. */
const roundShare = (share: number) => Math.round(share * 100) / 100;

/**
 * The answer in plain words, sentence by sentence: how many fewer (or more) cramps the routine
 * nights had, the range that fits the diary, the chance it helps, and, when the range includes
 * no difference, that the trial cannot yet tell. Not enough data is said as such, with the counts.
 */
export function trialAnswerSentences(analysis: TrialAnalysis, minNightsPerArm: number): string[] {
  if (analysis.status !== 'estimate' || !analysis.rateRatio) {
    return [
      t('trial.notEnough', {
        routine: analysis.nightsUsed.routine,
        none: analysis.nightsUsed.none,
        min: minNightsPerArm,
      }),
    ];
  }
  const { median, low, high } = analysis.rateRatio;
  const effect =
    Math.abs(median - 1) < ABOUT_SAME
      ? t('trial.answer.same')
      : t(median < 1 ? 'trial.answer.fewer' : 'trial.answer.more', {
          percent: percent(roundShare(Math.abs(1 - median))),
        });
  const sentences = [effect, t('trial.range', { low: changeText(low), high: changeText(high) })];
  const chance = analysis.probabilityHelps ?? 0.5;
  if (chance > 0.99) sentences.push(t('trial.chanceAbove', { percent: percent(0.99) }));
  else if (chance < 0.01) sentences.push(t('trial.chanceBelow', { percent: percent(0.01) }));
  else {
    const step = chanceStep(chance);
    sentences.push(t('trial.chance', { percent: percent(Math.round(chance / step) * step) }));
  }
  if (low < 1 && high > 1) sentences.push(t('trial.unsure'));
  return sentences;
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
