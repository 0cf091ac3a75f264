import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp, type StartOptions } from '../../main/app';
import { invokeContract, type InvokeMethod } from '../../core/ipc/contract';
import { app, fakeElectron, ipcMain, type FakeWebContents, type RendererHost } from './electron';

/** Where the built bundles are; main-process tests point the app at them. */
export const builtPaths = {
  rendererDir: path.resolve('dist'),
  preloadPath: path.resolve('dist-electron/preload.cjs'),
  trayIconPath: path.resolve('assets/icons/icon-32.png'),
  zoneProbePath: path.resolve('dist-electron/zone-probe.cjs'),
};

/** Silent log that keeps what it was told, for assertions. */
export function recordingLog() {
  const lines: string[] = [];
  return {
    lines,
    info: (message: string) => void lines.push(`info: ${message}`),
    warn: (message: string) => void lines.push(`warn: ${message}`),
    error: (message: string) => void lines.push(`error: ${message}`),
  };
}

/**
 * Starts the real composition root against the fake Electron: resets the fake, plugs in a renderer
 * host (Chromium, for end-to-end tests), starts the app, lets Electron become ready, and resolves
 * with the running app.
 */
export async function startFakeApp(
  options: Partial<StartOptions> = {},
  host: RendererHost | null = null,
  userDataDir?: string,
): Promise<RunningApp> {
  fakeElectron.reset();
  fakeElectron.userDataDir =
    userDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'bedtime-user-data-'));
  fakeElectron.rendererHost = host;
  // A desktop with a tray, unless a test says otherwise (the machine's own is never asked).
  const starting = startApp({
    paths: builtPaths,
    log: recordingLog(),
    trayIconsShown: async () => true,
    ...options,
  });
  app.emitReady();
  const running = await starting;
  if (!running) throw new Error('The app did not start (single-instance lock refused)');
  return running;
}

/** Calls a bridge method on main as the app's own page would (its main frame), by contract name. */
export function invokeAsPage(
  contents: FakeWebContents,
  method: InvokeMethod,
  payload?: unknown,
): Promise<unknown> {
  return ipcMain.invoke(
    contents,
    invokeContract[method].channel,
    payload === undefined ? [] : [payload],
  );
}
