import type { WeekTally } from '../../../core/journal/journal-summary';
import { t } from '../../i18n';
import { WeekBars, scaleTop } from './week-bars';

/**
 * Cramps per week and nights with the routine per week, oldest week on the left: two small
 * charts side by side (one above the other in a narrow window), each on its own scale, so a
 * count of cramps is never read against nights out of 7.
 */
export function WeeklyCharts({ weeks }: { weeks: readonly WeekTally[] }) {
  return (
    <div className="weekly-charts">
      <WeekBars
        kind="cramps"
        weeks={weeks}
        valueOf={(week) => week.cramps}
        top={scaleTop(Math.max(...weeks.map((week) => week.cramps)), 4)}
        title={t('journal.chart.cramps')}
        keyText={t('journal.chart.crampsKey')}
      />
      <WeekBars
        kind="routine"
        weeks={weeks}
        valueOf={(week) => week.routineNights}
        top={7}
        title={t('journal.chart.routine')}
        keyText={t('journal.chart.routineKey')}
      />
    </div>
  );
}
