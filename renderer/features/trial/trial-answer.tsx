import type { TrialRunView } from '../../../core/trial/trial-view';
import { t } from '../../i18n';
import { adherenceText, changeText, trialAnswerSentences } from './trial-answer-text';
import { TrialInterval } from './trial-interval';

/**
 * What the trial shows: the answer in plain words, the range as a picture, how closely the plan
 * was kept, and how the answer was worked out (folded away until asked for).
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
  const { analysis } = trial;
  const adherence = adherenceText(trial.adherence);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const rateRatio = analysis.status === 'estimate' ? analysis.rateRatio : undefined;
  return (
    <section aria-labelledby="trial-answer" className="trial-answer">
      <Heading id="trial-answer" className="screen__subheading">
        {t(
          trial.status === 'finished' || trial.status === 'stopped'
            ? 'trial.answerHeadingDone'
            : 'trial.answerHeading',
        )}
      </Heading>
      {trialAnswerSentences(analysis, minNightsPerArm).map((sentence) => (
        <p key={sentence} className="screen__text">
          {sentence}
        </p>
      ))}
      {rateRatio && (
        <TrialInterval
          rateRatio={rateRatio}
          label={t('trial.range', {
            low: changeText(rateRatio.low),
            high: changeText(rateRatio.high),
          })}
        />
      )}
      {adherence && <p className="screen__text screen__text--quiet">{adherence}</p>}
      <details className="trial-how">
        <summary>{t('trial.howHeading')}</summary>
        <p className="screen__text">{t('trial.how.counts', { washout: trial.washoutNights })}</p>
        <p className="screen__text">{t('trial.how.model')}</p>
        <p className="screen__text">{t('trial.how.range', { min: minNightsPerArm })}</p>
        <p className="screen__text">{t('trial.how.limits')}</p>
      </details>
    </section>
  );
}
