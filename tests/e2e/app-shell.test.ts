import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeContract } from '../../core/ipc/contract';
import { startAppInChromium, type AppInChromium } from './start-app-in-chromium';

/**
 * End to end in real Chromium: the real main composition root (Electron's native shell faked),
 * the real built preload and the real built renderer.
 */
describe('the app shell in Chromium', () => {
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

  it('moves between screens by keyboard alone', async () => {
    const { page } = app;
    await page.keyboard.press('Tab');
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
