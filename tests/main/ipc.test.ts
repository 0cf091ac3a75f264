import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { invokeContract } from '../../core/ipc/contract';
import { registerIpcHandlers, type IpcHandlers } from '../../main/ipc';
import { BrowserWindow, fakeElectron, ipcMain } from '../fakes/electron';
import { recordingLog, startFakeApp } from '../fakes/start-fake-app';

const channel = invokeContract.getAppInfo.channel;

/** Handlers for every channel; the ones a test does not use fail loudly. */
function stubHandlers(overrides: Partial<IpcHandlers>): IpcHandlers {
  const unused = () => {
    throw new Error('not used in this test');
  };
  const all = Object.fromEntries(Object.keys(invokeContract).map((method) => [method, unused]));
  return { ...all, ...overrides } as IpcHandlers;
}

describe('IPC from the renderer', () => {
  beforeEach(() => fakeElectron.reset());

  it('answers the app window with a typed reply', async () => {
    const { window } = await startFakeApp();
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    expect(window.webContents).toBe(contents);
    await expect(ipcMain.invoke(contents, channel, [])).resolves.toEqual({
      ok: true,
      value: { name: 'Bedtime Stretch', version: '0.1.0', isPackaged: false },
    });
  });

  it('refuses a window the app did not create', async () => {
    await startFakeApp();
    const foreign = new BrowserWindow({}).webContents;
    await foreign.loadURL('app://bedtime/index.html');
    await expect(ipcMain.invoke(foreign, channel, [])).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('refuses a sub-frame and a page from another origin inside the app window', async () => {
    await startFakeApp();
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    const subFrame = { url: 'app://bedtime/index.html', parent: contents.mainFrame };
    await expect(ipcMain.invoke(contents, channel, [], subFrame)).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const remote = { url: 'https://example.com/', parent: null };
    await expect(ipcMain.invoke(contents, channel, [], remote)).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await expect(ipcMain.invoke(contents, channel, [], null)).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('answers a bad payload with invalid-request and keeps working', async () => {
    await startFakeApp();
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    await expect(ipcMain.invoke(contents, channel, [{ evil: true }])).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    await expect(ipcMain.invoke(contents, channel, [undefined, 'extra'])).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    await expect(ipcMain.invoke(contents, channel, [])).resolves.toMatchObject({ ok: true });
  });
});

describe('registerIpcHandlers', () => {
  beforeEach(() => fakeElectron.reset());

  const trustEveryone = () => true;

  it('turns a throwing handler into an internal error and logs it', async () => {
    const log = recordingLog();
    const handlers = stubHandlers({
      getAppInfo: () => {
        throw new Error('disk on fire');
      },
    });
    registerIpcHandlers(handlers, trustEveryone, log);
    const contents = new BrowserWindow({}).webContents;
    await expect(ipcMain.invoke(contents, channel, [])).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(log.lines.join('\n')).toContain('app:get-info failed');
  });

  it('never lets a reply that breaks the contract reach the renderer', async () => {
    const log = recordingLog();
    const handlers = stubHandlers({ getAppInfo: () => ({ name: 42 }) as never });
    registerIpcHandlers(handlers, trustEveryone, log);
    const contents = new BrowserWindow({}).webContents;
    const reply = await ipcMain.invoke(contents, channel, []);
    expect(z.object({ ok: z.literal(false) }).safeParse(reply).success).toBe(true);
  });

  it('registers every contract channel and removes them all on dispose', () => {
    const dispose = registerIpcHandlers(
      stubHandlers({ getAppInfo: () => ({ name: 'x', version: '1', isPackaged: false }) }),
      trustEveryone,
      recordingLog(),
    );
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      Object.values(invokeContract)
        .map((spec) => spec.channel)
        .sort(),
    );
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });
});
