import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../core/settings/settings-schema';
import { hasHeatStep } from '../../core/routines/heat-steps';
import { axeViolations } from './axe-check';
import {
  lastSessionRoutine,
  lastSessionState,
  startAppInChromium,
  type AppInChromium,
} from './start-app-in-chromium';

/** Presses Tab until the focused element's accessible name starts with `name` (at most 40). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const label = element.closest('label')?.textContent ?? '';
      return element.getAttribute('aria-label') ?? (label || element.textContent || '');
    });
    if (focused.trim().startsWith(name)) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

const savedSettings = async (folder: string) =>
  JSON.parse(await readFile(path.join(folder, 'settings.json'), 'utf8')) as Settings;

/**
 * The first night on the built app: the built main bundle and preload, the built page in Chromium,
 * a fresh user-data folder on disk; only Electron's native shell is faked.
 */
describe('the first night, in the built app', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('a fresh profile meets the welcome, answers it by keyboard, and every answer is in force', async () => {
    app = await startAppInChromium({ keepWelcome: true });
    const { page } = app;
    const folder = app.launched.userDataDir;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('heading', { name: 'Welcome to Bedtime Stretch', level: 1 }).waitFor();
    await page.screenshot({ path: 'screenshots/welcome-1-1280x800.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // 1: the left leg; reduced feeling, yes.
    await tabTo(page, 'My left leg');
    await page.keyboard.press('Space');
    await tabTo(page, 'Yes');
    await page.keyboard.press('Space');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');

    // 2: bedtime as offered (22:30), a reminder 45 minutes before, 10 minutes most nights.
    await page.getByRole('heading', { name: 'Your evenings' }).waitFor();
    await page.screenshot({ path: 'screenshots/welcome-2-1280x800.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    // No reminder unless asked for: "No reminder" is the choice until the user makes another.
    await tabTo(page, 'No reminder');
    for (let choice = 0; choice < 3; choice += 1) await page.keyboard.press('ArrowDown');
    await tabTo(page, 'As the routine is written');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');

    // 3: the sound check at the night volume, a little softer.
    await page.getByRole('heading', { name: 'A sound check' }).waitFor();
    await tabTo(page, 'Play the sound check');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('A soft chime sounded.'));
    await tabTo(page, 'Night volume');
    await page.keyboard.press('ArrowLeft');
    await page.screenshot({ path: 'screenshots/welcome-3-1280x800.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');

    // 4: tonight as answered, then start it.
    await page.getByRole('heading', { name: 'Tonight is ready' }).waitFor();
    const ready = (await page.locator('.welcome-ready').textContent()) ?? '';
    expect(ready).toContain('10 minutes');
    expect(ready).toMatch(/A reminder will come at 9:45\s?PM, 45 minutes before your bedtime\./);
    expect(ready).toContain('Warmth is left out of your routines.');
    await page.setViewportSize({ width: 800, height: 600 });
    await page.screenshot({ path: 'screenshots/welcome-4-800x600.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    const saved = await savedSettings(folder);
    expect(saved).toMatchObject({
      crampLeg: 'left',
      favourSide: 'left',
      reducedFeeling: 'yes',
      tonightMinutes: 10,
      volume: expect.closeTo(0.25, 5),
      reminderSchedule: { isEnabled: true, leadMinutes: 45 },
    });
    expect(Object.values(saved.reminderSchedule.bedtimes)).toEqual(Array(7).fill('22:30'));

    await tabTo(page, 'Start tonight’s routine');
    await page.keyboard.press('Enter');
    // Tonight's routine runs fitted to 10 minutes, without its warmth.
    await expect.poll(() => lastSessionState(app!.launched.contents).status).toBe('running');
    const running = lastSessionState(app.launched.contents);
    if (running.status === 'idle') throw new Error('no routine');
    expect(running.totalMs).toBeGreaterThan(8 * 60_000);
    expect(running.totalMs).toBeLessThanOrEqual(10 * 60_000);
    expect((await savedSettings(folder)).welcomeSeen).toBe(true);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.getByRole('button', { name: 'Stop the routine' }).click();

    // The reminder is armed for the bedtime given; a second launch goes straight to Tonight.
    const { page: again } = await app.relaunch();
    await again.getByRole('heading', { name: 'Tonight', level: 1 }).waitFor();
    await expect
      .poll(() => again.locator('.reminder-note').textContent())
      .toMatch(/Next bedtime reminder: .*9:45/);
    expect(await again.getByRole('heading', { name: 'Welcome to Bedtime Stretch' }).count()).toBe(
      0,
    );
    // Warmth is left out: the warm compress is not offered, and the full wind-down starts
    // without asking, and without its heat steps.
    await again.getByRole('tab', { name: 'Routines' }).click();
    await expect
      .poll(() =>
        again.getByText(/Left out: it is all warmth, and you have reduced feeling/).count(),
      )
      .toBe(1);
    await again.getByRole('button', { name: 'Start Full wind-down' }).click();
    await expect.poll(() => lastSessionState(app!.launched.contents).status).toBe('running');
    const warm = lastSessionState(app.launched.contents);
    if (warm.status === 'idle') throw new Error('no routine');
    expect(hasHeatStep(lastSessionRoutine(app.launched.contents))).toBe(false);
    expect(await again.getByRole('alertdialog').count()).toBe(0);
  });
});
