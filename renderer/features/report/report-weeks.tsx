import type { WeekTally } from '../../../core/journal/journal-summary';
import type { DoctorReport } from '../../../core/report/doctor-report';
import { t, tPlural } from '../../i18n';
import { reportDay } from './report-text';

/**
 * How often: the cramps in the report's weeks, with the nights that were not known said plainly,
 * and the Journal's weeks as a table, a week a row.
 */
export function ReportWeeks({ report }: { report: DoctorReport }) {
  const { cramps, nights, weeks } = report;
  const total = weeks.reduce((sum, week) => sum + week.cramps, 0);
  const columns = [
    ['report.weekCramps', (week: WeekTally) => week.cramps],
    ['report.weekKnown', (week: WeekTally) => week.knownNights],
    ['report.weekRoutine', (week: WeekTally) => week.routineNights],
  ] as const;
  return (
    // On paper the sentences sit beside the table, so the first page keeps its room.
    <div className="report-often">
      <div className="report-often__text">
        <p>
          {t('report.often', {
            cramps: tPlural('report.cramps', total),
            weeks: tPlural('report.weeks', weeks.length),
          })}{' '}
          {cramps.saidNotLogged > 0 && tPlural('report.saidNotLogged', cramps.saidNotLogged)}
        </p>
        <p className="report__quiet">
          {t('report.known', { known: nights.known, total: nights.total })}
        </p>
      </div>
      {/*
        A week a row, its figures across: four columns fit a narrow window and a 200% zoom
        without a sideways scroll, and twelve short rows still leave the first page room.
      */}
      <table className="report-table report-table--weeks">
        <caption>{t('report.weeksCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.weekFrom')}</th>
            {columns.map(([key]) => (
              <th scope="col" key={key}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.start}>
              <th scope="row">{reportDay(week.start, { day: 'numeric', month: 'short' })}</th>
              {columns.map(([key, value]) => (
                <td key={key}>{value(week)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
