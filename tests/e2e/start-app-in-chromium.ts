import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { eventContract } from '../../core/ipc/contract';
import type { Routine } from '../../core/routines/routine-schema';
import type { SessionSnapshot } from '../../core/session/session-state';
import type { FakeWebContents } from '../fakes/electron';
import { ChromiumHost } from './chromium-host';
import { BUILT_PRELOAD, launchBuiltApp, type LaunchedApp } from './launch-built-app';

/** The built app end to end: built main, built preload, built renderer in Chromium. */
export interface AppInChromium {
  readonly host: ChromiumHost;
  /** The current launch. */
  readonly launched: LaunchedApp;
  readonly page: Page;
  /** Quits and launches the built app again on the same user-data folder, in the same browser. */
  relaunch(): Promise<LaunchedApp>;
  stop(): Promise<void>;
}

/** Starts Chromium, then the built app with its window shown there. */
export async function startAppInChromium(
  options: {
    initScript?: string;
    isPackaged?: boolean;
    userDataDir?: string;
    /** Leave the first-launch welcome on screen (by default it is skipped, as a user may). */
    keepWelcome?: boolean;
    /** Start main in the pseudo-locale. */
    locale?: 'pseudo';
  } = {},
): Promise<AppInChromium> {
  const host = new ChromiumHost(BUILT_PRELOAD, undefined, options.initScript);
  await host.start();
  const userDataDir =
    options.userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'bedtime-user-data-')));
  const isFirstLaunch = !existsSync(path.join(userDataDir, 'settings.json'));
  const launchOptions = { userDataDir, isPackaged: options.isPackaged, locale: options.locale };
  let launched = await launchBuiltApp(host, launchOptions);
  // A first launch meets the welcome; tests about other things skip it as a user can.
  if (isFirstLaunch && !options.keepWelcome) await skipWelcome(launched.page);
  return {
    host,
    get launched() {
      return launched;
    },
    get page() {
      return launched.page;
    },
    async relaunch() {
      launched.quit();
      launched = await launchBuiltApp(host, launchOptions);
      return launched;
    },
    stop: async () => {
      launched.quit();
      await host.stop();
    },
  };
}

/** Presses "Skip the welcome" once the welcome shows, and waits for Tonight. */
export async function skipWelcome(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skip the welcome' }).click();
  await page.getByRole('heading', { name: 'Tonight', level: 1 }).waitFor();
}

/** The session as main last sent it to the window (idle before anything was sent). */
export function lastSessionState(contents: FakeWebContents): SessionSnapshot {
  const last = contents.sent.findLast(
    (message) => message.channel === eventContract.sessionState.channel,
  );
  return (last?.payload as SessionSnapshot | undefined) ?? { status: 'idle' };
}

/**
 * The routine of the session main last sent the window: main sends it with a session's first
 * snapshot only, and names it by its key after that.
 */
export function lastSessionRoutine(contents: FakeWebContents): Routine {
  const last = lastSessionState(contents);
  if (last.status === 'idle') throw new Error('no routine is on');
  const carrying = contents.sent.findLast((message) => {
    const payload = message.payload as SessionSnapshot | undefined;
    return (
      message.channel === eventContract.sessionState.channel &&
      payload?.status !== 'idle' &&
      payload?.routineKey === last.routineKey &&
      payload.routine !== undefined
    );
  });
  const routine = (carrying?.payload as { routine?: Routine } | undefined)?.routine;
  if (!routine) throw new Error(`main never sent the routine of ${last.routineKey}`);
  return routine;
}

/**
 * Moves a playing routine to its end by keyboard, as a user would: `key` is pressed (→ for the
 * next hold, N for the next step) once the player shows, and again only once main has moved the
 * session on, until Sleep well shows. No press is lost to a page still drawing the last one.
 */
export async function keyToSleepWell(
  page: Page,
  contents: FakeWebContents,
  key: 'ArrowRight' | 'n',
  sleepWellHeading: string,
): Promise<void> {
  const sleepWell = page.getByRole('heading', { name: sleepWellHeading });
  const where = () => {
    const state = lastSessionState(contents);
    return state.status === 'idle' ? 'idle' : `${state.status}:${state.elapsedMs}`;
  };
  await page.getByRole('timer').waitFor();
  for (let press = 0; press < 60 && lastSessionState(contents).status !== 'completed'; press += 1) {
    const before = where();
    await page.keyboard.press(key);
    await expect.poll(where, { timeout: 10_000 }).not.toBe(before);
  }
  await sleepWell.waitFor();
}
