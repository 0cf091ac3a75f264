import { mkdtempSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InvokeMethod } from '../../../core/ipc/contract';
import type { DoctorReport } from '../../../core/report/doctor-report';
import { escapeHtml } from '../../../main/report/pdf-page-templates';
import { app, dialog, type FakeWebContents } from '../../fakes/electron';
import { ManualClock } from '../../fakes/manual-clock';
import { invokeAsPage, startFakeApp } from '../../fakes/start-fake-app';

type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

let quit: (() => Promise<void>) | null = null;
afterEach(async () => {
  await quit?.();
  quit = null;
});

/** The app on a fresh user-data folder, at 21:30 UTC on Wednesday 25 November 2026, in London. */
async function start(folder = mkdtempSync(path.join(os.tmpdir(), 'bedtime-report-'))) {
  const running = await startFakeApp(
    { clock: new ManualClock(), timeZone: () => 'Europe/London' },
    null,
    folder,
  );
  const contents = running.window.webContents as unknown as FakeWebContents;
  const call = async (method: InvokeMethod, payload?: unknown) =>
    (await invokeAsPage(contents, method, payload)) as Reply;
  quit = async () => {
    const hasQuit = new Promise<void>((resolve) => app.once('quit', () => resolve()));
    running.quit();
    await hasQuit;
  };
  return { folder, contents, call };
}

type Started = Awaited<ReturnType<typeof start>>;
const call = (app: Started, method: InvokeMethod, payload?: unknown) => app.call(method, payload);
const reportOf = async (app: Started) =>
  ((await app.call('getDoctorReport')) as { value: DoctorReport }).value;

