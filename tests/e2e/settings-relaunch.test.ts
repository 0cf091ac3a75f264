import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../core/settings/settings-schema';
import { startAppInChromium, type AppInChromium } from './start-app-in-chromium';

const readSaved = async (userDataDir: string): Promise<Partial<Settings>> => {
  try {
    return JSON.parse(await readFile(path.join(userDataDir, 'settings.json'), 'utf8')) as Settings;
  } catch {
    return {};
  }
};

/** What the Settings screen shows, read from its controls. */
async function shownSettings(page: Page) {
  await page.getByRole('tab', { name: 'Settings' }).click();
  return {
    volume: await page.getByRole('slider', { name: 'Cue volume' }).inputValue(),
    isMuted: await page.getByRole('checkbox', { name: 'Mute all sounds' }).isChecked(),
    speakPrompts: await page.getByRole('checkbox', { name: /^Speak each step/ }).isChecked(),
    pauseOnScreenLock: await page
      .getByRole('checkbox', { name: /^Pause a routine when the screen locks/ })
      .isChecked(),
    reducedFeelingYes: await page.getByRole('radio', { name: 'Leave warmth out' }).isChecked(),
  };
}

/**
 * Settings on the built app: changed through the real preload and the built main bundle, then
 * found again after the app is quit and launched anew on the same user-data folder.
 */
describe('settings in the built app', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('keeps every setting changed in the Settings screen after a relaunch', async () => {
    app = await startAppInChromium();
    const { page } = app;
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('slider', { name: 'Cue volume' }).fill('70');
    await page.getByRole('checkbox', { name: 'Mute all sounds' }).click();
    await page.getByRole('checkbox', { name: /^Speak each step/ }).click();
    await page.getByRole('checkbox', { name: /^Pause a routine when the screen locks/ }).click();
    await page.getByRole('radio', { name: 'Leave warmth out' }).click();
    const expected = {
      volume: 0.7,
      isMuted: true,
      speakPrompts: false,
      pauseOnScreenLock: false,
      reducedFeeling: 'yes',
    };
    const userDataDir = app.launched.userDataDir;
    await expect.poll(() => readSaved(userDataDir)).toMatchObject(expected);

    const relaunched = await app.relaunch();
    expect(relaunched.page).toBe(app.page);
    await expect
      .poll(() => shownSettings(app!.page))
      .toEqual({
        volume: '70',
        isMuted: true,
        speakPrompts: false,
        pauseOnScreenLock: false,
        reducedFeelingYes: true,
      });
    await app.page.screenshot({ path: 'screenshots/settings-after-relaunch.png', fullPage: true });
  });

  it('keeps all of five changes sent at once through the preload, after a relaunch', async () => {
    app = await startAppInChromium();
    const replies = await app.page.evaluate(async () => {
      type Reply = { ok: boolean };
      const bridge = (
        window as unknown as { bedtime: { updateSettings(patch: object): Promise<Reply> } }
      ).bedtime;
      const patches = [
        { reducedFeeling: 'no' },
        { volume: 0.45 },
        { isMuted: true },
        { speakPrompts: false },
        { pauseOnScreenLock: false },
      ];
      return Promise.all(patches.map((patch) => bridge.updateSettings(patch)));
    });
    expect(replies.every((reply) => reply.ok)).toBe(true);
    const expected = {
      reducedFeeling: 'no',
      volume: 0.45,
      isMuted: true,
      speakPrompts: false,
      pauseOnScreenLock: false,
    };
    expect(await readSaved(app.launched.userDataDir)).toMatchObject(expected);
    await app.relaunch();
    const reread = await app.page.evaluate(async () => {
      const bridge = (
        window as unknown as { bedtime: { getSettings(): Promise<{ value: unknown }> } }
      ).bedtime;
      return (await bridge.getSettings()).value;
    });
    expect(reread).toMatchObject(expected);
  });

  it('says on the Settings screen, for as long as it lasts, that changes are kept in memory only', async () => {
    const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'bedtime-user-data-'));
    await mkdir(path.join(userDataDir, 'settings.json')); // cannot be read: a folder in its place
    app = await startAppInChromium({ userDataDir });
    const { page } = app;
    await page.getByRole('tab', { name: 'Settings' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'kept only until the app closes' });
    await expect.poll(() => notice.count()).toBe(1);
    await page.getByRole('checkbox', { name: 'Mute all sounds' }).click();
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'Mute all sounds' }).isChecked())
      .toBe(true);
    expect(await notice.count()).toBe(1);
    await page.screenshot({ path: 'screenshots/settings-memory-only.png', fullPage: true });
  });
});
