import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InvokeMethod } from '../../../core/ipc/contract';
import type { RunningApp, StartOptions } from '../../../main/app';
import { app, BrowserWindow, type FakeWebContents } from '../../fakes/electron';
import { invokeAsPage, startFakeApp } from '../../fakes/start-fake-app';

const newUserData = () => mkdtempSync(path.join(os.tmpdir(), 'bedtime-login-'));
/** Where the fake app's `appData` is, and so the Linux autostart entry. */
const autostartFile = (userDataDir: string) =>
  path.join(userDataDir, 'appData', 'autostart', 'bedtime-stretch.desktop');

async function start(options: Partial<StartOptions>, userDataDir = newUserData()) {
  const running: RunningApp = await startFakeApp(options, null, userDataDir);
  const contents = running.window.webContents as unknown as FakeWebContents;
  const call = (method: InvokeMethod, payload?: unknown) => invokeAsPage(contents, method, payload);
  return { running, call, userDataDir };
}

describe('start at login', () => {
  it('on Linux writes an XDG autostart entry that starts the app in the tray, and removes it when turned off', async () => {
    const { call, userDataDir } = await start({ platform: 'linux' });
    await expect(call('updateSettings', { launchAtLogin: true })).resolves.toMatchObject({
      ok: true,
      value: { launchAtLogin: true },
    });
    const entry = await readFile(autostartFile(userDataDir), 'utf8');
    expect(entry).toMatch(/^Exec=.* --in-tray$/m);
    await call('updateSettings', { launchAtLogin: false });
    await expect(readFile(autostartFile(userDataDir), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('says so and changes nothing when the system refuses', async () => {
    const userDataDir = newUserData();
    // A file where the autostart folder should be: the entry cannot be written.
    await mkdir(path.join(userDataDir, 'appData'), { recursive: true });
    await writeFile(path.join(userDataDir, 'appData', 'autostart'), 'not a folder');
    const { call, running } = await start({ platform: 'linux' }, userDataDir);
    await expect(call('updateSettings', { launchAtLogin: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-saved', message: expect.stringContaining('Starting at login') },
    });
    expect(running.settings.get().launchAtLogin).toBe(false);
  });

  it('follows the system at start: an entry the user removed reads as off', async () => {
    const first = await start({ platform: 'linux' });
    await first.call('updateSettings', { launchAtLogin: true });
    first.running.quit();
    const again = await start({ platform: 'linux' }, first.userDataDir);
    expect(again.running.settings.get().launchAtLogin).toBe(true);
    again.running.quit();
    const { rm } = await import('node:fs/promises');
    await rm(autostartFile(first.userDataDir));
    const third = await start({ platform: 'linux' }, first.userDataDir);
    expect(third.running.settings.get().launchAtLogin).toBe(false);
  });

  it('reads an entry the desktop turned off (Hidden, or GNOME’s switch) as off', async () => {
    const first = await start({ platform: 'linux' });
    await first.call('updateSettings', { launchAtLogin: true });
    first.running.quit();
    const file = autostartFile(first.userDataDir);
    await writeFile(file, (await readFile(file, 'utf8')).replace('enabled=true', 'enabled=false'));
    const again = await start({ platform: 'linux' }, first.userDataDir);
    expect(again.running.settings.get().launchAtLogin).toBe(false);
  });

  it('ends as the last of quick changes asked for', async () => {
    const { call, userDataDir, running } = await start({ platform: 'linux' });
    await Promise.all([
      call('updateSettings', { launchAtLogin: true }),
      call('updateSettings', { launchAtLogin: false }),
    ]);
    expect(running.settings.get().launchAtLogin).toBe(false);
    await expect(readFile(autostartFile(userDataDir), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('uses the system’s login items on Windows, with the in-tray flag', async () => {
    const { call } = await start({ platform: 'win32' });
    await call('updateSettings', { launchAtLogin: true });
    expect(app.loginItem).toEqual({ openAtLogin: true, args: ['--in-tray'] });
  });

  it('started at login, keeps its window hidden (the tray is there); a normal start shows it', async () => {
    const quiet = await start({ platform: 'linux', argv: ['electron', '--in-tray'] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(quiet.running.window.isVisible()).toBe(false);
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    const normal = await start({ platform: 'linux', argv: ['electron'] });
    await expect.poll(() => normal.running.window.isVisible()).toBe(true);
  });
});
