import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { everyEvening } from '../../core/reminders/weekdays';
import { REMINDER_WINDOW_SIZE } from '../../main/reminders/reminder-window';
import { readSystemTimeZone } from '../../main/time-zone/system-time-zone';
import { BrowserWindow, type FakeBrowserWindow } from '../fakes/electron';
import { axeViolations } from './axe-check';
import { lastSessionState, startAppInChromium, type AppInChromium } from './start-app-in-chromium';

/** 2026-11-25, three seconds before a 22:00 reminder (bedtime 22:30), in the zone main reads. */
const THREE_SECONDS_BEFORE = Temporal.PlainDateTime.from('2026-11-25T21:59:57')
  .toZonedDateTime(readSystemTimeZone())
  .toInstant().epochMilliseconds;

/**
 * The bedtime reminder on the built app: the built main bundle's one timer reaches the reminder
 * on a simulated wall clock (Date runs on from 21:59:57; timers are real), the reminder window
 * opens as its own page in Chromium, and its Start plays tonight's routine in the main window.
 */
describe('the reminder window in the built app', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    vi.useRealTimers();
  });

  it('appears at the reminder without taking the keyboard, and Start plays tonight’s routine', async () => {
    const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'bedtime-reminder-'));
    await writeFile(
      path.join(userDataDir, 'settings.json'),
      JSON.stringify({
        version: 1,
        reducedFeeling: 'no',
        reminderSchedule: { isEnabled: true, leadMinutes: 30, bedtimes: everyEvening('22:30') },
        reminderStyle: 'window',
      }),
    );
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: THREE_SECONDS_BEFORE });
    app = await startAppInChromium({ userDataDir });
    const { launched, host } = app;
    const reminderWindow = () =>
      BrowserWindow.getAllWindows().find((window) => window !== launched.window);
    // Nothing before the reminder's instant.
    expect(reminderWindow()).toBeUndefined();

    await expect.poll(reminderWindow, { timeout: 8_000, interval: 100 }).toBeDefined();
    const shown = reminderWindow() as FakeBrowserWindow;
    expect(Date.now()).toBeGreaterThanOrEqual(THREE_SECONDS_BEFORE + 3_000);
    // Shown once its page has loaded: on a busy machine that can take more than a second.
    await expect.poll(() => shown.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(shown.isFocused()).toBe(false);
    const card = await host.pageFor(shown.webContents);
    await card.setViewportSize(REMINDER_WINDOW_SIZE);
    await expect
      .poll(() => card.getByRole('heading', { name: 'Time for your bedtime stretch' }).count())
      .toBe(1);
    await expect.poll(() => card.getByText(/^Bedtime is at 10:30/).count()).toBe(1);
    await expect.poll(() => card.getByRole('status').textContent()).toBe('A soft chime sounded.');
    // Everything fits the small window: nothing to scroll to.
    expect(
      await card.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight),
    ).toBe(true);
    await card.screenshot({ path: 'screenshots/reminder-window.png' });
    // The card's page has the card's bridge only, from the built preload; the main window, all.
    expect(
      await card.evaluate(() =>
        Object.keys((window as unknown as Record<string, object>)['bedtime']!).sort(),
      ),
    ).toEqual([
      'answerReminder',
      'getSettings',
      'getShownReminder',
      'getTimeZone',
      'getWindowMessages',
      'on',
    ]);
    expect(
      await launched.page.evaluate(() =>
        Object.keys((window as unknown as Record<string, object>)['bedtime']!),
      ),
    ).toContain('restoreBackup');
    expect(await axeViolations(card)).toEqual([]);

    await card.getByRole('button', { name: 'Start now' }).click();
    await expect.poll(() => lastSessionState(launched.contents).status).toBe('running');
    expect(lastSessionState(launched.contents)).toMatchObject({
      routine: { id: 'before-sleep-stretches' },
    });
    expect(launched.window.isVisible()).toBe(true);
    await expect.poll(() => launched.page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    expect(shown.isDestroyed()).toBe(true);
  });
});
