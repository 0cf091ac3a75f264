import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seasonedUserData } from '../fixtures/seasoned-user-data';
import { axeViolations } from './axe-check';
import { WINDOW_SIZES, inViewAndUncovered, setWindowSize } from './in-view';
import { startAppInChromium, type AppInChromium } from './start-app-in-chromium';

/** The page's whole height and whether it scrolls sideways, in CSS pixels. */
const pageSize = (page: Page) =>
  page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    isSideways: document.documentElement.scrollWidth > window.innerWidth,
  }));

const diaryLines = async (folder: string) =>
  (await readFile(path.join(folder, 'diary.jsonl'), 'utf8').catch(() => ''))
    .split('\n')
    .filter((line) => line !== '');

/**
 * The Journal and the diary form as a tired user meets them at night, on the built app in
 * Chromium, at 1280×800, 800×600 and 200% zoom (screenshots in `screenshots/`, kept out of git).
 */
describe('the Journal and the diary form at a glance, in the built app', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('with eight weeks: two charts with axes, a calendar with weekdays and a legend, a short list', async () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const folder = await seasonedUserData({ nowMs: Date.now(), timeZone: zone });
    app = await startAppInChromium({ userDataDir: folder });
    const { page } = app;
    await page.getByRole('tab', { name: 'Journal' }).click();
    const weeks = page.getByRole('region', { name: 'The last 12 weeks' });
    await weeks.getByRole('table').waitFor();

    // Each figure on its own scale, named and summed up in words for a screen reader.
    const cramps = weeks.getByRole('img', { name: /^Cramps each week/ });
    const routine = weeks.getByRole('img', { name: /^Nights with the routine each week/ });
    expect(await cramps.count()).toBe(1);
    expect(await routine.count()).toBe(1);
    // The routine's scale runs 0 to 7, its own; the cramps' from 0 to at least the most logged.
    expect(await routine.locator('text').allTextContents()).toEqual(
      expect.arrayContaining(['0', '7']),
    );
    expect(await cramps.locator('text').allTextContents()).toContain('0');
    // The calendar: a weekday over each column, and every mark explained.
    const calendar = weeks.getByRole('table');
    expect(await calendar.getByRole('columnheader').allTextContents()).toEqual([
      'Week of',
      ...Array.from({ length: 7 }, () => expect.stringMatching(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/)),
    ]);
    const legend = weeks.getByRole('list', { name: 'What the marks mean' });
    expect(await legend.textContent()).toMatch(/!.*Cramps, not logged/);
    expect(await legend.textContent()).toMatch(/\?.*Not known/);

    // The diary: a line or two a cramp; its details on demand.
    const list = page.getByRole('list', { name: 'Your cramps' });
    const first = list.getByRole('listitem').first();
    expect(await first.textContent()).toMatch(
      /^Night of \w{3}, \w{3} \d+ · cramp at \d+:\d\d\s[AP]M/,
    );
    const details = first.getByRole('button', { name: /^(Show|Hide) details/ });
    expect(await details.textContent()).toBe('Show details');
    expect(await details.getAttribute('aria-expanded')).toBe('false');
    // Change and Delete wait with the details: a line a cramp, no buttons to misclick.
    expect(await first.getByRole('button', { name: /^Change: Night of/ }).isVisible()).toBe(false);

    for (const size of WINDOW_SIZES) {
      await setWindowSize(page, size);
      const where = `Journal at ${size.name}`;
      expect.soft(await axeViolations(page), where).toEqual([]);
      const { height, isSideways } = await pageSize(page);
      expect.soft(isSideways, `${where} scrolls sideways`).toBe(false);
      // 30 cramps listed were 236 px each: the whole page ran past 10,000 px at 1280×800.
      if (size.name === '1280x800') expect.soft(height, where).toBeLessThan(6_000);
      await page.screenshot({
        path: `screenshots/journal-glance-${size.name}.png`,
        fullPage: true,
      });
    }
    await details.click();
    expect(await details.textContent()).toBe('Hide details');
    expect(await details.getAttribute('aria-expanded')).toBe('true');
    expect(await first.getByRole('button', { name: /^Change: Night of/ }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  }, 90_000);

  it('on day one: the weeks are explained in plain words, not drawn as a grid of question marks', async () => {
    app = await startAppInChromium();
    const { page } = app;
    await page.getByRole('tab', { name: 'Journal' }).click();
    const weeks = page.getByRole('region', { name: 'The last 12 weeks' });
    await weeks.getByText(/Your first week/).waitFor();
    expect(await weeks.getByRole('table').count()).toBe(0);
    expect(await weeks.getByRole('img').count()).toBe(0);
    expect(await weeks.textContent()).not.toContain('?');
    for (const size of WINDOW_SIZES) {
      await setWindowSize(page, size);
      expect.soft(await axeViolations(page), size.name).toEqual([]);
      await page.screenshot({
        path: `screenshots/journal-day-one-${size.name}.png`,
        fullPage: true,
      });
    }
  });

  it('the diary form: Save in view at every size; Escape after a choice asks before discarding it', async () => {
    app = await startAppInChromium();
    const { page } = app;
    const folder = app.launched.userDataDir;
    const form = page.getByRole('heading', { name: 'Log a cramp', level: 1 });
    const save = page.getByRole('button', { name: 'Save', exact: true });
    for (const size of WINDOW_SIZES) {
      await setWindowSize(page, size);
      await page.getByRole('button', { name: 'Log a cramp' }).click();
      await form.waitFor();
      expect(await inViewAndUncovered(save), `${size.name}, as opened`).toBe(true);
      // Opened (a click scrolls the page to it), then seen from the top: Save is still in view.
      await page.getByText('More details').click();
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await inViewAndUncovered(save), `${size.name}, with more details`).toBe(true);
      await page.screenshot({ path: `screenshots/diary-form-glance-${size.name}.png` });
      // Nothing chosen yet (opening "More details" is no answer): Escape simply closes.
      await page.keyboard.press('Escape');
      await expect.poll(() => form.count()).toBe(0);
    }

    await setWindowSize(page, WINDOW_SIZES[1]);
    await page.getByRole('button', { name: 'Log a cramp' }).click();
    await page.getByRole('radio', { name: 'Calf' }).check();
    await page.keyboard.press('Escape');
    const ask = page.getByRole('alertdialog', { name: 'Discard this cramp?' });
    await ask.waitFor();
    expect(
      await ask
        .getByRole('button', { name: 'Keep editing' })
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'screenshots/diary-form-discard-800x600.png' });
    // Enter on the focused "Keep editing": back in the form, the answer still there.
    await page.keyboard.press('Enter');
    await expect.poll(() => ask.count()).toBe(0);
    expect(await page.getByRole('radio', { name: 'Calf' }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await ask.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => form.count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Tonight', level: 1 }).isVisible()).toBe(true);
    expect(await diaryLines(folder)).toEqual([]);
  }, 90_000);
});
