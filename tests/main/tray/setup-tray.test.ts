import { beforeEach, describe, expect, it } from 'vitest';
import { eventContract, invokeContract } from '../../../core/ipc/contract';
import { everyEvening } from '../../../core/reminders/weekdays';
import type { RunningApp } from '../../../main/app';
import {
  ipcMain,
  Notification,
  Tray,
  type FakeTray,
  type FakeWebContents,
} from '../../fakes/electron';
import { ManualClock } from '../../fakes/manual-clock';
import { startFakeApp } from '../../fakes/start-fake-app';

const MINUTE = 60_000;

/** The manual clock's wall time starts at 2026-11-25 21:30 UTC; London is on UTC in November. */
describe('the tray in the running main process', () => {
  let clock: ManualClock;
  let running: RunningApp;
  let tray: FakeTray;
  const click = (label: string) => tray.contextMenu!.clickItem(label);
  const has = (label: string) => tray.contextMenu!.findItem(label) !== undefined;

  beforeEach(async () => {
    clock = new ManualClock();
    running = await startFakeApp({ clock, timeZone: () => 'Europe/London' });
    tray = Tray.all.at(-1)!;
  });

  it('shows an icon with a menu and a calm tooltip', () => {
    expect(Tray.all).toHaveLength(1);
    expect(tray.tooltip).toBe('Bedtime Stretch');
    expect(has('Open Bedtime Stretch')).toBe(true);
    expect(has('Quit Bedtime Stretch')).toBe(true);
  });

  it('starts tonight’s routine from the menu, then offers pause, skip and stop, with the step in the tooltip', () => {
    click('Start tonight’s routine: Before sleep: calf and hamstring stretches');
    expect(running.session.snapshot().status).toBe('running');
    expect(has('Pause the routine')).toBe(true);
    expect(tray.tooltip).toBe('Calf stretch at the wall: 0:08 left');
    clock.advance(3_000);
    expect(tray.tooltip).toBe('Calf stretch at the wall: 0:05 left');
    click('Pause the routine');
    expect(running.session.snapshot().status).toBe('paused');
    expect(has('Resume the routine')).toBe(true);
    click('Stop the routine');
    expect(running.session.snapshot().status).toBe('idle');
    expect(tray.tooltip).toBe('Bedtime Stretch');
  });

  it('starts cramp relief at once, without warmth, even before the heat question is answered', () => {
    click('Cramp relief now');
    const snapshot = running.session.snapshot();
    expect(snapshot.status).toBe('running');
    if (snapshot.status === 'running')
      expect(snapshot.routine.steps.some((step) => step.isHeat)).toBe(false);
  });

  it('after a reminder, snoozes it from the menu, and the reminder comes back', async () => {
    const contents = running.window.webContents as unknown as FakeWebContents;
    await ipcMain.invoke(contents, invokeContract.updateSettings.channel, [
      { reminderSchedule: { isEnabled: true, leadMinutes: 30, bedtimes: everyEvening('22:30') } },
    ]);
    expect(tray.tooltip).toMatch(/^Bedtime Stretch: next reminder Wednesday/);
    expect(has('Skip tonight')).toBe(true);
    clock.advance(30 * MINUTE);
    expect(Notification.shown).toHaveLength(1);
    click('For 10 minutes');
    await expect.poll(() => running.settings.get().reminderState.snoozedUntilMs).toBeDefined();
    clock.advance(10 * MINUTE);
    expect(Notification.shown).toHaveLength(2);
  });

  it('offers the snooze only while tonight’s reminder lasts: none the next morning, when Skip tonight skips the evening to come', async () => {
    const contents = running.window.webContents as unknown as FakeWebContents;
    await ipcMain.invoke(contents, invokeContract.updateSettings.channel, [
      { reminderSchedule: { isEnabled: true, leadMinutes: 30, bedtimes: everyEvening('22:30') } },
    ]);
    clock.advance(30 * MINUTE);
    expect(has('Snooze the reminder')).toBe(true);
    clock.advance(12 * 60 * MINUTE); // 10:00 the next morning
    expect(has('Snooze the reminder')).toBe(false);
    click('Skip tonight');
    await expect.poll(() => running.settings.get().reminderState.skippedEvening).toBe('2026-11-26');
    expect(has('Skip tonight')).toBe(false);
    clock.advance(12 * 60 * MINUTE + 5 * MINUTE); // 22:05 that evening
    expect(Notification.shown).toHaveLength(1);
  });

  it('skips tonight and pauses reminders from the menu, keeping what was chosen', async () => {
    const contents = running.window.webContents as unknown as FakeWebContents;
    await ipcMain.invoke(contents, invokeContract.updateSettings.channel, [
      { reminderSchedule: { isEnabled: true, leadMinutes: 30, bedtimes: everyEvening('22:30') } },
    ]);
    click('Skip tonight');
    // Saved once its turn in the settings' queue comes (a busy machine may take a while).
    await expect.poll(() => running.settings.get().reminderState.skippedEvening).toBe('2026-11-25');
    // The window hears of a change made from the tray, as of one made in it.
    const announced = contents.sent.filter(
      (m) => m.channel === eventContract.settingsChanged.channel,
    );
    expect(announced.at(-1)?.payload).toMatchObject({
      reminderState: { skippedEvening: '2026-11-25' },
    });
    click('Until I turn them back on');
    await expect.poll(() => running.settings.get().reminderState.isPausedUntilTurnedOn).toBe(true);
    expect(has('Turn reminders back on')).toBe(true);
    clock.advance(3 * 24 * 60 * MINUTE);
    expect(Notification.shown).toEqual([]);
  });

  it('opens the window from the menu', () => {
    running.window.hide();
    click('Open Bedtime Stretch');
    expect(running.window.isVisible()).toBe(true);
  });

  it('Log a cramp brings the window forward on the diary form, even during a routine', () => {
    running.window.hide();
    click('Start tonight’s routine: Before sleep: calf and hamstring stretches');
    click('Log a cramp…');
    expect(running.window.isVisible()).toBe(true);
    const contents = running.window.webContents as unknown as FakeWebContents;
    const navigations = contents.sent.filter((m) => m.channel === eventContract.navigate.channel);
    expect(navigations.at(-1)?.payload).toEqual({ screen: 'log-cramp' });
  });
});
