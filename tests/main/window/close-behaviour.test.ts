import { beforeEach, describe, expect, it } from 'vitest';
import { setupCloseBehaviour, type CloseBehaviour } from '../../../main/window/close-behaviour';
import { BrowserWindow, dialog, fakeElectron, Notification } from '../../fakes/electron';
import { startFakeApp } from '../../fakes/start-fake-app';

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A window with the close behaviour, and a routine that is just a status. */
function windowWith(
  status: 'idle' | 'running' | 'paused',
  platform: NodeJS.Platform = 'linux',
  hasTray = false,
) {
  const window = new BrowserWindow({});
  window.show();
  const routine = {
    status,
    stops: 0,
    hiddenToTray: 0,
    hiddenWhere: null as 'tray' | 'no-tray' | null,
  };
  const behaviour: CloseBehaviour = {
    isQuitting: () => false,
    hasRoutine: () => routine.status !== 'idle',
    pauseRoutine: () => {
      if (routine.status === 'running') routine.status = 'paused';
    },
    stopRoutine: () => {
      routine.status = 'idle';
      routine.stops += 1;
    },
    platform,
    hasTray: () => hasTray,
    onHidden: (where) => {
      routine.hiddenToTray += 1;
      routine.hiddenWhere = where;
    },
  };
  setupCloseBehaviour(window as never, behaviour);
  return { window, routine };
}

describe('closing the window', () => {
  beforeEach(() => fakeElectron.reset());

  it('while a routine runs: pauses it, keeps the window, and asks in plain words', async () => {
    const { window, routine } = windowWith('running');
    dialog.responses.push(0);
    window.close();
    expect(routine.status).toBe('paused');
    await settle();
    expect(window.isDestroyed()).toBe(false);
    expect(window.isVisible()).toBe(true);
    expect(dialog.shown).toEqual([
      expect.objectContaining({
        message: 'Your routine is paused.',
        buttons: ['Back to my routine', 'Stop the routine and close'],
        defaultId: 0,
        cancelId: 0,
      }),
    ]);
  });

  it('stops the routine and closes the window when the user chooses that', async () => {
    const { window, routine } = windowWith('running');
    dialog.responses.push(1);
    window.close();
    await settle();
    expect(routine).toMatchObject({ status: 'idle', stops: 1 });
    // Gone from the screen; the app stays for the evening's reminder.
    expect(window.isVisible()).toBe(false);
  });

  it('asks once however often the close button is pressed', async () => {
    const { window } = windowWith('paused');
    window.close();
    window.close();
    window.close();
    await settle();
    expect(dialog.shown).toHaveLength(1);
  });

  it('with a tray: hides into it (and says so), the routine stopped first when the user chose that', async () => {
    const { window, routine } = windowWith('running', 'linux', true);
    dialog.responses.push(1);
    window.close();
    await settle();
    expect(routine).toEqual({ status: 'idle', stops: 1, hiddenToTray: 1, hiddenWhere: 'tray' });
    expect(window.isDestroyed()).toBe(false);
    expect(window.isVisible()).toBe(false);
  });

  it('with no routine and no tray icon shown: keeps running out of sight for the reminder, and says so; hides on macOS', () => {
    const linux = windowWith('idle', 'linux');
    linux.window.close();
    expect(linux.window.isDestroyed()).toBe(false);
    expect(linux.window.isVisible()).toBe(false);
    expect(linux.routine).toMatchObject({ hiddenToTray: 1, hiddenWhere: 'no-tray' });
    const mac = windowWith('idle', 'darwin');
    mac.window.close();
    expect(mac.window.isDestroyed()).toBe(false);
    expect(mac.window.isVisible()).toBe(false);
    expect(dialog.shown).toEqual([]);
  });

  it('in the running app on a desktop with no tray icons, the note says how to open it again', async () => {
    const running = await startFakeApp({ trayIconsShown: async () => false });
    await settle();
    running.window.close();
    expect(running.window.isVisible()).toBe(false);
    expect(Notification.shown.map((shown) => shown.options['title'])).toEqual([
      'Bedtime Stretch keeps running for tonight’s reminder',
    ]);
    expect(Notification.shown[0]!.options['body']).toMatch(
      /no tray icon.*start Bedtime Stretch from your applications/,
    );
  });

  it('in the running app with a tray, the note says it is in the tray', async () => {
    const running = await startFakeApp({ trayIconsShown: async () => true });
    await settle();
    running.window.close();
    expect(Notification.shown.map((shown) => shown.options['title'])).toEqual([
      'Bedtime Stretch is still here',
    ]);
  });
});
