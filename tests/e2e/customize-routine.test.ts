import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  lastSessionRoutine,
  lastSessionState,
  startAppInChromium,
  type AppInChromium,
} from './start-app-in-chromium';

const COPY = 'My Before sleep: calf and hamstring stretches';

/** What the player shows: the segment, the leg, and the time on the clock. */
async function playerShows(page: Page) {
  const text = (await page.getByRole('region', { name: 'Routine player' }).textContent()) ?? '';
  return { text, clock: await page.getByRole('timer').textContent() };
}

/**
 * Customizing on the built app in Chromium: a copy of a built-in routine, fitted to five minutes
 * with extra time for the left leg, plays with those durations, and is still there after a
 * relaunch.
 */
describe('a routine of one’s own in the built app', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('copies a built-in, favours the left leg, fits it to 5 minutes, and plays it so', async () => {
    app = await startAppInChromium();
    const { page } = app;
    await page.getByRole('tab', { name: 'Routines' }).click();
    await page
      .getByRole('button', {
        name: 'Make a copy to change: Before sleep: calf and hamstring stretches',
      })
      .click();
    // Reorder by dragging with the keyboard, then back by dragging with the mouse.
    const order = () => page.locator('.editor-step__title').allTextContents();
    await page.getByRole('button', { name: 'Move Calf stretch at the wall', exact: true }).focus();
    // Key presses a moment apart, as a person makes them.
    for (const key of ['Space', 'ArrowDown', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
    }
    await expect.poll(order).toEqual(['1. Hamstring stretch', '2. Calf stretch at the wall']);
    const handle = page.getByRole('button', { name: 'Move Calf stretch at the wall', exact: true });
    const target = page.getByRole('button', { name: 'Move Hamstring stretch', exact: true });
    await handle.scrollIntoViewIfNeeded();
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, to.y + to.height / 2 - 20, { steps: 12 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 - 30, { steps: 6 });
    await page.mouse.up();
    await expect.poll(order).toEqual(['1. Calf stretch at the wall', '2. Hamstring stretch']);
    await page
      .getByRole('combobox', { name: 'Extra time for one leg in this routine' })
      .selectOption({ label: 'Left leg' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: `Make it tonight’s routine: ${COPY}` }).click();

    await page.getByRole('tab', { name: 'Tonight' }).click();
    await expect.poll(() => page.getByRole('heading', { name: COPY }).count()).toBe(1);
    await page.getByRole('button', { name: /^About \d+ min/ }).click();
    await page
      .getByRole('group', { name: 'How long tonight' })
      .getByRole('button', { name: '5 minutes', exact: true })
      .click();
    // The preview: the left leg's extra counted in the 5 minutes: holds of 15 s, the left leg's 20 s.
    await page.getByRole('button', { name: 'The steps' }).click();
    await expect
      .poll(() =>
        page
          .getByText('hold 15 seconds · 3 times on each leg · left leg 20 seconds, 3 times')
          .count(),
      )
      .toBe(2);
    await page.screenshot({ path: 'screenshots/tonight-fitted.png', fullPage: true });

    await page.getByRole('button', { name: `Start ${COPY}` }).click();
    await expect.poll(() => lastSessionState(app!.launched.contents).status).toBe('running');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Next hold' }).click();
    // The first hold, on the left leg: 20 seconds.
    await expect.poll(async () => (await playerShows(page)).clock).toBe('0:20');
    expect((await playerShows(page)).text).toContain('Left leg');
    await page.screenshot({ path: 'screenshots/player-fitted-left.png' });
    // On to the right leg's first hold (three holds on the left, then the switch): 15 seconds.
    const atRightHold = () => {
      const state = lastSessionState(app!.launched.contents);
      return (
        state.status === 'paused' && state.segment.kind === 'hold' && state.segment.side === 'right'
      );
    };
    for (let press = 0; press < 8 && !atRightHold(); press += 1) {
      await page.getByRole('button', { name: 'Next hold' }).click();
      await page.waitForTimeout(100);
    }
    expect(atRightHold()).toBe(true);
    await expect.poll(async () => (await playerShows(page)).clock).toBe('0:15');
    expect((await playerShows(page)).text).toContain('Right leg');
    const right = lastSessionState(app.launched.contents);
    expect(
      right.status === 'paused' && lastSessionRoutine(app.launched.contents).steps[0],
    ).toMatchObject({
      holdSeconds: 15,
      favour: { side: 'left', extraHoldSeconds: 5 },
    });

    // After a relaunch: the routine, tonight's choice and the length are all still there.
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.getByRole('button', { name: 'Stop the routine' }).click();
    await app.relaunch();
    await expect.poll(() => app!.page.getByRole('heading', { name: COPY }).count()).toBe(1);
    await app.page.getByRole('button', { name: /^About 5 min/ }).click();
    expect(
      await app.page
        .getByRole('group', { name: 'How long tonight' })
        .getByRole('button', { name: '5 minutes', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });
});
