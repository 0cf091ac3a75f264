import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REMINDER_WINDOW_SIZE } from '../../main/reminders/reminder-window';
import { readSystemTimeZone } from '../../main/time-zone/system-time-zone';
import { BrowserWindow } from '../fakes/electron';
import { seasonedUserData, todayAtHour } from '../fixtures/seasoned-user-data';
import { axeViolations } from './axe-check';
import { setWindowSize, WINDOW_SIZES, type WindowSize } from './in-view';
import {
  keyToSleepWell,
  lastSessionState,
  startAppInChromium,
  type AppInChromium,
} from './start-app-in-chromium';

/**
 * One screen as it stands, at each size (1280×800, 800×600, 200% zoom): no axe-core violations, nothing to scroll sideways, and
 * a screenshot (`screenshots/screen-<name>-<size>.png`, kept out of git) to look at: of the whole
 * page, or of the window only where a dialog or a docked bar is fixed to the window (a whole-page
 * picture would draw it part way down the page, not where the user sees it). Soft expectations:
 * one run reports every screen that fails.
 */
async function lookAt(
  page: Page,
  name: string,
  {
    sizes = WINDOW_SIZES,
    fullPage = true,
  }: { sizes?: readonly WindowSize[]; fullPage?: boolean } = {},
): Promise<void> {
  for (const size of sizes) {
    await setWindowSize(page, size);
    const where = `${name} at ${size.name}`;
    expect.soft(await axeViolations(page), where).toEqual([]);
    const sideways = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      // What reaches past the right edge, to say where the page scrolls sideways.
      past: [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    }));
    expect
      .soft(sideways.scrollWidth, `${where} scrolls sideways: ${sideways.past.join(', ')}`)
      .toBeLessThanOrEqual(sideways.innerWidth);
    await page.screenshot({
      path: `screenshots/screen-${name}-${size.name}.png`,
      fullPage,
    });
  }
  expect.soft(await unringedFocus(page), `${name}: focus without an outline`).toEqual([]);
}

/**
 * Moves the keyboard focus through the screen's first stops (Tab, as a user would) and names any
 * that shows no focus outline of at least 2px.
 */
async function unringedFocus(page: Page, stops = 6): Promise<string[]> {
  const unringed = new Set<string>();
  for (let stop = 0; stop < stops; stop += 1) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      // Not itself focused: the focus is on a part the browser draws (a time field's clock
      // button), which shows the browser's own ring.
      if (!element || element === document.body || !element.matches(':focus')) return null;
      const style = getComputedStyle(element);
      const isRinged = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
      return isRinged ? null : `${element.tagName.toLowerCase()} “${name.slice(0, 40)}”`;
    });
    if (seen) unringed.add(seen);
  }
  return [...unringed];
}

const heading = (page: Page, name: string | RegExp, level?: number) =>
  page.getByRole('heading', { name, level }).first().waitFor();

/**
 * Every screen and state a user can reach, in the built app in Chromium (built main and preload,
 * built page; only Electron's native shell faked), at 1280×800 and 800×600.
 */
