import { beforeEach, describe, expect, it } from 'vitest';
import { readCommandLine } from '../../main/command-line';
import { app, fakeElectron } from '../fakes/electron';
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
        paths: { rendererDir: 'dist', preloadPath: 'x', trayIconPath: 'y' },
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
