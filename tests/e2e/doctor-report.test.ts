import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatReportDay,
  formatReportMoment,
  formatReportNight,
} from '../../core/report/report-dates';
import { eveningOf } from '../../core/reminders/next-reminder';
import { readSystemTimeZone } from '../../main/time-zone/system-time-zone';
import { dialog } from '../fakes/electron';
import {
  SEEDED_MEDICINES,
  SEEDED_NOTE,
  writeSeededDiary,
  type SeededDiary,
} from '../fixtures/seeded-diary';
import { axeViolations } from './axe-check';
import { pdfAccessibility, pdfPageTexts } from './pdf-text';
import { startAppInChromium, type AppInChromium } from './start-app-in-chromium';

/** The name given for the report (an apostrophe and an accent, as names have). */
const PATIENT_NAME = 'Ann O’Neill-Bézier';

/** Text as a reader takes it in: runs of spaces and line breaks as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The report for the doctor on the built app: eleven weeks of diary (within the twelve the report
 * covers, so the diary runs to a second and a third page) and routines on disk, the
 * report read in the app, then saved as PDF by Chromium's own print of the page, and the PDF's
 * text read back page by page.
 */
describe('the report for the doctor, in the built app', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('saves a PDF whose first page answers a doctor’s questions and whose next pages hold the diary, every page with its dates, number and “not a diagnosis”', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-report-'));
    // The app reads the zone as main does, and ends the report with the current night.
    const zone = readSystemTimeZone();
    const tonight = eveningOf(Date.now(), zone).toString();
    const seeded: SeededDiary = await writeSeededDiary(folder, {
      tonight,
      weeks: 11,
      timeZone: zone,
      seed: 8,
    });
    const logged = seeded.nights.flatMap((night) => night.entries);
    // The report keeps the Journal's weeks (the last one ends with the current night), from the
    // one holding the diary's first night.
    const nightsToTonight = seeded.nights.length + 1;
    const weeks = Math.ceil(nightsToTonight / 7);
    const firstNight = Temporal.PlainDate.from(tonight)
      .subtract({ days: weeks * 7 - 1 })
      .toString();
    expect(logged.length).toBeGreaterThan(20);

    app = await startAppInChromium({ userDataDir: folder });
    const { page } = app;
    await page.getByRole('tab', { name: 'Journal' }).click();
    await page.getByRole('button', { name: 'Report for the doctor' }).click();
    const report = page.getByRole('article', { name: 'Report for the doctor' });
    await expect
      .poll(() => report.getByRole('heading', { name: 'The diary in detail' }).count())
      .toBe(1);
    // In the app: the questions, then every cramp of the eleven weeks, a row (and a notes row) each.
    const shown = flat((await report.textContent()) ?? '');
    expect(shown).toContain('When did the cramps start?');
    expect(shown).toContain(SEEDED_NOTE);
    await expect
      .poll(() => report.locator('.report-table--diary tbody').count())
      .toBe(logged.length);
    // The weekly table fits its box in a small window and at 200% zoom: nothing of it is out
    // of sight to the side, and it scrolls nowhere sideways.
    const weeksTable = report.getByRole('table', { name: 'Cramps each week' });
    const cdp = await page.context().newCDPSession(page);
    for (const [width, height, zoom] of [
      [800, 600, 1],
      [1280, 800, 2],
      [800, 600, 2],
    ] as const) {
      const css = { width: width / zoom, height: height / zoom };
      await page.setViewportSize(css);
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        ...css,
        deviceScaleFactor: zoom,
        mobile: false,
      });
      const fit = await weeksTable.evaluate((table) => {
        const box = table.getBoundingClientRect();
        const article = table.closest('article')!.getBoundingClientRect();
        let scrollsSideways = false;
        for (let up = table.parentElement; up; up = up.parentElement)
          scrollsSideways ||= up.scrollWidth > up.clientWidth + 1 && up !== document.body;
        return {
          isInside: box.left >= article.left - 1 && box.right <= article.right + 1,
          isInWindow: box.right <= window.innerWidth,
          scrollsSideways,
          rows: table.querySelectorAll('tbody tr').length,
        };
      });
      expect(fit, `${width}×${height} at ${zoom * 100}%`).toEqual({
        isInside: true,
        isInWindow: true,
        scrollsSideways: false,
        rows: weeks,
      });
    }
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await page.setViewportSize({ width: 960, height: 720 }); // the host's own size again
    await page.screenshot({ path: 'screenshots/doctor-report.png' });
    await page.screenshot({ path: 'screenshots/doctor-report-full.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Saved as PDF: first the name and date of birth to head it (optional), then the dialog
    // offers a name with the date; the page is what gets printed.
    const pdfFile = path.join(folder, 'report.pdf');
    dialog.saveAnswers.push(pdfFile);
    await report.getByRole('button', { name: 'Save as PDF…' }).click();
    const asked = report.getByRole('form', { name: 'Your name on the report?' });
    await asked.getByRole('textbox', { name: 'Name' }).fill(PATIENT_NAME);
    await asked.getByLabel('Date of birth').fill('1948-03-07');
    await page.screenshot({ path: 'screenshots/doctor-report-name.png' });
    expect(await axeViolations(page)).toEqual([]);
    await asked.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect
      .poll(() => report.locator('.report__status', { hasText: 'Saved to report.pdf.' }).count())
      .toBe(1);
    expect(dialog.saveDialogs.at(-1)).toMatchObject({
      defaultPath: expect.stringMatching(
        /^Bedtime Stretch report for the doctor \d{4}-\d{2}-\d{2}\.pdf$/,
      ),
    });

    const bytes = new Uint8Array(await readFile(pdfFile));
    await writeFile('screenshots/doctor-report.pdf', bytes); // to look at
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    // Tagged for a screen reader: its title and language as the page's, its headings and tables
    // as such.
    const readable = await pdfAccessibility(bytes);
    expect(readable).toMatchObject({
      title: 'Bedtime Stretch: report for the doctor',
      language: 'en',
      isTagged: true,
    });
    for (const role of ['H1', 'H2', 'Table', 'TH', 'TD'])
      expect(readable.firstPageRoles).toContain(role);
    const pages = (await pdfPageTexts(bytes)).map(flat);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // Every page: the dates covered, its number of how many, and that this is not a diagnosis.
    const from = formatReportDay(firstNight, 'en');
    const to = formatReportDay(tonight, 'en', undefined, 1); // the morning after tonight
    pages.forEach((text, index) => {
      expect(text).toContain(`report for the doctor · ${PATIENT_NAME}, born March 7, 1948`);
      expect(text).toContain(`Nights from the evening of ${from} to the morning of ${to}`);
      expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(text).toContain('not a diagnosis');
    });

    // The first page: whose report, then the questions a doctor asks, answered from the diary,
    // and nothing else.
    const first = pages[0]!;
    expect(first).toMatch(
      new RegExp(`Report for the doctor Name ${PATIENT_NAME} Date of birth March 7, 1948 Nights`),
    );
    for (const question of [
      'When did the cramps start?',
      'Where are they?',
      'How do they feel?',
      'How long does each one last?',
      'What comes with them?',
      'How often?',
      'The bedtime routine',
      'Medicines started or changed',
      'What helped?',
    ])
      expect(first).toContain(question);
    const firstCramp = seeded.nights.find(
      (night) => night.cramps === 'logged' || night.cramps === 'said',
    )!;
    const { evening, morning } = formatReportNight(firstCramp.date, 'en', true);
    expect(first).toContain(
      `The first cramp in the diary was in the night of ${evening} to ${morning}.`,
    );
    expect(first).toMatch(/Most began between \d{1,2}:\d{2} AM and \d{1,2}:\d{2} AM\./);
    expect(first).toMatch(/Calf \(\d+\)/);
    expect(first).toMatch(/1 to 5 minutes \(\d+\)/);
    expect(first).toMatch(/Sore afterwards \(\d+\)/);
    // Cramps per week as the Journal counts them: a said-but-not-logged night counts one.
    const saidNights = seeded.nights.filter((night) => night.cramps === 'said').length;
    expect(first).toContain(`${logged.length + saidNights} cramps in ${weeks} weeks.`);
    const routineNights = seeded.nights.filter((night) => night.routine).length;
    expect(first).toMatch(new RegExp(`Done on ${routineNights} of \\d+ nights\\.`));
    expect(first).toContain('Before sleep: calf and hamstring stretches (');
    for (const medicine of SEEDED_MEDICINES) expect(first).toContain(medicine.text);
    expect(first).toMatch(/Stretching \(\d+\)/);
    expect(first).not.toContain('The diary in detail');

    // Then the diary in detail, on the pages after: every cramp, its note as written.
    const rest = pages.slice(1).join(' ');
    expect(rest).toContain('The diary in detail');
    expect(rest).toContain(`Note: ${SEEDED_NOTE}`);
    const lastCramp = logged.at(-1)!;
    // Each cramp at the day and time it began, in the user's zone (not its night's date).
    const began = Temporal.Instant.fromEpochMilliseconds(lastCramp.startedAtMs).toZonedDateTimeISO(
      zone,
    );
    expect(rest).toContain(
      flat(
        formatReportMoment(
          began.toPlainDate().toString(),
          began.toPlainTime().toString().slice(0, 5),
          'en',
        ),
      ),
    );
    // The app's own navigation and buttons are not printed.
    expect(pages.join(' ')).not.toContain('Save as PDF');
    expect(pages.join(' ')).not.toContain('Settings');

    // The name and date of birth are kept on this computer: after a relaunch they head the
    // report again, and are offered as given the next time it is saved.
    const { page: again } = await app.relaunch();
    await again.getByRole('tab', { name: 'Journal' }).click();
    await again.getByRole('button', { name: 'Report for the doctor' }).click();
    const reopened = again.getByRole('article', { name: 'Report for the doctor' });
    await expect
      .poll(() => reopened.locator('.report__patient').textContent())
      .toBe(`Name${PATIENT_NAME}Date of birthMarch 7, 1948`);
    await reopened.getByRole('button', { name: 'Save as PDF…' }).click();
    expect(await reopened.getByRole('textbox', { name: 'Name' }).inputValue()).toBe(PATIENT_NAME);
  }, 90_000);
});
