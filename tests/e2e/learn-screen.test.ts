import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './axe-check';
import { startAppInChromium, type AppInChromium } from './start-app-in-chromium';

const SECTIONS = [
  'What a night leg cramp is',
  'What makes cramps more likely, and what you can change',
  'Conditions and medicines linked to cramps',
  'Cramps or restless legs?',
  'What to do during a cramp',
  'Soreness afterwards',
  'What the evidence says',
  'What a doctor may ask',
  'When to see a doctor',
  'Sources',
];

const h2s = (page: Page) => page.getByRole('heading', { level: 2 }).allTextContents();

/** Elements that reach past the window's right edge, and whether the page scrolls sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    past: [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .map((element) => `${element.tagName}.${element.className}`),
  }));

/** Learn on the built app, in Chromium: its headings, search, accessibility and 200% zoom. */
describe('Learn, in the built app', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('reads by heading, searches, passes axe, and fits the window at 200% zoom', async () => {
    const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'bedtime-learn-'));
    await writeFile(
      path.join(userDataDir, 'settings.json'),
      JSON.stringify({
        version: 1,
        welcomeSeen: true,
        healthNotes: {
          conditions: ['diabetes'],
          medicines: [{ medicine: 'statin', changedOn: null }],
          other: '',
        },
      }),
    );
    app = await startAppInChromium({ userDataDir });
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('tab', { name: 'Learn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Learn' }).waitFor();
    expect(await h2s(page)).toEqual(SECTIONS);
    const notes = page.locator('.learn-notes');
    expect(await notes.textContent()).toContain('Diabetes');
    expect(await notes.textContent()).toContain('Never stop or change a medicine on your own.');
    expect(await page.getByRole('note', { name: 'Get medical advice the same day' }).count()).toBe(
      1,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'screenshots/learn-1280x800.png' });

    // The contents reach each section by keyboard, and give its heading the focus.
    await page.getByRole('link', { name: 'When to see a doctor' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'When to see a doctor',
    );

    // Search: fewer sections, said aloud; then nothing, said plainly.
    const search = page.getByRole('searchbox', { name: 'Search Learn' });
    await search.fill('restless');
    expect(await h2s(page)).toEqual(['Cramps or restless legs?']);
    expect(await page.locator('.learn-count').textContent()).toBe('1 section matches.');
    await search.fill('zebra');
    expect(await page.locator('.learn-count').textContent()).toMatch(/^Nothing matched “zebra”/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clear the search' }).click();
    expect(await h2s(page)).toEqual(SECTIONS);

    // 200% zoom: 1280 × 800 at 200% is a 640 × 400 window. Nothing reaches past its edge.
    await page.setViewportSize({ width: 640, height: 400 });
    expect(await overflow(page)).toEqual({ scrolls: false, past: [] });
    await page.screenshot({ path: 'screenshots/learn-zoom-200.png', fullPage: true });
    await page.setViewportSize({ width: 800, height: 600 });
    expect(await overflow(page)).toEqual({ scrolls: false, past: [] });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'screenshots/learn-800x600.png' });
  });
});
