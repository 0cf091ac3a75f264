import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { ReportPatient } from '../../../core/report/report-patient';
import { NO_PATIENT } from '../../../core/report/report-rules';
import { useAnnounce } from '../../components/live-announcer';
import { t } from '../../i18n';
import { ReportAnswers } from './report-answers';
import { ReportDiary } from './report-diary';
import { PatientForm, PatientLines } from './report-patient';
import { reportDay, reportPeriod } from './report-text';
import { useDoctorReport } from './use-doctor-report';
import './report.css';

/**
 * The report for the doctor, opened from the Journal: read in the app, and saved as PDF just as
 * it is shown (main prints this page; its print styles make it dark on white, without the app's
 * navigation and buttons): the user's name and date of birth if they gave them (asked when saving),
 * then the first page answers a doctor's questions, and the diary follows.
 */
export function DoctorReport({
  bridge,
  changed,
  onBack,
}: {
  bridge: BedtimeBridge | null;
  /** The diary as shown: the report is read again when it changes. */
  changed: unknown;
  onBack(): void;
}) {
  const { report, save } = useDoctorReport(bridge, changed);
  const shown = report === 'failed' ? null : report;
  const announce = useAnnounce();
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  // Saving asks first for a name and date of birth to head the report (both optional).
  const [isAsking, setIsAsking] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    heading.current?.focus();
    // The PDF takes its title from the page.
    const before = document.title;
    document.title = t('report.documentTitle');
    return () => {
      document.title = before;
    };
  }, []);
  const stopAsking = () => {
    flushSync(() => setIsAsking(false));
    saveButton.current?.focus();
  };
  const saveAsPdf = async (patient: ReportPatient) => {
    stopAsking();
    setStatus(null);
    setIsSaving(true);
    const said = await save(patient);
    setIsSaving(false);
    setStatus(said);
    if (said) announce(said);
  };
  return (
    <article className="report" aria-labelledby="report-heading">
      {isAsking && shown ? (
        <PatientForm
          patient={shown.patient ?? NO_PATIENT}
          onSave={(patient) => void saveAsPdf(patient)}
          onCancel={stopAsking}
        />
      ) : (
        <div className="button-row report__actions">
          <button type="button" className="button button--large" onClick={onBack}>
            {t('report.back')}
          </button>
          <button
            ref={saveButton}
            type="button"
            className="button button--primary button--large"
            // Not `disabled` while saving: the button keeps the keyboard's focus.
            disabled={!shown}
            aria-disabled={isSaving}
            onClick={() => {
              if (isSaving) return;
              setStatus(null);
              setIsAsking(true);
            }}
          >
            {t('report.save')}
          </button>
        </div>
      )}
      {status && <p className="screen__text report__status">{status}</p>}
      <h1 id="report-heading" ref={heading} tabIndex={-1} className="screen__heading">
        {t('report.heading')}
      </h1>
      {report === null && <p className="screen__text">{t('report.loading')}</p>}
      {report === 'failed' && (
        <p className="notice" role="alert">
          {t('error.generic')}
        </p>
      )}
      {shown && (
        <>
          {shown.patient && <PatientLines patient={shown.patient} />}
          <p className="report__range">
            {t('report.range', { ...reportPeriod(shown.period), madeOn: reportDay(shown.madeOn) })}
          </p>
          <p className="report__intro">{t('report.intro')}</p>
          <ReportAnswers report={shown} />
          <ReportDiary report={shown} />
        </>
      )}
    </article>
  );
}
