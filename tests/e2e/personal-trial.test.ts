import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it } from 'vitest';
import { replayDiary } from '../../core/journal/diary-log';
import { eveningOf } from '../../core/reminders/next-reminder';
import type { TrialAnalysis } from '../../core/trial/analyse-trial';
import { startTrialState } from '../../core/trial/trial-state';
import { trialView } from '../../core/trial/trial-view';
import { dialog } from '../fakes/electron';
import { writeSeededDiary } from '../fixtures/seeded-diary';
import { pdfPageTexts } from './pdf-text';
import { axeViolations } from './axe-check';
import { startAppInChromium, type AppInChromium } from './start-app-in-chromium';

/** The zone and the night the built app sees (it reads the system's clock and zone). */
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const tonight = () => eveningOf(Date.now(), zone).toString();

/** "12 cramps in 20 nights with the routine, 9 in 18 without", as the trial's words give them. */
function countsOf(analysis: TrialAnalysis): string {
  const { crampsCounted: cramps, nightsUsed: nights } = analysis;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(cramps.routine, 'cramp')} in ${plural(nights.routine, 'night')} with the routine, ${cramps.none} in ${nights.none} without`;
}

/**
 * The personal trial on the built app: the built main bundle and preload, the built page in
 * Chromium, the trial kept in a real user-data folder; only Electron's native shell is faked.
 */
/**
 * Eight weeks of diary on disk and an 8-week trial begun `weeksAgo` weeks ago (seed 2026), with
 * what core makes of the same diary, for the words the page must show.
 */
async function seedTrial(weeksAgo: number) {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-trial-'));
  const now = tonight();
  const seeded = await writeSeededDiary(folder, { tonight: now, weeks: 8, timeZone: zone });
  const start = Temporal.PlainDate.from(now).subtract({ weeks: weeksAgo }).toString();
  const state = startTrialState({ start, seed: 2026 });
  await writeFile(path.join(folder, 'settings.json'), JSON.stringify({ version: 1, trial: state }));
  const expected = trialView({
    state,
    history: seeded.history,
    diary: replayDiary(seeded.events),
    timeZone: zone,
    tonight: now,
  }).trial!;
  return { folder, expected };
}

describe('Find out if it helps me, in the built app', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('after a trial over an 8-week diary, the Journal shows the calendar, the chart and the trial’s answer', async () => {
    // A trial of 4 pairs that began 8 weeks ago: its last night was last night.
    const { folder, expected } = await seedTrial(8);
    expect(expected.analysis.status).toBe('estimate');

    app = await startAppInChromium({ userDataDir: folder });
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('tab', { name: 'Journal' }).click();
    const weeks = page.getByRole('region', { name: 'The last 12 weeks' });
    await weeks.waitFor();
    // The calendar holds the seeded nights: a cramp night, a routine night, an unknown night.
    const calendar = weeks.getByRole('table', { name: 'Night by night, a week a row' });
    await expect.poll(() => calendar.getByRole('cell').count()).toBeGreaterThan(56);
    await expect.poll(() => weeks.getByRole('img', { name: /Cramps each week/ }).count()).toBe(1);

    const trial = page.getByRole('region', { name: 'Find out if it helps me' });
    await expect.poll(() => trial.textContent()).toContain('Your trial ended on the night of');
    const answer = trial.getByRole('region', { name: 'What your trial found' });
    // The diary's own counts come with the verdict, and the verdict comes first.
    const { crampsCounted, nightsUsed } = expected.analysis;
    expect(crampsCounted.routine + crampsCounted.none).toBeGreaterThanOrEqual(5);
    await expect
      .poll(() => answer.textContent())
      .toContain(`Your diary counted ${countsOf(expected.analysis)}`);
    const { low, high } = expected.analysis.rateRatio!;
    expect(await answer.locator('p').first().textContent()).toBe(
      high < 1
        ? 'Nights with the routine had fewer cramps than nights without.'
        : low > 1
          ? 'Nights with the routine had more cramps than nights without.'
          : 'The trial could not tell whether the routine helps you.',
    );
    expect(nightsUsed.routine).toBeGreaterThanOrEqual(7);
    // The range as a picture, named by the range's own sentence.
    const picture = answer.getByRole('img', { name: /^Allowing for chance/ });
    expect(await picture.count()).toBe(1);
    const rangeSentence = (await picture.getAttribute('aria-label'))!;
    expect(await answer.textContent()).toContain(rangeSentence);
    expect(await answer.textContent()).not.toMatch(/likeliest|\d+% chance/);
    await answer.getByText('How this was worked out').click();
    expect(await answer.textContent()).toContain('Poisson rate ratio');
    await trial.screenshot({ path: 'screenshots/journal-trial-answer.png' });
    expect(await axeViolations(page)).toEqual([]);

    // The report for the doctor carries the trial's answer on its first page, as a PDF too.
    await page.getByRole('button', { name: 'Report for the doctor' }).click();
    const report = page.getByRole('article', { name: 'Report for the doctor' });
    await expect.poll(() => report.textContent()).toContain('Does the routine help?');
    // As it prints (to look at): dark on white, the trial on the first page.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: 'screenshots/report-print-trial.png' });
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1280, height: 800 });
    const pdfFile = path.join(folder, 'report.pdf');
    dialog.saveAnswers.push(pdfFile);
    await report.getByRole('button', { name: 'Save as PDF…' }).click();
    // Asked for a name first (optional): saved without one.
    await report
      .getByRole('form', { name: 'Your name on the report?' })
      .getByRole('button', { name: 'Save as PDF…' })
      .click();
    await expect.poll(() => report.textContent()).toContain('Saved to report.pdf.');
    const pages = (await pdfPageTexts(new Uint8Array(await readFile(pdfFile)))).map((text) =>
      text.replace(/\s+/g, ' '),
    );
    expect(pages[0]).toContain('Does the routine help?');
    expect(pages[0]).toContain(rangeSentence);
    expect(pages[0]).toContain('Poisson rate ratio');
    expect(pages[0]).toContain('allows for clustering');
  });

  it('while a trial runs, the Journal and the report count the nights and keep the answer for the end', async () => {
    // An 8-week trial begun 4 weeks ago: half-way, with two blocks of each arm counted.
    const { folder, expected } = await seedTrial(4);
    // Enough to compare, were it compared: what it shows must not depend on that.
    expect(expected.analysis.status).toBe('estimate');

    app = await startAppInChromium({ userDataDir: folder });
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('tab', { name: 'Journal' }).click();
    const trial = page.getByRole('region', { name: 'Find out if it helps me' });
    await expect.poll(() => trial.textContent()).toContain('Night 29 of 56');
    const soFar = trial.getByRole('region', { name: 'What your trial shows so far' });
    await expect
      .poll(() => soFar.textContent())
      .toContain(`So far your diary counts ${countsOf(expected.analysis)}.`);
    expect(await soFar.textContent()).toContain('comes when the trial ends');
    const shown = (await soFar.locator(':scope > p').allTextContents()).join(' ');
    expect(shown).not.toMatch(/%|fewer cramps than|more cramps than|very likely|helps you/);
    expect(await soFar.getByRole('img').count()).toBe(0);
    await trial.screenshot({ path: 'screenshots/journal-trial-running.png' });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Report for the doctor' }).click();
    const report = page.getByRole('article', { name: 'Report for the doctor' });
    await expect.poll(() => report.textContent()).toContain('Still under way: night 29 of 56.');
    expect(await report.textContent()).toContain(
      `So far your diary counts ${countsOf(expected.analysis)}.`,
    );
    expect(await report.textContent()).not.toMatch(/Allowing for chance|Poisson rate ratio/);
  });

  it('a trial started in the Journal is kept: after a relaunch Tonight says tonight’s arm', async () => {
    app = await startAppInChromium();
    const { page } = app;
    await page.getByRole('tab', { name: 'Journal' }).click();
    const trial = page.getByRole('region', { name: 'Find out if it helps me' });
    await trial.getByRole('radio', { name: '10 weeks' }).check();
    await trial.screenshot({ path: 'screenshots/trial-proposal.png' });
    expect(await axeViolations(page)).toEqual([]);
    await trial.getByRole('button', { name: 'Start the trial tonight' }).click();
    await expect.poll(() => trial.textContent()).toContain('Night 1 of 70');

    const saved = JSON.parse(
      await readFile(path.join(app.launched.userDataDir, 'settings.json'), 'utf8'),
    ) as { trial: { plan: { start: string; pairs: number } } };
    expect(saved.trial.plan).toMatchObject({ start: tonight(), pairs: 5 });

    const { page: again } = await app.relaunch();
    const note = again.getByRole('note').filter({ hasText: 'Tonight in your trial' });
    await expect
      .poll(() => note.textContent())
      .toMatch(
        /^Tonight in your trial: a night (with|without) the routine \(night 1 of 7\)\..*settling-in night/,
      );
    await again.screenshot({ path: 'screenshots/tonight-trial.png' });
  });
});
