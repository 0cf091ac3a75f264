import { beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eventContract } from '../../core/ipc/contract';
import { findRoutine } from '../../core/routines/built-in-routines';
import { toRoutineFile } from '../../core/routines/routine-file';
import { readCommandLine } from '../../main/command-line';
import { app, dialog, fakeElectron, type FakeWebContents } from '../fakes/electron';
import { ManualClock } from '../fakes/manual-clock';
import { recordingLog, startFakeApp } from '../fakes/start-fake-app';

describe('readCommandLine', () => {
  it('reads the app’s flags and leaves Electron’s and Chromium’s alone', () => {
    expect(
      readCommandLine([
        '/opt/Bedtime Stretch/bedtime-stretch',
        '--no-sandbox',
        '--start',
        '--snooze',
        '20',
        '--pause-reminders',
        '3d',
        '--pause-reminders',
        'off',
        '--skip-tonight',
        '--cramp-now',
        '--in-tray',
        '/home/ann/Downloads/evening.bedtime-routines',
        'file:///home/ann/My%20routines.Bedtime-Routines',
      ]),
    ).toEqual([
      { kind: 'action', action: { kind: 'start-tonight' } },
      { kind: 'action', action: { kind: 'snooze', minutes: 20 } },
      { kind: 'action', action: { kind: 'pause-reminders', days: 3 } },
      { kind: 'action', action: { kind: 'pause-reminders', days: null } },
      { kind: 'action', action: { kind: 'skip-tonight' } },
      { kind: 'action', action: { kind: 'cramp-now' } },
      { kind: 'in-tray' },
      { kind: 'open-file', path: '/home/ann/Downloads/evening.bedtime-routines' },
      { kind: 'open-file', path: '/home/ann/My routines.Bedtime-Routines' },
    ]);
  });

  it('finds a file named on a launch from the folder that launch was made in', () => {
    expect(readCommandLine(['evening.bedtime-routines'], '/home/ann/Downloads')).toEqual([
      { kind: 'open-file', path: '/home/ann/Downloads/evening.bedtime-routines' },
    ]);
    expect(readCommandLine(['../shared/night.bedtime-routines'], '/home/ann/Downloads')).toEqual([
      { kind: 'open-file', path: '/home/ann/shared/night.bedtime-routines' },
    ]);
  });

  it('refuses, in words, a file address for another computer instead of failing', () => {
    expect(readCommandLine(['file://fileserver/share/night.bedtime-routines'])).toEqual([
      {
        kind: 'bad-file',
        problem:
          'That file address names a file on another computer, which this app cannot open: file://fileserver/share/night.bedtime-routines',
      },
    ]);
  });

  it('says in plain words what is wrong with a value it cannot use', () => {
    expect(readCommandLine(['--snooze', '15'])).toEqual([
      { kind: 'unknown', problem: 'Snooze for 10, 20 or 30 minutes (not “15”).' },
    ]);
    expect(readCommandLine(['--pause-reminders', 'week'])).toEqual([
      { kind: 'unknown', problem: 'Pause reminders for 1d, 3d or off (not “week”).' },
    ]);
  });
});

describe('flags from a second launch', () => {
  beforeEach(() => fakeElectron.reset());

  it('reach the running app: the window comes forward and the routine starts', async () => {
    const running = await startFakeApp({ clock: new ManualClock(), argv: [] });
    running.window.hide();
    app.launchSecondInstance(['bedtime-stretch', '--start']);
    expect(running.window.isVisible()).toBe(true);
    expect(running.session.snapshot().status).toBe('running');
  });

  it('a file named on a second launch is the one in that launch’s folder', async () => {
    const running = await startFakeApp({ clock: new ManualClock(), argv: [] });
    const folder = mkdtempSync(path.join(os.tmpdir(), 'bedtime-launch-'));
    const evening = { ...findRoutine('seated-stretches')!, id: 'evening', name: 'Evening' };
    writeFileSync(path.join(folder, 'evening.bedtime-routines'), toRoutineFile([evening]));
    // Launched from that folder, while the running app's own folder is elsewhere.
    app.launchSecondInstance(['bedtime-stretch', 'evening.bedtime-routines'], folder);
    await expect
      .poll(() => running.settings.get().ownRoutines.map((routine) => routine.name))
      .toEqual(['Evening']);
    expect(dialog.shown.at(-1)?.['message']).toBe(
      'Import the routines in “evening.bedtime-routines”?',
    );
  });

  it('a file address for another computer is refused in words on Routines', async () => {
    const running = await startFakeApp({ clock: new ManualClock(), argv: [] });
    app.launchSecondInstance(['bedtime-stretch', 'file://server/share/night.bedtime-routines']);
    const contents = running.window.webContents as unknown as FakeWebContents;
    await expect
      .poll(() => contents.sent.find((m) => m.channel === eventContract.importOutcome.channel))
      .toMatchObject({
        payload: { kind: 'refused', message: expect.stringMatching(/on another computer/) },
      });
  });

  it('snooze and skip tonight reach the reminder state', async () => {
    const clock = new ManualClock();
    const running = await startFakeApp({ clock, argv: [], timeZone: () => 'Europe/London' });
    app.launchSecondInstance(['bedtime-stretch', '--skip-tonight', '--snooze', '10']);
    await expect
      .poll(() => running.settings.get().reminderState)
      .toMatchObject({ skippedEvening: '2026-11-25', snoozedUntilMs: clock.wallNow() + 600_000 });
  });

  it('--help prints the flags and starts nothing', async () => {
    const lines: string[] = [];
    const original = console.log;
    console.log = (text: string) => void lines.push(text);
    try {
      const { startApp } = await import('../../main/app');
      const started = await startApp({
        paths: { rendererDir: 'dist', preloadPath: 'x', trayIconPath: 'y', zoneProbePath: 'z' },
        argv: ['bedtime-stretch', '--help'],
        log: recordingLog(),
      });
      expect(started).toBeNull();
    } finally {
      console.log = original;
    }
    expect(lines.join('\n')).toContain('--snooze 10|20|30');
    expect(lines.join('\n')).toContain('--in-tray');
    expect(app.quitCalls).toBe(1);
  });
});
