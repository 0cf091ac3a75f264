import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeContract } from '../../core/ipc/contract';
import { startAppInChromium, type AppInChromium } from './start-app-in-chromium';

type BridgeReply = { ok: boolean; error?: { code: string } };

/** What main answers the page's `getAppInfo()`, through the real preload. */
function askMainForAppInfo(page: Page): Promise<BridgeReply> {
  return page.evaluate(
    async () =>
      (await (
        window as unknown as { bedtime: { getAppInfo(): Promise<BridgeReply> } }
      ).bedtime.getAppInfo()) as BridgeReply,
  );
}

/**
 * End to end in real Chromium on the built app: `dist-electron/main.js` and the built preload as
 * packaged (Electron's native shell faked), and the built renderer.
 */
describe('the built app shell in Chromium', () => {
  let app: AppInChromium;
  beforeAll(async () => {
    app = await startAppInChromium();
    await mkdir('screenshots', { recursive: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('shows Tonight on the night theme, with the version read from main through the preload', async () => {
    const { page } = app;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tonight');
    await expect.poll(() => page.getByText('Version 0.1.0').count()).toBe(1);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(29, 23, 19)');
    const fontSize = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
    expect(fontSize).toBeGreaterThanOrEqual(18);
    await page.screenshot({ path: 'screenshots/shell-tonight.png' });
  });

  it('tells main the page’s real origin and frame, and main trusts the loopback dev origin only', async () => {
    const { page, launched, host } = app;
    expect(launched.contents.mainFrame.url).toBe(`${host.origin}/`);
    expect(await page.evaluate(() => location.origin)).toBe(host.origin);
    const reply = await askMainForAppInfo(page);
    expect(reply.ok).toBe(true);
  });

  it('moves between screens by keyboard alone', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Tonight' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Routines');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Journal');
    await page.keyboard.press('End');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Settings');
    await page.screenshot({ path: 'screenshots/shell-settings-keyboard.png' });
  });

  it('runs under the strict CSP with no errors and no bridge other than window.bedtime', async () => {
    const { page, host } = app;
    const csp = await page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
    );
    expect(csp).toContain("script-src 'self'");
    const bridgeKeys = await page.evaluate(() =>
      Object.keys((window as unknown as { bedtime: object }).bedtime).sort(),
    );
    expect(bridgeKeys).toEqual([...Object.keys(invokeContract), 'on'].sort());
    const hasRequire = await page.evaluate(
      () => typeof (window as unknown as { require?: unknown }).require,
    );
    expect(hasRequire).toBe('undefined');
    expect(host.consoleLines.filter((line) => /^(error|pageerror)/.test(line))).toEqual([]);
  });
});

describe('the built app when packaged', () => {
  let app: AppInChromium;
  beforeAll(async () => {
    // The page cannot reach main here (its origin is refused), so no welcome can show to skip.
    app = await startAppInChromium({ isPackaged: true, keepWelcome: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('ignores the dev server and refuses a page that is not at its own app:// origin', async () => {
    const { page, launched, host } = app;
    // A packaged app loads only its own files, whatever VITE_DEV_SERVER_URL says...
    expect(launched.contents.getURL()).toBe('app://bedtime/index.html');
    // ...and Chromium here can only show them from the loopback server, an origin main does not
    // trust once packaged: the sender check, fed the real frame, refuses it.
    expect(await page.evaluate(() => location.origin)).toBe(host.origin);
    const reply = await askMainForAppInfo(page);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('cannot open DevTools', () => {
    const prefs = app.launched.window.options['webPreferences'] as Record<string, unknown>;
    expect(prefs['devTools']).toBe(false);
  });
});
