import type { PrintToPDFOptions } from 'electron';
import { formatMessage } from '../../core/i18n/format-message';
import { formatReportDay } from '../../core/report/report-dates';
import type { DoctorReport } from '../../core/report/doctor-report';
import type { ReportPatient } from '../../core/report/report-patient';

/** The user's name and date of birth, as far as given: "Ann Lee, born March 7, 1948". */
export function patientText(patient: ReportPatient, lang: string): string {
  const name = patient.name.trim();
  if (patient.birthDate === null) return name;
  const birthDate = formatReportDay(patient.birthDate, lang, { dateStyle: 'long' });
  return name === ''
    ? formatMessage('report.patientBornOnly', { birthDate })
    : formatMessage('report.patientBoth', { name, birthDate });
}

/** Text put into the print's templates, which Chromium reads as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!,
  );
}

/**
 * One line of the header or footer: text at the start and at the end. Chromium draws the
 * templates apart from the page, with no style of its own and a tiny default font, so each one
 * carries its own (dark on white, whatever the app's theme).
 */
const line = (start: string, end: string) =>
  `<div style="box-sizing:border-box;width:100%;padding:0 14mm;display:flex;justify-content:space-between;gap:8mm;font-family:system-ui,'Noto Sans','DejaVu Sans',sans-serif;font-size:8pt;color:#333">` +
  `<span>${start}</span><span style="white-space:nowrap">${end}</span></div>`;

/**
 * How the report is printed to PDF: A4, tagged for screen readers, with the date range in the
 * header and "Page 1 of 3" and "not a diagnosis" in the footer of every page, the page's own print
 * styles in force.
 */
export function reportPdfOptions(report: DoctorReport): PrintToPDFOptions {
  const lang = formatMessage('app.lang');
  const range = formatMessage('reportPdf.range', {
    from: formatReportDay(report.period.from, lang),
    // The morning after the last night: the nights end then.
    to: formatReportDay(report.period.to, lang, undefined, 1),
  });
  // Whose report, on every page, so pages that come apart can still be filed; the name and date
  // of birth kept on one line.
  const header = report.patient
    ? escapeHtml(formatMessage('reportPdf.headerFor')).replace(
        '{patient}',
        `<span style="white-space:nowrap">${escapeHtml(patientText(report.patient, lang))}</span>`,
      )
    : escapeHtml(formatMessage('reportPdf.header'));
  // Placeholders left as they are by the escaping, then replaced by Chromium's own fields.
  const page = escapeHtml(formatMessage('reportPdf.page'))
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{pages}', '<span class="totalPages"></span>');
  return {
    pageSize: 'A4',
    printBackground: true,
    // Tagged, so a screen reader reads the headings, lists and tables as such, in the page's
    // language and under the page's title (its <html lang> and <title>); the headings also
    // become the PDF's bookmarks.
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    displayHeaderFooter: true,
    headerTemplate: line(header, escapeHtml(range)),
    footerTemplate: line(escapeHtml(formatMessage('reportPdf.footer')), page),
    // Inches (Electron's unit): room above and below the page's text for the header and footer.
    margins: { top: 0.75, bottom: 0.75, left: 0.55, right: 0.55 },
  };
}
