import { beforeEach, describe, expect, it } from 'vitest';
import { eventContract, type InvokeMethod } from '../../../core/ipc/contract';
import { everyEvening } from '../../../core/reminders/weekdays';
import type { RunningApp } from '../../../main/app';
import {
  fakeElectron,
  Notification,
  powerMonitor,
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
  const turnOn = () =>
    call('updateSettings', {
      reminderSchedule: { isEnabled: true, leadMinutes: 30, bedtimes: everyEvening('22:30') },
    });

  beforeEach(async () => {
    clock = new ManualClock();
    running = await startFakeApp({ clock, timeZone: () => 'Europe/London' });
    contents = running.window.webContents as unknown as FakeWebContents;
  });

  it('says nothing while reminders are off (the default)', () => {
    clock.advance(24 * 60 * MINUTE);
    expect(Notification.shown).toEqual([]);
  });

  it('reminds half an hour before bedtime with a notification that stays, whose click opens Tonight', async () => {
    await turnOn();
    clock.advance(29 * MINUTE);
    expect(Notification.shown).toEqual([]);
    clock.advance(MINUTE);
    expect(Notification.shown).toHaveLength(1);
    const notification = Notification.shown[0]!;
    expect(notification.options).toMatchObject({
      title: 'Time for your bedtime stretch',
      body: expect.stringContaining('Bedtime is at 10:30'),
      urgency: 'critical',
      timeoutType: 'never',
    });
    running.window.hide();
    notification.click();
    expect(running.window.isVisible()).toBe(true);
    expect(
      contents.sent.filter((m) => m.channel === eventContract.navigate.channel).at(-1),
    ).toMatchObject({ payload: { screen: 'tonight' } });
  });

  it('brings the window forward instead where notifications are not supported', async () => {
    Notification.supported = false;
    await turnOn();
    running.window.hide();
    clock.advance(30 * MINUTE);
    expect(running.window.isVisible()).toBe(true);
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
  });

  it('gives one catch-up when the machine wakes after sleeping through the reminder', async () => {
    await turnOn();
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
  });
});
