import type { WeekTally } from '../../../core/journal/journal-summary';
import { t } from '../../i18n';
import { dateText } from './diary-text';

/** The drawing's own units: the SVG scales to its column, text with it. */
const WIDTH = 520;
const HEIGHT = 240;
const PLOT = { left: 40, right: WIDTH - 6, top: 30, bottom: HEIGHT - 36 };

/** The top of a scale: the most in any week, rounded up to an even number, at least `least`. */
export const scaleTop = (most: number, least: number) => Math.max(least, Math.ceil(most / 2) * 2);

/**
 * One figure a week as bars on its own scale, with the scale's numbers on the left, each bar's
 * value over it and the weeks' dates below (every other week when there are many, the latest
 * always). Plain SVG: a dozen bars need no chart library, and one would cost much of the page's
 * bundle budget. A screen reader hears the title and every week's value in words.
 */
export function WeekBars({
  weeks,
  valueOf,
  top,
  title,
  keyText,
  kind,
}: {
  weeks: readonly WeekTally[];
  valueOf(week: WeekTally): number;
  /** The scale's top (its middle is marked too when a whole number). */
  top: number;
  title: string;
  /** What one bar is, beside its colour. */
  keyText: string;
  kind: 'cramps' | 'routine';
}) {
  const slot = (PLOT.right - PLOT.left) / Math.max(1, weeks.length);
  const y = (value: number) => PLOT.bottom - (value / top) * (PLOT.bottom - PLOT.top);
  const ticks = top % 2 === 0 ? [0, top / 2, top] : [0, top];
  const labelEvery = weeks.length > 6 ? 2 : 1;
  const summary = t('journal.chart.summary', {
    title,
    weeks: weeks
      .map((week) => t('journal.chart.week', { date: dateText(week.start), value: valueOf(week) }))
      .join(t('common.separator')),
  });
  return (
    <figure className={`week-bars week-bars--${kind}`}>
      <figcaption>
        <span className="week-bars__title">{title}</span>
        <span className="week-bars__key">
          <span className="week-bars__swatch" aria-hidden="true" />
          {keyText}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PLOT.left}
              x2={PLOT.right}
              y1={y(tick)}
              y2={y(tick)}
              className={tick === 0 ? 'week-bars__axis' : 'week-bars__grid'}
            />
            <text x={PLOT.left - 10} y={y(tick) + 6} textAnchor="end" className="week-bars__tick">
              {tick}
            </text>
          </g>
        ))}
        {weeks.map((week, index) => {
          const value = valueOf(week);
          const middle = PLOT.left + slot * (index + 0.5);
          const isLabelled = (weeks.length - 1 - index) % labelEvery === 0;
          return (
            <g key={week.start}>
              <rect
                x={middle - slot * 0.32}
                width={slot * 0.64}
                y={y(value)}
                height={PLOT.bottom - y(value)}
                rx={3}
                className="week-bars__bar"
              />
              <text x={middle} y={y(value) - 7} textAnchor="middle" className="week-bars__value">
                {value}
              </text>
              {isLabelled && (
                <text x={middle} y={HEIGHT - 10} textAnchor="middle" className="week-bars__week">
                  {dateText(week.start)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
