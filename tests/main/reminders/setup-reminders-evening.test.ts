import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eventContract, type InvokeMethod } from '../../../core/ipc/contract';
import type { ReminderSchedule, ReminderStyle } from '../../../core/reminders/reminder-schedule';
import { everyEvening } from '../../../core/reminders/weekdays';
import type { RunningApp, StartOptions } from '../../../main/app';
import {
  BrowserWindow,
  Notification,
  powerMonitor,
  type FakeBrowserWindow,
  type FakeWebContents,
} from '../../fakes/electron';
import { ManualClock } from '../../fakes/manual-clock';
import { invokeAsPage, recordingLog, startFakeApp } from '../../fakes/start-fake-app';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const daily: ReminderSchedule = {
  isEnabled: true,
  leadMinutes: 30,
  bedtimes: everyEvening('22:30'),
};

/**
 * The reminders tell the truth over a whole evening and the morning after, in the running main
 * process. The manual clock's wall time starts at 2026-11-25 21:30 UTC; London is on UTC then.
 */
describe('bedtime reminders over an evening', () => {
  let clock: ManualClock;
  let zone: string;
  let running: RunningApp;
  let contents: FakeWebContents;
  let log: ReturnType<typeof recordingLog>;
  const call = (method: InvokeMethod, payload?: unknown) => invokeAsPage(contents, method, payload);
  const turnOn = (reminderStyle: ReminderStyle = 'both', schedule = daily) =>
    call('updateSettings', { reminderSchedule: schedule, reminderStyle });
  /** Starts the app, the wall clock first moved by `wallMs` from 21:30. */
  const start = async (wallMs = 0, options: Partial<StartOptions> = {}, userDataDir?: string) => {
    clock = new ManualClock();
    clock.jumpWallClock(wallMs);
    log = recordingLog();
    running = await startFakeApp(
      { clock, timeZone: () => zone, log, ...options },
      null,
      userDataDir,
    );
    contents = running.window.webContents as unknown as FakeWebContents;
  };
  const reminderWindow = (): FakeBrowserWindow | undefined =>
    BrowserWindow.getAllWindows().find((window) => window !== (running.window as unknown));
  const bodies = () => Notification.shown.map((shown) => String(shown.options['body']));
  const nextReminder = async () =>
    ((await call('getNextReminder')) as { value: { canSnooze: boolean; isTonightQuiet: boolean } })
      .value;

  beforeEach(async () => {
    zone = 'Europe/London';
    await start();
  });

  it('gives no reminder while a routine is on: started at 21:55 and paused', async () => {
    await turnOn();
    clock.advance(25 * MINUTE);
    await call('startSession', { routineId: 'before-sleep-stretches' });
    running.session.pause('user');
    clock.advance(30 * MINUTE);
    expect(Notification.shown).toEqual([]);
    expect(reminderWindow()).toBeUndefined();
  });

  it('takes starting a routine as the answer to that evening’s reminder, even if stopped at once', async () => {
    await turnOn();
    clock.advance(25 * MINUTE);
    await call('startSession', { routineId: 'before-sleep-stretches' });
    running.session.stop();
    clock.advance(3 * HOUR);
    expect(Notification.shown).toEqual([]);
    // Kept, so a relaunch that evening knows it too.
    await expect
      .poll(() => running.settings.get().reminderState.answeredEvening)
      .toBe('2026-11-25');
    // The next evening's reminder comes as usual.
    clock.advance(21 * HOUR + 10 * MINUTE); // 22:05 the next evening
    expect(Notification.shown).toHaveLength(1);
  });

  it('names the evening’s real bedtime when a snoozed reminder comes back', async () => {
    await turnOn('notification');
    clock.advance(31 * MINUTE);
    await call('actOnReminders', { kind: 'snooze', minutes: 20 });
    clock.advance(20 * MINUTE);
    expect(bodies()).toHaveLength(2);
    expect(bodies()[1]).toMatch(/^Bedtime is at 10:30\s?PM\./);
  });

  it('takes an unanswered reminder away two hours after bedtime, and offers no snooze after', async () => {
    await turnOn('both');
    clock.advance(30 * MINUTE);
    expect(reminderWindow()).toBeDefined();
    await expect(nextReminder()).resolves.toMatchObject({ canSnooze: true });
    clock.advance(150 * MINUTE - 1); // 00:29:59.999
    expect(reminderWindow()).toBeDefined();
    expect(Notification.shown[0]!.isClosed).toBe(false);
    clock.advance(1);
    expect(reminderWindow()).toBeUndefined();
    expect(Notification.shown[0]!.isClosed).toBe(true);
    await expect(nextReminder()).resolves.toMatchObject({ canSnooze: false });
    // Tonight hears of it at once.
    const told = contents.sent.filter((m) => m.channel === eventContract.nextReminder.channel);
    expect(told.at(-1)?.payload).toMatchObject({ canSnooze: false });
  });

  it('the next morning offers no snooze, and Skip tonight skips the evening to come', async () => {
    await turnOn('notification');
    clock.advance(30 * MINUTE);
    clock.advance(12 * HOUR); // 10:00 the next morning
    await expect(nextReminder()).resolves.toEqual(
      expect.objectContaining({ canSnooze: false, isTonightQuiet: false }),
    );
    await call('actOnReminders', { kind: 'skip-tonight' });
    expect(running.settings.get().reminderState.skippedEvening).toBe('2026-11-26');
    clock.advance(12 * HOUR + 5 * MINUTE); // 22:05 that evening
    expect(Notification.shown).toHaveLength(1);
  });

  it('turned off at 21:30 and on again at 22:10, says nothing of the 21:45 reminder', async () => {
    await turnOn('notification', { ...daily, bedtimes: everyEvening('22:15') });
    await call('updateSettings', { reminderSchedule: { isEnabled: false } });
    clock.advance(40 * MINUTE);
    await call('updateSettings', { reminderSchedule: { isEnabled: true } });
    clock.advance(HOUR);
    expect(bodies()).toEqual([]);
  });

  it('at a start at login at 22:10 gives that evening’s reminder once, saying why it is late', async () => {
    const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'bedtime-login-'));
    await writeFile(
      path.join(userDataDir, 'settings.json'),
      JSON.stringify({ version: 1, reminderSchedule: daily, reminderStyle: 'notification' }),
    );
    await start(40 * MINUTE, { argv: ['bedtime-stretch', '--in-tray'] }, userDataDir);
    expect(running.window.isVisible()).toBe(false);
    expect(bodies()).toHaveLength(1);
    expect(bodies()[0]).toContain('Your reminder time passed before you logged in.');
    expect(bodies()[0]).toContain('Bedtime is at 10:30');
    clock.advance(HOUR);
    expect(bodies()).toHaveLength(1);
    // Started by hand at the same time: nothing before now.
    await start(40 * MINUTE, {}, userDataDir);
    clock.advance(HOUR);
    expect(bodies()).toEqual([]);
  });

  it('notices a new zone by itself near a reminder, and says nothing of sleep for it', async () => {
    await start(-3 * HOUR + 5 * MINUTE); // 18:35 UTC
    await turnOn('notification');
    zone = 'Europe/Moscow'; // 21:35 there; nothing says so (no resume, no unlock)
    clock.advance(2 * HOUR);
    // Found at the next look and given, late but without a word of sleep.
    expect(bodies()).toHaveLength(1);
    expect(bodies()[0]).toMatch(/^Bedtime is at 10:30\s?PM\./);
  });

  it('notices a new zone at once on unlock (the system’s word), and reminds on time there', async () => {
    await start(-3 * HOUR + 5 * MINUTE); // 18:35 UTC, three and a half hours from London's 22:00
    await turnOn('notification');
    zone = 'Europe/Moscow';
    powerMonitor.emit('unlock-screen');
    clock.advance(25 * MINUTE - 1);
    expect(bodies()).toEqual([]);
    clock.advance(1); // 19:00 UTC, 22:00 in Moscow
    expect(bodies()).toHaveLength(1);
  });

  it('logs a reminder that fails to show, and still gives the next evening’s', async () => {
    await turnOn('notification');
    vi.spyOn(Notification, 'isSupported').mockImplementationOnce(() => {
      throw new Error('the notification service is gone');
    });
    clock.advance(30 * MINUTE);
    expect(bodies()).toEqual([]);
    expect(log.lines.some((line) => line.includes('could not be shown'))).toBe(true);
    clock.advance(24 * HOUR);
    expect(bodies()).toHaveLength(1);
  });
});