describe('every screen, in the built app', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    vi.useRealTimers();
  });

  it('with eight weeks of diary: every screen passes axe, fits the width, and is photographed', async () => {
    const zone = readSystemTimeZone();
    // Nine in the morning (main's clock; timers are real): last night is not answered yet, so
    // Tonight asks the morning question.
    const morning = todayAtHour(9, zone);
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: morning });
    const folder = await seasonedUserData({
      nowMs: morning,
      timeZone: zone,
      settings: {
        healthNotes: {
          conditions: ['osteoarthritis'],
          medicines: [{ medicine: 'statin', changedOn: null }],
          other: '',
        },
      },
    });
    app = await startAppInChromium({ userDataDir: folder });
    const { page, host } = app;
    const tab = (name: string) => page.getByRole('tab', { name }).click();

    // Tonight, with the morning question.
    await heading(page, 'Any leg cramps last night?', 2);
    await lookAt(page, 'tonight');

    // Routines, and the editor on a copy.
    await tab('Routines');
    await heading(page, 'Routines', 1);
    await lookAt(page, 'routines');
    await page
      .getByRole('button', {
        name: 'Make a copy to change: Before sleep: calf and hamstring stretches',
      })
      .click();
    await heading(page, /^Change “My Before sleep/);
    await lookAt(page, 'routine-editor');
    await page.getByRole('button', { name: 'Close' }).click();

    // Journal: calendar, chart, the trial's offer, the diary; then the report for the doctor.
    await tab('Journal');
    const weeks = page.getByRole('region', { name: 'The last 12 weeks' });
    await expect.poll(() => weeks.getByRole('img', { name: /Cramps each week/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Start the trial tonight' }).waitFor();
    await expect.poll(() => page.getByRole('listitem').count()).toBeGreaterThan(10);
    await lookAt(page, 'journal');
    await page.getByRole('button', { name: 'Report for the doctor' }).click();
    const report = page.getByRole('article', { name: 'Report for the doctor' });
    await expect.poll(() => report.textContent()).toContain('The diary in detail');
    await lookAt(page, 'report');
    await page.getByRole('button', { name: 'Back to the Journal' }).click();

    await tab('Learn');
    await heading(page, 'Learn', 1);
    await lookAt(page, 'learn');

    await tab('Settings');
    await heading(page, 'My health', 2);
    await lookAt(page, 'settings');

    // The diary form, from Tonight, with its details open.
    await tab('Tonight');
    await page.getByRole('button', { name: 'Log a cramp' }).click();
    await page.getByText('More details').click();
    await page.getByRole('button', { name: 'Save', exact: true }).waitFor();
    await lookAt(page, 'diary-form');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // The heat question: the seeded settings leave reduced feeling unknown.
    await tab('Routines');
    await page.getByRole('button', { name: 'Start Warm compress' }).click();
    await page.getByRole('alertdialog').waitFor();
    await lookAt(page, 'heat-question', { fullPage: false });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(0);

    // The player: running, paused, asking before it stops, and Sleep well at the end.
    await tab('Tonight');
    await page.getByRole('button', { name: /^Start Before sleep/ }).click();
    await page.getByRole('timer').waitFor();
    await lookAt(page, 'player', { fullPage: false });
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => lastSessionState(app!.launched.contents).status).toBe('paused');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    await lookAt(page, 'player-paused', { fullPage: false });
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.getByRole('button', { name: 'Stop the routine' }).waitFor();
    await lookAt(page, 'player-confirm-stop', { fullPage: false });
    await page.getByRole('button', { name: 'Keep going' }).click();
    // Right moves a hold on, as a user would by keyboard, to the end: Sleep well.
    await keyToSleepWell(page, app.launched.contents, 'ArrowRight', 'Sleep well');
    await lookAt(page, 'sleep-well');
    await page.getByRole('button', { name: 'Done' }).click();
    await heading(page, 'Tonight', 1);

    // The reminder window: its own small window (a fixed size the user cannot change).
    await tab('Settings');
    const main = app.launched.window;
    await page.getByRole('button', { name: 'Send a test reminder now' }).click();
    const reminderWindow = () => BrowserWindow.getAllWindows().find((window) => window !== main);
    await expect.poll(reminderWindow).toBeDefined();
    const card = await host.pageFor(reminderWindow()!.webContents);
    await heading(card, /.+/, 1);
    // The card's window has one size, which the user cannot change.
    const cardSize = { ...REMINDER_WINDOW_SIZE, name: '500x540', zoom: 1 };
    await lookAt(card, 'reminder', { sizes: [cardSize] });
    expect(
      await card.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight),
    ).toBe(true);
  }, 90_000);

  it('the four welcome screens, on a first launch', async () => {
    app = await startAppInChromium({ keepWelcome: true });
    const { page } = app;
    await heading(page, 'Welcome to Bedtime Stretch', 1);
    await lookAt(page, 'welcome-1');
    await page.getByRole('button', { name: 'Next' }).click();
    await heading(page, 'Your evenings', 1);
    await lookAt(page, 'welcome-2');
    await page.getByRole('button', { name: 'Next' }).click();
    await heading(page, 'A sound check', 1);
    await lookAt(page, 'welcome-3');
    await page.getByRole('button', { name: 'Next' }).click();
    await heading(page, 'Tonight is ready', 1);
    await lookAt(page, 'welcome-4');
  });
});
