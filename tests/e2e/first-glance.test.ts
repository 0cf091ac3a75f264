import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSystemTimeZone } from '../../main/time-zone/system-time-zone';
import { seasonedUserData, todayAtHour } from '../fixtures/seasoned-user-data';
import { axeViolations } from './axe-check';
import { inViewAndUncovered, setWindowSize, WINDOW_SIZES } from './in-view';
import { startAppInChromium, type AppInChromium } from './start-app-in-chromium';

/**
 * What matters at night is in view at once, at 1280×800, 800×600 and 200% zoom (a 640×400 CSS
 * window), with the page at the top: each element inside the window, and itself drawn at its
 * centre (nothing covering it). Soft expectations: one run names every element and size that fails.
 */
async function expectInView(
  page: Page,
  screen: string,
  elements: Readonly<Record<string, Locator>>,
): Promise<void> {
  for (const size of WINDOW_SIZES) {
    await setWindowSize(page, size);
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const [name, locator] of Object.entries(elements))
      expect
        .soft(await inViewAndUncovered(locator), `${screen}: ${name} at ${size.name}`)
        .toBe(true);
    expect.soft(await axeViolations(page), `${screen} at ${size.name}`).toEqual([]);
    await page.screenshot({ path: `screenshots/glance-${screen}-${size.name}.png` });
  }
}

describe('at first glance, in the built app at every window size', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    vi.useRealTimers();
  });

  it('Tonight in the evening: Start and Cramp now are in view', async () => {
    const evening = todayAtHour(19, readSystemTimeZone());
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: evening });
    app = await startAppInChromium();
    const { page } = app;
    await page.getByRole('heading', { name: 'Tonight', level: 1 }).waitFor();
    await expectInView(page, 'tonight-evening', {
      Start: page.getByRole('button', { name: /^Start Before sleep/ }),
      'Cramp now': page.getByRole('button', { name: 'Cramp now' }),
    });
  });

  it('Tonight in the morning, with the morning question up: Start and Cramp now are in view', async () => {
    const zone = readSystemTimeZone();
    const morning = todayAtHour(9, zone);
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: morning });
    const folder = await seasonedUserData({ nowMs: morning, timeZone: zone });
    app = await startAppInChromium({ userDataDir: folder });
    const { page } = app;
    await page.getByRole('heading', { name: 'Any leg cramps last night?', level: 2 }).waitFor();
    await expectInView(page, 'tonight-morning', {
      Start: page.getByRole('button', { name: /^Start Before sleep/ }),
      'Cramp now': page.getByRole('button', { name: 'Cramp now' }),
    });
  });

  it('the player: the step’s title, its countdown and Pause are in view and uncovered', async () => {
    app = await startAppInChromium();
    const { page } = app;
    await page.getByRole('button', { name: /^Start Before sleep/ }).click();
    await page.getByRole('timer').waitFor();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    await expectInView(page, 'player', {
      'the step’s title': page.getByRole('heading', { level: 1 }),
      'the countdown': page.getByRole('timer'),
      'Resume (Pause, paused)': page.getByRole('button', { name: 'Resume' }),
      'the paused note': page.locator('.player__paused'),
    });
    // Nothing jumps between segments: get ready, the hold (with its repetition), the rest.
    await setWindowSize(page, WINDOW_SIZES[1]);
    const resume = page.getByRole('button', { name: 'Resume' });
    const places: string[] = [];
    for (const phase of ['Get ready', 'Hold', 'Relax']) {
      await expect.poll(() => page.locator('.player__phase').textContent()).toMatch(phase);
      const box = (await resume.boundingBox())!;
      places.push(`${phase} at ${Math.round(box.x)},${Math.round(box.y)}`);
      await page.keyboard.press('ArrowRight');
    }
    const at = (place: string) => place.replace(/^\w+( \w+)? at /, '');
    expect(new Set(places.map(at)), places.join('; ')).toHaveLength(1);
  });

  it('the welcome: Next is in view on every screen', async () => {
    app = await startAppInChromium({ keepWelcome: true });
    const { page } = app;
    for (let screen = 1; screen <= 3; screen += 1) {
      await page.getByText(`Step ${screen} of 4`).waitFor();
      await expectInView(page, `welcome-${screen}`, {
        Next: page.getByRole('button', { name: 'Next', exact: true }),
      });
      await setWindowSize(page, WINDOW_SIZES[0]);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
  });
});
