import type { DoctorReport, ReportCramp } from '../../../core/report/doctor-report';
import { durationSpanOf } from '../../../core/report/report-rules';
import { t, type MessageKey } from '../../i18n';
import { answerText, type ChoiceField } from '../journal/diary-text';
import { listText, reportMoment, reportNight, reportPeriod } from './report-text';

/** Answers in words, as one list ("" when there are none). */
const words = (field: ChoiceField, values: readonly (string | number | undefined)[] = []) =>
  listText(values.flatMap((value) => (value === undefined ? [] : answerText(field, value))));

/** The diary's columns after when a cramp began, in order. */
const COLUMNS = [
  'report.col.where',
  'report.col.strength',
  'report.col.duration',
  'report.col.feel',
  'report.col.helped',
  'report.col.symptoms',
] as const satisfies readonly MessageKey[];

/** A cramp's answers, each under its column's name (a column it did not answer is empty). */
const cells = (cramp: ReportCramp): readonly (readonly [(typeof COLUMNS)[number], string])[] => [
  [
    'report.col.where',
    listText([words('leg', [cramp.leg]), words('muscle', [cramp.muscle])].filter(Boolean)),
  ],
  ['report.col.strength', cramp.intensity === undefined ? '' : String(cramp.intensity)],
  [
    'report.col.duration',
    cramp.durationMinutes === undefined
      ? ''
      : words('durationMinutes', [durationSpanOf(cramp.durationMinutes)]),
  ],
  ['report.col.feel', words('feel', cramp.feel)],
  ['report.col.helped', words('helped', cramp.helped)],
  ['report.col.symptoms', words('symptoms', cramp.symptoms)],
];

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
              {COLUMNS.map((column) => (
                <th scope="col" key={column}>
                  {t(column)}
                </th>
              ))}
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
                  {cells(cramp).map(([column, text]) => (
                    <td key={column} data-label={t(column)}>
                      {text}
                    </td>
                  ))}
                </tr>
                {notes.length > 0 && (
                  <tr className="report-table__notes">
                    <td colSpan={COLUMNS.length + 1}>{notes.join(' ')}</td>
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
