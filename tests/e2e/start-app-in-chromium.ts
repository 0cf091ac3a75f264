import type { Page } from 'playwright-core';
import type { RunningApp, StartOptions } from '../../main/app';
import type { FakeWebContents } from '../fakes/electron';
import { builtPaths, startFakeApp } from '../fakes/start-fake-app';
import { ChromiumHost } from './chromium-host';

/** The whole app, end to end: real main, real preload, real renderer in Chromium. */
export interface AppInChromium {
  readonly running: RunningApp;
  readonly page: Page;
  readonly host: ChromiumHost;
  stop(): Promise<void>;
}

/** Starts Chromium, then the app's real composition root with its window shown in Chromium. */
export async function startAppInChromium(
  options: Partial<StartOptions> = {},
  initScript?: string,
): Promise<AppInChromium> {
  const host = new ChromiumHost(builtPaths.preloadPath, undefined, initScript);
  await host.start();
  const running = await startFakeApp(options, host);
  const page = await host.pageFor(running.window.webContents as unknown as FakeWebContents);
  return {
    running,
    page,
    host,
    stop: async () => {
      running.quit();
      await host.stop();
    },
  };
}
