import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './axe-check';
import { setWindowSize, WINDOW_SIZES } from './in-view';
import { startAppInChromium, type AppInChromium } from './start-app-in-chromium';

/** How a button is drawn: what a user sees change when it does nothing. */
const looks = (button: Locator) =>
  button.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      color: style.color,
      background: style.backgroundColor,
      borderStyle: style.borderTopStyle,
      cursor: style.cursor,
    };
  });

/** Settings and Routines at each window size: a screenshot to look at, and the page's height. */
async function lookAtBoth(page: Page): Promise<string[]> {
  const heights: string[] = [];
  for (const screen of ['Settings', 'Routines']) {
    await page.getByRole('tab', { name: screen }).click();
    for (const size of WINDOW_SIZES) {
      await setWindowSize(page, size);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      heights.push(`${screen} ${size.name}: ${height}px`);
      await page.screenshot({
        path: `screenshots/${screen.toLowerCase()}-${size.name}.png`,
        fullPage: true,
      });
    }
    await setWindowSize(page, WINDOW_SIZES[0]);
    expect(await axeViolations(page), screen).toEqual([]);
  }
  return heights;
}

describe('Settings and Routines on the built app', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('“Back up now” makes a backup that is listed again after a relaunch', async () => {
    app = await startAppInChromium();
    const { page } = app;
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Back up now' }).click();
    const data = page.getByRole('region', { name: 'Your data' });
    await data.getByText(/^Backed up: /).waitFor();
    const said = (await data.getByText(/^Backed up: /).textContent()) ?? '';
    expect(said).toContain(app.launched.userDataDir);
    const listed = data.getByRole('list', { name: 'Backups kept' }).getByRole('listitem');
    await expect.poll(() => listed.count()).toBe(1);
    const day = ((await listed.first().textContent()) ?? '').split(' · ')[0]!;
    expect(said).toContain(day);

    await app.relaunch();
    await app.page.getByRole('tab', { name: 'Settings' }).click();
    const again = app.page
      .getByRole('list', { name: 'Backups kept' })
      .getByRole('listitem')
      .filter({ hasText: day });
    await expect.poll(() => again.count()).toBe(1);
    console.log(await lookAtBoth(app.page));
  });

  it('draws a disabled button differently from an enabled one, with no pointer', async () => {
    app = await startAppInChromium();
    const { page } = app;
    await page.getByRole('tab', { name: 'Routines' }).click();
    await page
      .getByRole('button', {
        name: 'Make a copy to change: Before sleep: calf and hamstring stretches',
      })
      .click();
    const up = page.getByRole('button', { name: /^Move .* up$/ });
    await expect.poll(() => up.count()).toBeGreaterThan(1);
    expect(await up.first().isDisabled()).toBe(true);
    expect(await up.nth(1).isEnabled()).toBe(true);
    const disabled = await looks(up.first());
    const enabled = await looks(up.nth(1));
    expect(disabled.cursor).not.toBe('pointer');
    expect(enabled.cursor).toBe('pointer');
    expect(disabled.color).not.toBe(enabled.color);
    expect(disabled.borderStyle).not.toBe(enabled.borderStyle);
    // Hovering it changes nothing.
    await up.first().hover({ force: true });
    expect(await looks(up.first())).toEqual(disabled);

    // Save, with a field wrong: looks disabled, and says why beside it.
    const name = page.getByRole('textbox', { name: 'Name' });
    const save = page.getByRole('button', { name: 'Save', exact: true });
    const saveEnabled = await looks(save);
    await name.fill('');
    expect(await save.isDisabled()).toBe(true);
    expect((await looks(save)).background).not.toBe(saveEnabled.background);
    await page.getByText('To save, first put right what is marked above.').waitFor();
    await page.screenshot({ path: 'screenshots/editor-save-disabled.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });
});
