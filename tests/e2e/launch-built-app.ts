import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import {
  app,
  BrowserWindow,
  fakeElectron,
  type FakeBrowserWindow,
  type FakeWebContents,
} from '../fakes/electron';
import type { ChromiumHost } from './chromium-host';

/** The files the app ships, exactly as packaged. */
export const BUILT_MAIN = path.resolve('dist-electron/main.js');
export const BUILT_PRELOAD = path.resolve('dist-electron/preload.cjs');

/** One launch of the built app: its window, and the page showing it in Chromium. */
export interface LaunchedApp {
  readonly window: FakeBrowserWindow;
  readonly contents: FakeWebContents;
  readonly page: Page;
  readonly userDataDir: string;
  /** Quits the app as the user would (menu Quit): the routine stops, the window closes. */
  quit(): void;
}

/** How to launch. */
export interface LaunchOptions {
  /** The user-data folder; a relaunch passes the same one. */
  readonly userDataDir: string;
  /** Launch as a packaged app, which must ignore any dev server. */
  readonly isPackaged?: boolean;
  /** The language main is started in (`BEDTIME_LOCALE`), English unless given. */
  readonly locale?: 'pseudo';
  /** Sets up the fresh fake Electron before the bundle starts (a fault to meet, say). */
  readonly beforeStart?: () => void;
}

let launchCount = 0;

/**
 * Launches the built main bundle (`dist-electron/main.js`) the way Electron would start it, with
 * only Electron's native shell faked: a fresh fake Electron (as in a new process), then the bundle
 * evaluated anew (a query makes it a new module instance), then Electron's `ready`.
 *
 * Main is given the host's loopback server as its dev server, which an unpackaged build trusts;
 * the page's real origin is what main's sender check sees.
 */
export async function launchBuiltApp(
  host: ChromiumHost,
  options: LaunchOptions,
): Promise<LaunchedApp> {
  fakeElectron.reset();
  fakeElectron.userDataDir = options.userDataDir;
  fakeElectron.rendererHost = host;
  app.isPackaged = options.isPackaged ?? false;
  options.beforeStart?.();
  process.env['VITE_DEV_SERVER_URL'] = `${host.origin}/`;
  if (options.locale) process.env['BEDTIME_LOCALE'] = options.locale;
  // The machine's own desktop is never asked whether it shows tray icons: with no session bus,
  // the app assumes a tray, as it does wherever it cannot tell.
  delete process.env['DBUS_SESSION_BUS_ADDRESS'];
  launchCount += 1;
  try {
    await import(/* @vite-ignore */ `${pathToFileURL(BUILT_MAIN).href}?launch=${launchCount}`);
  } finally {
    delete process.env['VITE_DEV_SERVER_URL'];
    delete process.env['BEDTIME_LOCALE'];
  }
  app.emitReady();
  const window = await waitFor(() => BrowserWindow.getAllWindows()[0]);
  const contents = window.webContents;
  const page = await host.pageFor(contents);
  return { window, contents, page, userDataDir: options.userDataDir, quit: () => app.quit() };
}

async function waitFor<T>(find: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const giveUpAt = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > giveUpAt) throw new Error('The built app did not open its window');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
