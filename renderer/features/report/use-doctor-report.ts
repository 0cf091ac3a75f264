import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { IpcResult } from '../../../core/ipc/ipc-result';
import type { DoctorReport } from '../../../core/report/doctor-report';
import type { ReportPatient } from '../../../core/report/report-patient';
import { NO_PATIENT } from '../../../core/report/report-rules';
import { t } from '../../i18n';

/** The report as main works it out, and saving it as PDF. */
export interface DoctorReportView {
  /** `null` until main answers; `'failed'` if it could not. */
  readonly report: DoctorReport | 'failed' | null;
  /**
   * Saves the report shown as PDF through the save dialog, headed by `patient` (kept in the
   * settings first when it changed, and shown on the page before it is printed): where it went,
   * why not, or `null`.
   */
  save(patient: ReportPatient): Promise<string | null>;
}

/** The same name and date of birth. */
const isSamePatient = (a: ReportPatient, b: ReportPatient) =>
  a.name === b.name && a.birthDate === b.birthDate;

/** Why a call to main did not work, in words: main's own reason for a save, else a general one. */
const whyNot = (result: IpcResult<unknown> | null) =>
  result && !result.ok && result.error.code === 'not-saved'
    ? result.error.message
    : t('error.generic');

/**
 * The report for the doctor from main: read when it opens and again after every change to the
 * diary (`changed` is the diary as shown), so what is saved is what the page shows.
 */
export function useDoctorReport(bridge: BedtimeBridge | null, changed: unknown): DoctorReportView {
  const [report, setReport] = useState<DoctorReport | 'failed' | null>(null);
  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    void bridge.getDoctorReport().then((result) => {
      if (isCurrent) setReport(result.ok ? result.value : 'failed');
    });
    return () => {
      isCurrent = false;
    };
  }, [bridge, changed]);
  return {
    report,
    save: async (patient) => {
      if (!bridge || report === null || report === 'failed') return t('error.generic');
      if (!isSamePatient(patient, report.patient ?? NO_PATIENT)) {
        const kept = await bridge.updateSettings({ reportPatient: patient });
        if (!kept.ok) return whyNot(kept);
        const again = await bridge.getDoctorReport();
        if (!again.ok) return whyNot(again);
        // On the page before main prints it: the PDF is the page as shown.
        flushSync(() => setReport(again.value));
      }
      const result = await bridge.saveDoctorReport();
      if (!result.ok) return whyNot(result);
      return result.value.kind === 'saved' ? t('report.saved', { file: result.value.file }) : null;
    },
  };
}
