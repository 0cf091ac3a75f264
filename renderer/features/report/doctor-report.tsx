import { useEffect, useRef, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import { useAnnounce } from '../../components/live-announcer';
import { t } from '../../i18n';
import { ReportAnswers } from './report-answers';
import { ReportDiary } from './report-diary';
import { reportDay, reportPeriod } from './report-text';
import { useDoctorReport } from './use-doctor-report';
import './report.css';

/**
 * The report for the doctor, opened from the Journal: read in the app, and saved as PDF just as
 * it is shown (main prints this page; its print styles make it dark on white, without the app's
 * navigation and buttons): the first page answers a doctor's questions, the diary follows.
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
  useEffect(() => {
    heading.current?.focus();
    // The PDF takes its title from the page.
    const before = document.title;
    document.title = t('report.documentTitle');
    return () => {
      document.title = before;
    };
  }, []);
  const saveAsPdf = async () => {
    setStatus(null);
    setIsSaving(true);
    const said = await save();
    setIsSaving(false);
    setStatus(said);
    if (said) announce(said);
  };
  return (
    <article className="report" aria-labelledby="report-heading">
      <div className="button-row report__actions">
        <button type="button" className="button button--large" onClick={onBack}>
          {t('report.back')}
        </button>
        <button
          type="button"
          className="button button--primary button--large"
          // Not `disabled` while saving: the button keeps the keyboard's focus.
          disabled={!shown}
          aria-disabled={isSaving}
          onClick={() => !isSaving && void saveAsPdf()}
        >
          {t('report.save')}
        </button>
      </div>
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
