import type { TrialAnalysis } from '../../../core/trial/analyse-trial';
import { t } from '../../i18n';
import { SCALE_LIMIT } from './trial-answer-text';

const WIDTH = 600;
const HEIGHT = 110;
const LINE_Y = 50;
/** The scale runs from a tenth to ten times the cramps (log), "no difference" in the middle. */
const SCALE_DECADES = Math.log10(SCALE_LIMIT);

/** Where a rate ratio sits across the picture (log scale, clamped to its edges). */
const xOf = (ratio: number) => {
  const log = Math.log10(Math.max(10 ** -SCALE_DECADES, Math.min(10 ** SCALE_DECADES, ratio)));
  return ((log + SCALE_DECADES) / (2 * SCALE_DECADES)) * WIDTH;
};

/**
 * The answer's range as a picture: a line from the low to the high end of the range, a dot at the
 * median (the middle of what the diary allows, not "the likeliest value"), and the "no difference"
 * line in the middle; fewer cramps to the left. The range's words stop at the same scale (see
 * changeText), and name the picture for screen readers.
 */
export function TrialInterval({
  rateRatio,
  label,
}: {
  rateRatio: NonNullable<TrialAnalysis['rateRatio']>;
  /** The range in words. */
  label: string;
}) {
  const low = xOf(rateRatio.low);
  const high = xOf(rateRatio.high);
  return (
    <figure className="trial-interval">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        <line x1={0} x2={WIDTH} y1={LINE_Y} y2={LINE_Y} className="trial-interval__axis" />
        <line
          x1={WIDTH / 2}
          x2={WIDTH / 2}
          y1={LINE_Y - 30}
          y2={LINE_Y + 30}
          className="trial-interval__none"
        />
        <line x1={low} x2={high} y1={LINE_Y} y2={LINE_Y} className="trial-interval__range" />
        <circle cx={xOf(rateRatio.median)} cy={LINE_Y} r={10} className="trial-interval__median" />
        <text x={0} y={HEIGHT - 8} className="trial-interval__label">
          {`← ${t('trial.axisFewer')}`}
        </text>
        <text x={WIDTH / 2} y={HEIGHT - 8} textAnchor="middle" className="trial-interval__label">
          {t('trial.axisSame')}
        </text>
        <text x={WIDTH} y={HEIGHT - 8} textAnchor="end" className="trial-interval__label">
          {`${t('trial.axisMore')} →`}
        </text>
      </svg>
      <figcaption>{t('trial.picture')}</figcaption>
    </figure>
  );
}
