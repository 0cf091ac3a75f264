import type { WeekTally } from '../../../core/journal/journal-summary';
import type { DoctorReport } from '../../../core/report/doctor-report';
import { t, tPlural } from '../../i18n';
import { reportDay } from './report-text';

/**
 * How often: the cramps in the report's weeks, with the nights that were not known said plainly,
 * and the Journal's weeks as a table.
 */
export function ReportWeeks({ report }: { report: DoctorReport }) {
  const { cramps, nights, weeks } = report;
  const total = weeks.reduce((sum, week) => sum + week.cramps, 0);
  const rows = [
    ['report.weekCramps', (week: WeekTally) => week.cramps],
    ['report.weekKnown', (week: WeekTally) => week.knownNights],
    ['report.weekRoutine', (week: WeekTally) => week.routineNights],
  ] as const;
  return (
    <>
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
      {/* Weeks run across, so twelve of them take four lines and the first page holds it all. */}
      <div className="report-weeks" tabIndex={0} role="group" aria-label={t('report.weeksCaption')}>
        <table className="report-table report-table--weeks">
          <caption>{t('report.weeksCaption')}</caption>
          <thead>
            <tr>
              <th scope="row">{t('report.weekFrom')}</th>
              {weeks.map((week) => (
                <th scope="col" key={week.start}>
                  {reportDay(week.start, { day: 'numeric', month: 'short' })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{t(key)}</th>
                {weeks.map((week) => (
                  <td key={week.start}>{value(week)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
