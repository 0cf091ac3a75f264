import { useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { DoctorReport } from '../../../core/report/doctor-report';
import { t } from '../../i18n';

/** The report as main works it out, and saving it as PDF. */
export interface DoctorReportView {
  /** `null` until main answers; `'failed'` if it could not. */
  readonly report: DoctorReport | 'failed' | null;
  /** Saves the report shown as PDF through the save dialog: where it went, why not, or `null`. */
  save(): Promise<string | null>;
}

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
    save: async () => {
      const result = bridge && (await bridge.saveDoctorReport());
      if (!result?.ok)
        return result?.error.code === 'not-saved' ? result.error.message : t('error.generic');
      return result.value.kind === 'saved' ? t('report.saved', { file: result.value.file }) : null;
    },
  };
}
