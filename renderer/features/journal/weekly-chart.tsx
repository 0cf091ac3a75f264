import type { WeekTally } from '../../../core/journal/journal-summary';
import { t } from '../../i18n';
import { dayText } from './diary-text';

const WIDTH = 600;
const HEIGHT = 180;
const BOTTOM = 150;

/**
 * Cramps per week (bars) against nights with the routine (dots, 0 to 7), oldest week on the
 * left: plain SVG, no chart library. The calendar above holds the same figures as text.
 */
export function WeeklyChart({ weeks }: { weeks: readonly WeekTally[] }) {
  const most = Math.max(7, ...weeks.map((week) => week.cramps));
  const step = WIDTH / Math.max(1, weeks.length);
  const y = (value: number, top: number) => BOTTOM - (value / top) * (BOTTOM - 10);
  return (
    <figure className="weekly-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('journal.chart')}>
        <line x1={0} x2={WIDTH} y1={BOTTOM} y2={BOTTOM} className="weekly-chart__axis" />
        {weeks.map((week, index) => (
          <g key={week.start} transform={`translate(${index * step} 0)`}>
            <rect
              x={step * 0.2}
              width={step * 0.6}
              y={y(week.cramps, most)}
              height={BOTTOM - y(week.cramps, most)}
              className="weekly-chart__cramps"
            />
            <circle
              cx={step / 2}
              cy={y(week.routineNights, 7)}
              r={6}
              className="weekly-chart__routine"
            />
          </g>
        ))}
        {weeks.length > 0 && (
          <>
            <text x={0} y={HEIGHT - 6} className="weekly-chart__label">
              {dayText(weeks[0]!.start)}
            </text>
            <text x={WIDTH} y={HEIGHT - 6} textAnchor="end" className="weekly-chart__label">
              {dayText(weeks.at(-1)!.start)}
            </text>
          </>
        )}
      </svg>
      <figcaption>{t('journal.chart')}</figcaption>
    </figure>
  );
}
