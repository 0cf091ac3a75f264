import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { eventContract, type InvokeMethod } from '../../../core/ipc/contract';
import type { ReminderStyle } from '../../../core/reminders/reminder-schedule';
import { everyEvening } from '../../../core/reminders/weekdays';
import type { RunningApp, StartOptions } from '../../../main/app';
import {
  app,
  BrowserWindow,
  fakeElectron,
  Notification,
  powerMonitor,
  type FakeBrowserWindow,
  type FakeWebContents,
} from '../../fakes/electron';
import { ManualClock } from '../../fakes/manual-clock';
import { invokeAsPage, startFakeApp } from '../../fakes/start-fake-app';

const MINUTE = 60_000;

/** The manual clock's wall time starts at 2026-11-25 21:30 UTC; London is on UTC in November. */
describe('bedtime reminders in the running main process', () => {
  let clock: ManualClock;
  let running: RunningApp;
  let contents: FakeWebContents;
  const call = (method: InvokeMethod, payload?: unknown) => invokeAsPage(contents, method, payload);
  const turnOn = (reminderStyle: ReminderStyle = 'both') =>
    call('updateSettings', {
      reminderSchedule: { isEnabled: true, leadMinutes: 30, bedtimes: everyEvening('22:30') },
      reminderStyle,
    });
  const start = async (options: Partial<StartOptions> = {}) => {
    clock = new ManualClock();
    running = await startFakeApp({ clock, timeZone: () => 'Europe/London', ...options });
    contents = running.window.webContents as unknown as FakeWebContents;
  };
  /** The app's own reminder window, if one is open. */
  const reminderWindow = (): FakeBrowserWindow | undefined =>
    BrowserWindow.getAllWindows().find((window) => window !== (running.window as unknown));
  const navigations = () =>
    contents.sent.filter((message) => message.channel === eventContract.navigate.channel);

  beforeEach(() => start());

  it('says nothing while reminders are off (the default)', () => {
    clock.advance(24 * 60 * MINUTE);
    expect(Notification.shown).toEqual([]);
    expect(reminderWindow()).toBeUndefined();
  });

  it('by default shows its own reminder window in the corner, without taking the keyboard, and a quiet notification that stays', async () => {
    await turnOn();
    running.window.hide();
    clock.advance(29 * MINUTE);
    expect(reminderWindow()).toBeUndefined();
    clock.advance(MINUTE);
    await expect.poll(() => reminderWindow()?.isVisible()).toBe(true);
    const shown = reminderWindow();
    expect(shown?.isFocused()).toBe(false);
    expect(shown?.options).toMatchObject({ alwaysOnTop: true, resizable: false });
    expect(shown?.getPosition()).toEqual([1920 - 500 - 24, 1040 - 540 - 24]);
    expect(shown?.webContents.getURL()).toMatch(/#reminder$/);
    // The user's own window stays where it was: hidden.
    expect(running.window.isVisible()).toBe(false);
    expect(Notification.shown).toHaveLength(1);
    expect(Notification.shown[0]!.options).toMatchObject({
      title: 'Time for your bedtime stretch',
      body: expect.stringContaining('Bedtime is at 10:30'),
      urgency: 'critical',
      timeoutType: 'never',
      // One reminder, one sound: the window's soft chime.
      silent: true,
    });
  });

  it('opens Tonight from the notification’s click, and takes the reminder window away', async () => {
    await turnOn();
    running.window.hide();
    clock.advance(30 * MINUTE);
    Notification.shown[0]!.click();
    expect(running.window.isVisible()).toBe(true);
    expect(navigations().at(-1)).toMatchObject({ payload: { screen: 'tonight' } });
    expect(reminderWindow()).toBeUndefined();
  });

  it('answers the reminder window’s page: what it shows, and Start plays tonight’s routine', async () => {
    await turnOn();
    running.window.hide();
    clock.advance(30 * MINUTE);
    const page = reminderWindow()!.webContents;
    await expect(invokeAsPage(page, 'getShownReminder')).resolves.toEqual({
      ok: true,
      value: { bedtimeMs: Date.parse('2026-11-25T22:30:00Z'), isCatchUp: false },
    });
    await invokeAsPage(page, 'answerReminder', { kind: 'start-tonight' });
    expect(running.session.snapshot().status).toBe('running');
    expect(running.window.isVisible()).toBe(true);
    expect(reminderWindow()).toBeUndefined();
  });

  it('snoozes from the reminder window: gone now, back ten minutes later', async () => {
    await turnOn('window');
    clock.advance(30 * MINUTE);
    await invokeAsPage(reminderWindow()!.webContents, 'answerReminder', {
      kind: 'snooze',
      minutes: 10,
    });
    await expect.poll(() => running.settings.get().reminderState.snoozedUntilMs).toBeDefined();
    expect(reminderWindow()).toBeUndefined();
    clock.advance(9 * MINUTE);
    expect(reminderWindow()).toBeUndefined();
    clock.advance(MINUTE);
    await expect.poll(() => reminderWindow()?.isVisible()).toBe(true);
    expect(Notification.shown).toEqual([]);
  });

  it('tells Tonight once the reminder is given, so it can offer a snooze there', async () => {
    await turnOn();
    await expect(call('getNextReminder')).resolves.toMatchObject({ value: { canSnooze: false } });
    clock.advance(30 * MINUTE);
    const told = contents.sent.filter((m) => m.channel === eventContract.nextReminder.channel);
    expect(told.at(-1)?.payload).toMatchObject({ canSnooze: true, isTonightQuiet: false });
    await expect(call('actOnReminders', { kind: 'skip-tonight' })).resolves.toMatchObject({
      value: { canSnooze: false, isTonightQuiet: true },
    });
  });

  it('takes the reminder away when tonight is skipped from the tray or the window', async () => {
    await turnOn();
    clock.advance(30 * MINUTE);
    await call('actOnReminders', { kind: 'skip-tonight' });
    expect(reminderWindow()).toBeUndefined();
  });

  it('with the notification style, shows only a notification, which sounds', async () => {
    await turnOn('notification');
    clock.advance(30 * MINUTE);
    expect(reminderWindow()).toBeUndefined();
    expect(Notification.shown[0]!.options['silent']).toBe(false);
  });

  it('shows the reminder window where notifications are not supported', async () => {
    Notification.supported = false;
    await turnOn('notification');
    clock.advance(30 * MINUTE);
    await expect.poll(() => reminderWindow()?.isVisible()).toBe(true);
  });

  it('shows the reminder window when the notification fails', async () => {
    await turnOn('notification');
    clock.advance(30 * MINUTE);
    Notification.shown[0]!.emit('failed', {}, 'no notification server');
    await expect.poll(() => reminderWindow()?.isVisible()).toBe(true);
  });

  it('offers Start and Snooze on a macOS notification', async () => {
    await start({ platform: 'darwin' });
    await turnOn('notification');
    clock.advance(30 * MINUTE);
    const notification = Notification.shown[0]!;
    expect(notification.options['actions']).toEqual([
      { type: 'button', text: 'Start now' },
      { type: 'button', text: 'In 10 minutes' },
    ]);
    notification.pressAction(0);
    expect(running.session.snapshot().status).toBe('running');
  });

  it('on Windows, sets the app’s identity and gives a reminder toast whose Snooze works', async () => {
    await start({ platform: 'win32' });
    expect(app.appUserModelId).toBe('app.bedtimestretch.desktop');
    const builder = await readFile('electron-builder.yml', 'utf8');
    expect(builder).toContain(`appId: ${app.appUserModelId}`);
    await turnOn('notification');
    clock.advance(30 * MINUTE);
    const toast = String(Notification.shown[0]!.options['toastXml']);
    expect(toast).toContain('scenario="reminder"');
    expect(toast).toContain('arguments="snooze-10"');
    Notification.activationHandler?.({ type: 'action', arguments: 'snooze-10' });
    await expect
      .poll(() => running.settings.get().reminderState.snoozedUntilMs)
      .toBe(clock.wallNow() + 10 * MINUTE);
  });

  it('gives no reminder tonight once tonight’s routine is done', async () => {
    await turnOn();
    await call('startSession', { routineId: 'before-sleep-stretches' });
    clock.advance(20 * MINUTE); // the routine runs to its end before 22:00
    expect(running.session.snapshot().status).toBe('completed');
    // Noted in the settings (a write to disk).
    await expect.poll(() => running.settings.get().reminderState.doneEvening).toBe('2026-11-25');
    clock.advance(60 * MINUTE);
    expect(Notification.shown).toEqual([]);
    expect(reminderWindow()).toBeUndefined();
  });

  it('gives one catch-up when the machine wakes after sleeping through the reminder', async () => {
    await turnOn('notification');
    clock.freeze(60 * MINUTE); // asleep 21:30 to 22:30
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    expect(Notification.shown).toHaveLength(1);
    expect(Notification.shown[0]!.options['body']).toContain('while the computer was asleep');
    fakeElectron.reset();
  });

  it('tells the window when the next reminder is, and skips tonight on its request', async () => {
    await turnOn();
    await expect(call('getNextReminder')).resolves.toMatchObject({
      value: { atMs: Date.parse('2026-11-25T22:00:00Z'), isTonightQuiet: false },
    });
    await expect(call('actOnReminders', { kind: 'skip-tonight' })).resolves.toMatchObject({
      value: { atMs: Date.parse('2026-11-26T22:00:00Z'), isTonightQuiet: true },
    });
    clock.advance(60 * MINUTE);
    expect(Notification.shown).toEqual([]);
  });

  it('sends a test reminder at once when asked, even with reminders off', async () => {
    await expect(call('sendTestReminder')).resolves.toEqual({ ok: true, value: null });
    expect(Notification.shown).toHaveLength(1);
    expect(Notification.shown[0]!.options['title']).toBe('Time for your bedtime stretch');
    // Tonight's own bedtime, not one made up from the moment of the test.
    expect(Notification.shown[0]!.options['body']).toMatch(/^Bedtime is at 10:30\s?PM\./);
    await expect.poll(() => reminderWindow()?.isVisible()).toBe(true);
  });
});