describe('the report for the doctor in main', () => {
  it('is worked out from the diary on disk, up to the current night', async () => {
    const { call } = await start();
    await call('saveDiaryEntry', {
      startedAtMs: Date.UTC(2026, 10, 25, 2, 40), // 02:40 on the 25th: the 24th's night
      leg: 'right',
      medicines: 'Started amlodipine',
    });
    const reply = await call('getDoctorReport');
    expect(reply.ok).toBe(true);
    const report = (reply as { value: DoctorReport }).value;
    expect(report.period).toEqual({ from: '2026-11-19', to: '2026-11-25' });
    expect(report.firstCramp).toBe('2026-11-24');
    expect(report.crampsInDetail).toEqual([
      expect.objectContaining({ night: '2026-11-24', time: '02:40', leg: 'right' }),
    ]);
    expect(report.medicines).toEqual([{ night: '2026-11-24', text: 'Started amlodipine' }]);
  });

  it('carries what the user ticked in their health notes, and their trial, when there is one', async () => {
    const { call } = await start();
    expect(((await call('getDoctorReport')) as { value: DoctorReport }).value).toMatchObject({
      healthNotes: null,
      trial: null,
    });
    const notes = {
      conditions: ['diabetes'],
      medicines: [{ medicine: 'statin', changedOn: '2026-10-02' }],
      other: '',
    };
    await call('updateSettings', { healthNotes: notes });
    await call('actOnTrial', { kind: 'start', pairs: 4 });
    const report = ((await call('getDoctorReport')) as { value: DoctorReport }).value;
    expect(report.healthNotes).toEqual(notes);
    expect(report.trial).toMatchObject({
      status: 'running',
      startDate: '2026-11-25',
      analysis: { status: 'not-enough-data' },
      minNightsPerArm: 7,
    });
  });

  it('is headed by the name and date of birth the user gave, kept on this computer across a relaunch', async () => {
    const first = await start();
    const patient = { name: 'Ann <b>O’Neill</b>', birthDate: '1948-03-07' };
    expect(await call(first, 'updateSettings', { reportPatient: patient })).toMatchObject({
      ok: true,
    });
    expect(await reportOf(first)).toMatchObject({ patient });
    await quit?.();
    quit = null;

    // A new launch on the same folder: read back from the settings file.
    const again = await start(first.folder);
    expect(await reportOf(again)).toMatchObject({ patient });
    const saved = JSON.parse(await readFile(path.join(first.folder, 'settings.json'), 'utf8')) as {
      reportPatient: unknown;
    };
    expect(saved.reportPatient).toEqual(patient);

    // On every page of the PDF too, as text, never as markup.
    dialog.saveAnswers.push(path.join(first.folder, 'report.pdf'));
    await again.call('saveDoctorReport');
    expect(again.contents.printed[0]!.headerTemplate).toContain(
      'Bedtime Stretch: report for the doctor · <span style="white-space:nowrap">Ann &lt;b&gt;O’Neill&lt;/b&gt;, born March 7, 1948</span>',
    );

    // Emptied, the report is headed by neither.
    await again.call('updateSettings', { reportPatient: { name: ' ', birthDate: null } });
    expect(await reportOf(again)).toMatchObject({ patient: null });
  });

  it('refuses a name or a date of birth that cannot be right, keeping what was there', async () => {
    const app = await start();
    for (const reportPatient of [
      { name: 'Ann\nO’Neill', birthDate: null },
      { name: 'x'.repeat(121), birthDate: null },
      { name: 'Ann', birthDate: '1850-01-01' },
      { name: 'Ann', birthDate: '7 March 1948' },
      { name: 'Ann' },
    ])
      expect(await app.call('updateSettings', { reportPatient })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    expect(await reportOf(app)).toMatchObject({ patient: null });
  });

  it('saves the page as an A4 PDF where the user chose, with the dates, page numbers and “not a diagnosis” on every page', async () => {
    const { folder, contents, call } = await start();
    const file = path.join(folder, 'for the doctor.pdf');
    dialog.saveAnswers.push(file);
    expect(await call('saveDoctorReport')).toEqual({
      ok: true,
      value: { kind: 'saved', file: 'for the doctor.pdf' },
    });
    // The dialog offers a PDF named with the day.
    expect(dialog.saveDialogs).toEqual([
      expect.objectContaining({
        title: 'Save the report for the doctor',
        defaultPath: 'Bedtime Stretch report for the doctor 2026-11-25.pdf',
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      }),
    ]);
    // What the window printed is what was written (no temporary file left beside it).
    expect((await readFile(file)).toString()).toContain('%PDF-1.4');
    expect(await readdir(folder)).not.toContainEqual(
      expect.stringMatching(/for the doctor\.pdf\./),
    );
    const [options] = contents.printed;
    expect(options).toMatchObject({
      pageSize: 'A4',
      displayHeaderFooter: true,
      printBackground: true,
      // Tagged, so that a screen reader can read it (the e2e test reads the tags back).
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    expect(options!.margins!.top).toBeGreaterThanOrEqual(0.6);
    expect(options!.headerTemplate).toContain(
      'Nights from the evening of Nov 19, 2026 to the morning of Nov 26, 2026',
    );
    expect(options!.headerTemplate).toMatch(/font-size:\s*\d/);
    expect(options!.footerTemplate).toContain(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
    expect(options!.footerTemplate).toContain('not a diagnosis');
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { contents, call } = await start();
    expect(await call('saveDoctorReport')).toEqual({ ok: true, value: { kind: 'cancelled' } });
    expect(contents.printed).toEqual([]);
  });

  it('says plainly when the PDF cannot be made or written, and writes nothing', async () => {
    const { folder, contents, call } = await start();
    const file = path.join(folder, 'report.pdf');
    dialog.saveAnswers.push(file);
    vi.spyOn(contents, 'printToPDF').mockRejectedValueOnce(new Error('Printing failed'));
    expect(await call('saveDoctorReport')).toEqual({
      ok: false,
      error: {
        code: 'not-saved',
        message: 'The report could not be made into a PDF. Nothing was written; please try again.',
      },
    });
    await expect(readFile(file)).rejects.toThrow();

    dialog.saveAnswers.push(path.join(folder, 'no such folder', 'report.pdf'));
    expect(await call('saveDoctorReport')).toEqual({
      ok: false,
      error: {
        code: 'not-saved',
        message:
          'The report could not be saved there. Nothing was written; please choose another place.',
      },
    });
  });
});

describe('text put into the print’s templates', () => {
  it('is shown as text, never read as markup', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')"> & more`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; more',
    );
  });
});
