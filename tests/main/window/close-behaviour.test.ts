import { beforeEach, describe, expect, it } from 'vitest';
import { setupCloseBehaviour, type CloseBehaviour } from '../../../main/window/close-behaviour';
import { BrowserWindow, dialog, fakeElectron } from '../../fakes/electron';

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A window with the close behaviour, and a routine that is just a status. */
function windowWith(
  status: 'idle' | 'running' | 'paused',
  platform: NodeJS.Platform = 'linux',
  hasTray = false,
) {
  const window = new BrowserWindow({});
  window.show();
  const routine = { status, stops: 0, hiddenToTray: 0 };
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
    hasTray,
    onHiddenToTray: () => {
      routine.hiddenToTray += 1;
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

  it('stops the routine and closes when the user chooses that', async () => {
    const { window, routine } = windowWith('running');
    dialog.responses.push(1);
    window.close();
    await settle();
    expect(routine).toMatchObject({ status: 'idle', stops: 1 });
    expect(window.isDestroyed()).toBe(true);
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
    expect(routine).toEqual({ status: 'idle', stops: 1, hiddenToTray: 1 });
    expect(window.isDestroyed()).toBe(false);
    expect(window.isVisible()).toBe(false);
  });

  it('with no routine and no tray: closes on Windows and Linux, hides on macOS', () => {
    const linux = windowWith('idle', 'linux');
    linux.window.close();
    expect(linux.window.isDestroyed()).toBe(true);
    const mac = windowWith('idle', 'darwin');
    mac.window.close();
    expect(mac.window.isDestroyed()).toBe(false);
    expect(mac.window.isVisible()).toBe(false);
    expect(dialog.shown).toEqual([]);
  });
});
