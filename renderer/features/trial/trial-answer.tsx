import { MIN_CRAMPS_TO_COMPARE } from '../../../core/trial/trial-minimums';
import type { TrialRunView } from '../../../core/trial/trial-view';
import { t } from '../../i18n';
import {
  adherenceText,
  hasTrialEnded,
  rangeText,
  trialAnswerKind,
  trialAnswerSentences,
  trialProgressSentences,
} from './trial-answer-text';
import { TrialInterval } from './trial-interval';

/**
 * What the trial shows. While it runs: the nights counted so far and when the answer comes, no
 * comparison (looked at every night, chance alone would sooner or later show one). Once it has
 * ended (or was stopped, which is said): the answer in plain words and its range as a picture.
 * Always: how closely the plan was kept, and how the answer is worked out (folded away).
 */
export function TrialAnswer({
  trial,
  minNightsPerArm,
  headingLevel = 3,
}: {
  trial: Pick<TrialRunView, 'analysis' | 'adherence' | 'washoutNights' | 'status'>;
  minNightsPerArm: number;
  headingLevel?: 2 | 3;
}) {
  const { analysis, status } = trial;
  const hasEnded = hasTrialEnded(status);
  const adherence = adherenceText(trial.adherence);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const sentences = hasEnded
    ? trialAnswerSentences(analysis, minNightsPerArm, true)
    : trialProgressSentences(analysis);
  const rateRatio =
    hasEnded && trialAnswerKind(analysis) === 'compared' ? analysis.rateRatio : undefined;
  return (
    <section aria-labelledby="trial-answer" className="trial-answer">
      <Heading id="trial-answer" className="screen__subheading">
        {t(
          status === 'stopped'
            ? 'trial.answerHeadingEarly'
            : status === 'finished'
              ? 'trial.answerHeadingDone'
              : 'trial.answerHeading',
        )}
      </Heading>
      {status === 'stopped' && <p className="screen__text">{t('trial.stoppedEarly')}</p>}
      {sentences.map((sentence, index) => (
        <p key={index} className={index === 0 ? 'screen__text trial-answer__lead' : 'screen__text'}>
          {sentence}
        </p>
      ))}
      {rateRatio && <TrialInterval rateRatio={rateRatio} label={rangeText(rateRatio)} />}
      {adherence && <p className="screen__text screen__text--quiet">{adherence}</p>}
      <details className="trial-how">
        <summary>{t('trial.howHeading')}</summary>
        <p className="screen__text">{t('trial.how.counts', { washout: trial.washoutNights })}</p>
        <p className="screen__text">{t('trial.how.model')}</p>
        <p className="screen__text">{t('trial.how.range')}</p>
        <p className="screen__text">
          {t('trial.how.when', { min: minNightsPerArm, cramps: MIN_CRAMPS_TO_COMPARE })}
        </p>
        <p className="screen__text">{t('trial.how.limits')}</p>
      </details>
    </section>
  );
}
