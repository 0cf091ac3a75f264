import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './axe-check';
import {
  lastSessionRoutine,
  lastSessionState,
  startAppInChromium,
  type AppInChromium,
} from './start-app-in-chromium';

const CAUTION = 'Massage and warmth are left out for now';

const savedSettings = async (folder: string) =>
  JSON.parse(await readFile(path.join(folder, 'settings.json'), 'utf8')) as {
    legCheckedAtMs: number | null;
  };

/**
 * The clot caution on the built app (built main and preload, the page in Chromium, the diary on a
 * real user-data folder): a cramp logged with a swollen calf leaves massage and warmth out of every
 * routine, says so on Tonight and in the player, across a relaunch, until the user says a doctor
 * has checked the leg, which is kept too.
 */
describe('the clot caution, in the built app', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('leaves massage and warmth out after a swollen calf, until a doctor has checked the leg', async () => {
    app = await startAppInChromium();
    const { page } = app;
    const folder = app.launched.userDataDir;
    await page.setViewportSize({ width: 800, height: 600 });

    // A cramp logged with a swollen calf: the urgent note at once.
    await page.getByRole('button', { name: 'Log a cramp' }).click();
    await page.getByRole('radio', { name: 'Left leg', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Swollen calf' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('tab', { name: 'Tonight' }).click();

    // Tonight says it plainly, and its preview no longer has the massage or the warmth.
    const note = page.getByRole('region', { name: CAUTION });
    await note.waitFor();
    expect(await note.textContent()).toMatch(/get your leg checked today/);
    await page.screenshot({ path: 'screenshots/clot-caution-tonight-800x600.png' });
    expect(await axeViolations(page)).toEqual([]);

    // Cramp now runs its two stretches only, and the player says why.
    await page.getByRole('button', { name: 'Cramp now' }).click();
    await expect.poll(() => lastSessionState(app!.launched.contents).status).toBe('running');
    const running = lastSessionState(app.launched.contents);
    if (running.status !== 'running') throw new Error('not running');
    expect(lastSessionRoutine(app.launched.contents).steps.map((step) => step.kind)).toEqual([
      'stretch',
      'stretch',
    ]);
    await expect
      .poll(() => page.getByText(/^Massage and warmth are left out: your diary noted/).count())
      .toBe(1);
    await page.screenshot({ path: 'screenshots/clot-caution-player-800x600.png' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Stop the routine' }).click();
    await expect.poll(() => lastSessionState(app!.launched.contents).status).toBe('idle');

    // Still so after a relaunch: it comes from the diary on disk.
    const relaunched = await app.relaunch();
    await relaunched.page.getByRole('region', { name: CAUTION }).waitFor();

    // A doctor has checked it: asked once more, then gone, and kept.
    const again = relaunched.page;
    await again.getByRole('button', { name: 'A doctor has checked my leg' }).click();
    await again.getByRole('button', { name: 'Yes, a doctor checked it' }).click();
    await expect.poll(() => again.getByRole('region', { name: CAUTION }).count()).toBe(0);
    expect((await savedSettings(folder)).legCheckedAtMs).toEqual(expect.any(Number));
    const third = await app.relaunch();
    await third.page.getByRole('heading', { name: 'Tonight', level: 1 }).waitFor();
    await third.page.getByRole('button', { name: 'Log a cramp' }).waitFor();
    expect(await third.page.getByRole('region', { name: CAUTION }).count()).toBe(0);

    // And warmth comes back, with both its cautions on screen.
    await third.page.getByRole('tab', { name: 'Routines' }).click();
    await third.page.getByRole('button', { name: 'Start Warm compress' }).click();
    await third.page.getByRole('button', { name: 'No, neither' }).click();
    await expect.poll(() => lastSessionState(app!.launched.contents).status).toBe('running');
    await expect
      .poll(() => third.page.getByRole('note').allTextContents())
      .toEqual([
        expect.stringMatching(/^Not on a calf that is swollen, red, hot or tender/),
        expect.stringMatching(/^Warm, never hot: hot tap water, never boiling/),
      ]);
    await third.page.setViewportSize({ width: 800, height: 600 });
    await third.page.screenshot({ path: 'screenshots/player-warmth-step-800x600.png' });
  }, 90_000);
});
