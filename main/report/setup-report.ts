import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import { formatMessage } from '../../core/i18n/format-message';
import type { DiaryState } from '../../core/journal/diary-log';
import { buildDoctorReport } from '../../core/report/build-report';
import type { DoctorReport, ReportSaveOutcome } from '../../core/report/doctor-report';
import { SaveError } from '../../core/save-error';
import type { SessionHistoryEntry } from '../../core/session/session-state';
import type { HealthNotes } from '../../core/health/health-notes';
import type { TrialView } from '../../core/trial/trial-view';
import type { ReportPatient } from '../../core/report/report-patient';
import { hasPatient } from '../../core/report/report-rules';
import type { IpcHandlers } from '../ipc';
import { reportPdfOptions } from './pdf-page-templates';

type ReportHandlers = Pick<IpcHandlers, 'getDoctorReport' | 'saveDoctorReport'>;

/** What the report reaches. */
export interface ReportSetup {
  readonly window: BrowserWindow;
  /** Every session recorded. */
  readonly history: () => readonly SessionHistoryEntry[];
  /** The cramp diary as it stands (`DiaryBook.snapshot`). */
  readonly diary: () => DiaryState;
  readonly wallNow: () => number;
  readonly timeZone: () => string;
  /** The personal trial as the window sees it (its answer goes in the report). */
  readonly trial?: () => TrialView;
  /** The user's health notes (what they ticked goes in the report). */
  readonly healthNotes?: () => HealthNotes;
  /** The name and date of birth the user chose to head the report. */
  readonly patient?: () => ReportPatient;
}

/**
 * The report for the doctor in main: the report worked out from the history and the diary now,
 * and saved as PDF: the save dialog first (the user may cancel), then the window, which is showing
 * the report, printed by Chromium with its print styles, then written atomically and synced.
 */
export function setupReport(setup: ReportSetup): { handlers: ReportHandlers } {
  const reportNow = (): DoctorReport => {
    const report = buildDoctorReport({
      history: setup.history(),
      diary: setup.diary(),
      timeZone: setup.timeZone(),
      nowMs: setup.wallNow(),
    });
    const trial = setup.trial?.();
    const notes = setup.healthNotes?.();
    const hasNotes =
      notes !== undefined &&
      (notes.conditions.length > 0 || notes.medicines.length > 0 || notes.other.trim() !== '');
    const patient = setup.patient?.();
    return {
      ...report,
      patient: patient && hasPatient(patient) ? patient : null,
      healthNotes: hasNotes ? notes : null,
      trial: trial?.trial ? { ...trial.trial, minNightsPerArm: trial.minNightsPerArm } : null,
    };
  };
  return {
    handlers: {
      getDoctorReport: reportNow,
      saveDoctorReport: () => saveReportPdf(setup.window, reportNow()),
    },
  };
}

async function saveReportPdf(
  window: BrowserWindow,
  report: DoctorReport,
): Promise<ReportSaveOutcome> {
  const picked = await dialog.showSaveDialog(window, {
    title: formatMessage('reportPdf.dialogTitle'),
    defaultPath: `${formatMessage('reportPdf.defaultName', { date: report.madeOn })}.pdf`,
    filters: [{ name: formatMessage('reportPdf.fileKind'), extensions: ['pdf'] }],
  });
  if (picked.canceled || !picked.filePath) return { kind: 'cancelled' };
  let pdf: Buffer;
  try {
    pdf = await window.webContents.printToPDF(reportPdfOptions(report));
  } catch (error) {
    throw new SaveError(formatMessage('reportPdf.printFailed'), { cause: error });
  }
  try {
    await writeFileAtomic(picked.filePath, pdf, { fsync: true });
  } catch (error) {
    throw new SaveError(formatMessage('reportPdf.failed'), { cause: error });
  }
  return { kind: 'saved', file: path.basename(picked.filePath) };
}
