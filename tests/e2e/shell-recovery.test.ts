import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialog } from '../fakes/electron';
import { lastSessionState, startAppInChromium, type AppInChromium } from './start-app-in-chromium';

/**
 * The built app's shell when things go wrong: a renderer that crashes or hangs, and a window
 * closed while a routine runs. Chromium's renderer really crashes here; Electron's shell is faked.
 */
describe('the built app’s shell in Chromium', () => {
  let app: AppInChromium;
  beforeAll(async () => {
    app = await startAppInChromium();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const currentPage = () => app.host.pageFor(app.launched.contents);
  const heading = async () =>
    (await currentPage()).getByRole('heading', { level: 1 }).textContent();
  const status = () => lastSessionState(app.launched.contents).status;

  it('reloads a crashed page, which picks up the routine where main has it', async () => {
    await app.page.getByRole('button', { name: /^Start Before sleep/ }).click();
    await expect.poll(status).toBe('running');
    const crashedPage = app.page;
    await app.host.crash(app.launched.contents);
    const freshPage = await app.host.pageFor(app.launched.contents);
    expect(freshPage).not.toBe(crashedPage);
    await expect
      .poll(() => freshPage.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
      .toBe('Calf stretch at the wall');
    expect(status()).toBe('running');
    await freshPage.screenshot({ path: 'screenshots/after-renderer-crash.png' });
  });

  it('ends and reloads a page that stops responding', async () => {
    const hungPage = await app.host.pageFor(app.launched.contents);
    app.launched.contents.simulateUnresponsive();
    await expect.poll(() => hungPage.isClosed()).toBe(true);
    const freshPage = await app.host.pageFor(app.launched.contents);
    await expect
      .poll(() => freshPage.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
      .toBe('Calf stretch at the wall');
    expect(status()).toBe('running');
  });

  it('pauses the routine and asks, rather than vanishing, when the window is closed', async () => {
    dialog.responses.push(0); // "Back to my routine"
    app.launched.window.close();
    await expect.poll(status).toBe('paused');
    expect(app.launched.window.isDestroyed()).toBe(false);
    expect(app.launched.window.isVisible()).toBe(true);
    expect(dialog.shown.at(-1)).toMatchObject({
      message: 'Your routine is paused.',
      buttons: ['Back to my routine', 'Stop the routine and close'],
    });
    const page = await currentPage();
    await expect.poll(() => page.getByRole('button', { name: 'Resume' }).count()).toBe(1);
    expect(await heading()).toBe('Calf stretch at the wall');
  });

  it('stops the routine and closes the window when the user chooses that', async () => {
    dialog.responses.push(1); // "Stop the routine and close"
    app.launched.window.close();
    await expect.poll(status).toBe('idle');
    // The window goes; the app stays in the tray for the evening's reminder.
    await expect.poll(() => app.launched.window.isVisible()).toBe(false);
  });
});
