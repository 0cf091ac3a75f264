import type { DoctorReport } from '../../../core/report/doctor-report';
import { durationSpanOf } from '../../../core/report/report-rules';
import { t } from '../../i18n';
import { answerText, type ChoiceField } from '../journal/diary-text';
import { listText, reportMoment, reportNight, reportPeriod } from './report-text';

/** Answers in words, as one list ("" when there are none). */
const words = (field: ChoiceField, values: readonly (string | number | undefined)[] = []) =>
  listText(values.flatMap((value) => (value === undefined ? [] : answerText(field, value))));

/**
 * The diary in detail, after the first page: every cramp logged in the report's weeks, oldest
 * first, one row each (its medicines and note on a line of their own), then the nights said to
 * have had cramps with none logged.
 */
export function ReportDiary({ report }: { report: DoctorReport }) {
  const { crampsInDetail, saidNights, period } = report;
  return (
    <section className="report__diary" aria-labelledby="report-diary">
      <h2 id="report-diary" className="screen__subheading">
        {t('report.diaryHeading')}
      </h2>
      <p>{t('report.diaryIntro', reportPeriod(period))}</p>
      {crampsInDetail.length === 0 ? (
        <p>{t('report.noEntries')}</p>
      ) : (
        <table className="report-table report-table--diary">
          <thead>
            <tr>
              <th scope="col">{t('report.col.when')}</th>
              <th scope="col">{t('report.col.where')}</th>
              <th scope="col">{t('report.col.strength')}</th>
              <th scope="col">{t('report.col.duration')}</th>
              <th scope="col">{t('report.col.feel')}</th>
              <th scope="col">{t('report.col.helped')}</th>
              <th scope="col">{t('report.col.symptoms')}</th>
            </tr>
          </thead>
          {/* One body a cramp, so a cramp and its notes are never split across pages. */}
          {crampsInDetail.map((cramp) => {
            const notes = [
              cramp.medicines && t('report.entryMedicines', { text: cramp.medicines }),
              cramp.note && t('report.entryNote', { text: cramp.note }),
            ].filter(Boolean);
            return (
              <tbody key={cramp.id}>
                <tr>
                  {/* The day and time it began, in the user's zone: not its night's date. */}
                  <th scope="row">{reportMoment(cramp.day, cramp.time)}</th>
                  <td>
                    {listText(
                      [words('leg', [cramp.leg]), words('muscle', [cramp.muscle])].filter(Boolean),
                    )}
                  </td>
                  <td>{cramp.intensity}</td>
                  <td>
                    {cramp.durationMinutes !== undefined &&
                      words('durationMinutes', [durationSpanOf(cramp.durationMinutes)])}
                  </td>
                  <td>{words('feel', cramp.feel)}</td>
                  <td>{words('helped', cramp.helped)}</td>
                  <td>{words('symptoms', cramp.symptoms)}</td>
                </tr>
                {notes.length > 0 && (
                  <tr className="report-table__notes">
                    <td colSpan={7}>{notes.join(' ')}</td>
                  </tr>
                )}
              </tbody>
            );
          })}
        </table>
      )}
      {saidNights.length > 0 && (
        <p>
          {t('report.saidNights', {
            nights: saidNights
              .map((night) => t('report.nightSpan', reportNight(night)))
              .join(t('report.nightsSeparator')),
          })}
        </p>
      )}
    </section>
  );
}
