import { stat, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { withGlobal, type Clock } from '@sinonjs/fake-timers';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it } from 'vitest';
import { everyEvening } from '../../core/reminders/weekdays';
import type { Settings } from '../../core/settings/settings-schema';
import { REMINDER_WINDOW_SIZE } from '../../main/reminders/reminder-window';
import { readSystemTimeZone } from '../../main/time-zone/system-time-zone';
import { BrowserWindow, Notification, Tray, type FakeBrowserWindow } from '../fakes/electron';
import { lastSessionState, startAppInChromium, type AppInChromium } from './start-app-in-chromium';

const MINUTE = 60_000;
/** How long a page's click may take to reach main and back on a busy machine (an upper bound). */
const ROUND_TRIP = { timeout: 10_000 };
const zone = readSystemTimeZone();
/** Epoch ms of a wall time in the zone main reads. */
const wall = (iso: string) =>
  Temporal.PlainDateTime.from(iso).toZonedDateTime(zone).epochMilliseconds;

/**
 * The reminder's truths over two evenings and a morning, on the built app (`dist-electron/main.js`)
 * with its clock faked by @sinonjs/fake-timers (Date, timers and `performance`, which the session
 * engine reads), so hours pass in moments: bedtime 22:30, reminded 30 minutes before, the app's
 * window and a notification (the default). A routine paused at the reminder's time keeps it away;
 * a snoozed reminder comes back with the real bedtime; in the morning it is gone, the tray offers
 * no snooze, and Skip tonight skips the evening to come.
 */
describe('the bedtime reminder over an evening and a morning, in the built app', () => {
  let app: AppInChromium | undefined;
  let clock: Clock | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    clock?.uninstall();
    clock = undefined;
  });

  /**
   * Moves the faked clock on, a minute at a time, letting real file I/O finish between steps (a
   * real `fs.stat` callback), as main's settings writes need.
   */
  const advance = async (ms: number) => {
    for (let done = 0; done < ms; done += MINUTE) {
      await clock!.tickAsync(Math.min(MINUTE, ms - done));
      await stat(os.tmpdir());
    }
  };
  const advanceTo = (iso: string) => advance(wall(iso) - Date.now());

  it('keeps quiet for a paused routine, names the real bedtime after a snooze, and offers no snooze in the morning', async () => {
    const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'bedtime-evening-'));
    const settingsFile = path.join(userDataDir, 'settings.json');
    await writeFile(
      settingsFile,
      JSON.stringify({
        version: 1,
        reducedFeeling: 'no',
        reminderSchedule: { isEnabled: true, leadMinutes: 30, bedtimes: everyEvening('22:30') },
      }),
    );
    clock = withGlobal(globalThis).install({
      now: wall('2026-11-25T21:54:00'),
      toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'],
      // Playwright and the page's messages still need time to pass between the jumps.
      shouldAdvanceTime: true,
    });
    app = await startAppInChromium({ userDataDir });
    const { launched, host } = app;
    const reminderWindows = () =>
      BrowserWindow.getAllWindows().filter((window) => window !== launched.window);
    const menu = () => Tray.all.at(-1)!.contextMenu!;
    const saved = async () => JSON.parse(await readFile(settingsFile, 'utf8')) as Settings;

    // 21:55: tonight's routine started, then paused; the 22:00 reminder does not come.
    await advanceTo('2026-11-25T21:55:00');
    await launched.page.getByRole('button', { name: /^Start Before sleep/ }).click();
    await expect.poll(() => lastSessionState(launched.contents).status, ROUND_TRIP).toBe('running');
    await launched.page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => lastSessionState(launched.contents).status, ROUND_TRIP).toBe('paused');
    await advanceTo('2026-11-25T22:10:00');
    expect(reminderWindows()).toEqual([]);
    expect(Notification.shown).toEqual([]);
    await launched.page.getByRole('button', { name: 'Stop', exact: true }).click();
    await launched.page.getByRole('button', { name: 'Stop the routine' }).click();
    await expect.poll(() => lastSessionState(launched.contents).status, ROUND_TRIP).toBe('idle');
    // Stopped, it still answered tonight's reminder.
    await advanceTo('2026-11-26T00:00:00');
    expect(reminderWindows()).toEqual([]);

    // The next evening at 22:00 the reminder comes; snoozed 20 minutes, it comes back at 22:21
    // saying the real bedtime, 10:30, not one made up from the snooze.
    await advanceTo('2026-11-26T22:00:30');
    expect(reminderWindows()).toHaveLength(1);
    const first = await host.pageFor((reminderWindows()[0] as FakeBrowserWindow).webContents);
    await first.setViewportSize(REMINDER_WINDOW_SIZE);
    await first.getByRole('button', { name: '20 minutes' }).click();
    await expect.poll(() => reminderWindows().length, ROUND_TRIP).toBe(0);
    expect(Notification.shown[0]!.isClosed).toBe(true);
    // Once main has saved the snooze, on to its end.
    await expect
      .poll(async () => (await saved()).reminderState.snoozedUntilMs, ROUND_TRIP)
      .toBeDefined();
    const snoozedUntilMs = (await saved()).reminderState.snoozedUntilMs!;
    expect(snoozedUntilMs - wall('2026-11-26T22:00:30')).toBeGreaterThanOrEqual(20 * MINUTE);
    await advance(snoozedUntilMs - Date.now() + MINUTE / 2);
    expect(reminderWindows()).toHaveLength(1);
    const again = await host.pageFor((reminderWindows()[0] as FakeBrowserWindow).webContents);
    await expect.poll(() => again.getByText(/^Bedtime is at 10:30/).count(), ROUND_TRIP).toBe(1);
    expect(String(Notification.shown[1]!.options['body'])).toMatch(/^Bedtime is at 10:30\s?PM\./);
    expect(menu().findItem('Snooze the reminder')).toBeDefined();

    // Left unanswered, it is taken away two hours after bedtime; the next morning the tray
    // offers no snooze, and Skip tonight skips the evening to come.
    await advanceTo('2026-11-27T10:00:00');
    expect(reminderWindows()).toEqual([]);
    expect(Notification.shown[1]!.isClosed).toBe(true);
    expect(menu().findItem('Snooze the reminder')).toBeUndefined();
    menu().clickItem('Skip tonight');
    await expect
      .poll(async () => (await saved()).reminderState.skippedEvening, ROUND_TRIP)
      .toBe('2026-11-27');
    await advanceTo('2026-11-27T22:10:00');
    expect(reminderWindows()).toEqual([]);
    expect(Notification.shown).toHaveLength(2);
    await launched.page.screenshot({
      path: 'screenshots/tonight-after-skipping-in-the-morning.png',
    });
  });
});
