import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../core/settings/settings-schema';
import { app as electronApp } from '../fakes/electron';
import { startAppInChromium, type AppInChromium } from './start-app-in-chromium';

const readSaved = async (userDataDir: string) =>
  JSON.parse(await readFile(path.join(userDataDir, 'settings.json'), 'utf8')) as Settings;

/**
 * The reminder choices on the built app, made as a user would (Settings, Tonight, the tray), and
 * found again after main is quit and launched anew on the same user-data folder.
 */
describe('reminders in the built app, across a relaunch', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('keep the schedule, the style, start at login, a skipped night, a snooze and a pause', async () => {
    app = await startAppInChromium();
    const { page } = app;
    const userDataDir = app.launched.userDataDir;
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('checkbox', { name: 'Remind me before bedtime' }).click();
    await page.getByLabel('Bedtime, every evening').fill('23:45');
    await page
      .getByRole('combobox', { name: 'Remind me' })
      .selectOption({ label: '15 minutes before' });
    await page.getByRole('radio', { name: 'A small reminder window only' }).click();
    await page.getByRole('checkbox', { name: /^Start Bedtime Stretch when I log in/ }).click();
    await expect.poll(async () => (await readSaved(userDataDir)).launchAtLogin).toBe(true);
    // Skip tonight from Tonight, snooze by a flag from a second launch (as on GNOME, with no tray).
    await page.getByRole('tab', { name: 'Tonight' }).click();
    await page.getByRole('button', { name: 'No reminder tonight' }).click();
    electronApp.launchSecondInstance(['bedtime-stretch', '--snooze', '20']);
    await expect
      .poll(async () => (await readSaved(userDataDir)).reminderState.snoozedUntilMs)
      .toBeGreaterThan(Date.now());
    const before = await readSaved(userDataDir);

    await app.relaunch();
    await app.page.getByRole('tab', { name: 'Settings' }).click();
    await expect
      .poll(() => app!.page.getByRole('checkbox', { name: 'Remind me before bedtime' }).isChecked())
      .toBe(true);
    expect(await app.page.getByLabel('Bedtime, every evening').inputValue()).toBe('23:45');
    expect(await app.page.getByRole('combobox', { name: 'Remind me' }).inputValue()).toBe('15');
    expect(
      await app.page.getByRole('radio', { name: 'A small reminder window only' }).isChecked(),
    ).toBe(true);
    expect(
      await app.page
        .getByRole('checkbox', { name: /^Start Bedtime Stretch when I log in/ })
        .isChecked(),
    ).toBe(true);
    await app.page.getByRole('tab', { name: 'Tonight' }).click();
    await expect.poll(() => app!.page.getByText(/^Next bedtime reminder/).count()).toBe(1);
    // Tonight stays skipped: nothing to skip again.
    expect(await app.page.getByRole('button', { name: 'No reminder tonight' }).count()).toBe(0);
    expect((await readSaved(userDataDir)).reminderState).toEqual(before.reminderState);

    await app.page.getByRole('button', { name: 'Pause reminders for a day' }).click();
    // Shown once main has saved it.
    await expect.poll(() => app!.page.getByText('Bedtime reminders are paused.').count()).toBe(1);
    await app.relaunch();
    await app.page.getByRole('tab', { name: 'Tonight' }).click();
    await expect.poll(() => app!.page.getByText('Bedtime reminders are paused.').count()).toBe(1);
    await app.page.screenshot({ path: 'screenshots/tonight-reminders-paused.png' });
  });
});
