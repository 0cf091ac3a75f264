import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dialog } from '../fakes/electron';
import { axeViolations } from './axe-check';
import { inViewAndUncovered } from './in-view';
import {
  keyToSleepWell,
  lastSessionState,
  startAppInChromium,
  type AppInChromium,
} from './start-app-in-chromium';

/** The first hold of "Before sleep" ends 18 s in (see tests/e2e/routine-playback.test.ts). */
const FIRST_HOLD_END_MS = 18_000;

const lines = async (file: string) =>
  (await readFile(file, 'utf8').catch(() => ''))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/**
 * The user's data on the built app: the built main bundle and preload, the built page in
 * Chromium, the store on a real user-data folder; only Electron's native shell is faked.
 */
describe('keeping the user’s data, in the built app', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('a routine done and a cramp logged from Tonight in three clicks are both there after a relaunch', async () => {
    app = await startAppInChromium();
    const { page } = app;
    const folder = app.launched.userDataDir;

    // A routine: its first hold done on the real clock, the rest skipped to the end.
    await page.getByRole('button', { name: /^Start Before sleep/ }).click();
    await expect.poll(() => lastSessionState(app!.launched.contents).status).toBe('running');
    await expect
      .poll(
        () => {
          const state = lastSessionState(app!.launched.contents);
          return state.status === 'running' ? state.holdsDone : 0;
        },
        { timeout: FIRST_HOLD_END_MS + 5_000, interval: 250 },
      )
      .toBe(1);
    // N leaves each step for the next, to the end.
    await keyToSleepWell(page, app.launched.contents, 'n', 'Sleep well');
    await page.getByRole('button', { name: 'Done' }).click();

    // Log a cramp from Tonight: Log a cramp, Left leg, Save.
    let clicks = 0;
    const click = async (name: string) => {
      await page.getByRole(name === 'Left leg' ? 'radio' : 'button', { name, exact: true }).click();
      clicks += 1;
    };
    // On a small window (800×600) the form's Save stays in view while the form scrolls.
    await page.setViewportSize({ width: 800, height: 600 });
    await click('Log a cramp');
    const save = await page.getByRole('button', { name: 'Save', exact: true }).boundingBox();
    expect(save!.y + save!.height).toBeLessThanOrEqual(600);
    await page.screenshot({ path: 'screenshots/diary-form.png' });
    expect(await axeViolations(page)).toEqual([]);
    await click('Left leg');
    await click('Save');
    expect(clicks).toBe(3);
    // Said on the page (and to a screen reader, through the live region), beside the button that
    // opened the form, which has the keyboard again; both in view.
    const saved = page.locator('p.notice', { hasText: 'Cramp saved.' });
    await expect.poll(() => saved.isVisible()).toBe(true);
    const logButton = page.getByRole('button', { name: 'Log a cramp' });
    expect(await logButton.evaluate((button) => button === document.activeElement)).toBe(true);
    const [noteBox, buttonBox] = [(await saved.boundingBox())!, (await logButton.boundingBox())!];
    expect(noteBox.y - (buttonBox.y + buttonBox.height)).toBeGreaterThanOrEqual(0);
    expect(noteBox.y - (buttonBox.y + buttonBox.height)).toBeLessThan(40);
    expect(await inViewAndUncovered(saved)).toBe(true);

    // Both on disk, synced before they were acknowledged.
    await expect.poll(async () => (await lines(path.join(folder, 'history.jsonl'))).length).toBe(1);
    expect((await lines(path.join(folder, 'history.jsonl')))[0]).toMatchObject({
      routineId: 'before-sleep-stretches',
      outcome: 'partly-done',
      holdsDone: 1,
      plannedSeconds: expect.any(Number),
    });
    expect(await lines(path.join(folder, 'diary.jsonl'))).toEqual([
      expect.objectContaining({ kind: 'saved', entry: expect.objectContaining({ leg: 'left' }) }),
    ]);

    await page.setViewportSize({ width: 960, height: 720 }); // the host’s own size again
    const relaunched = await app.relaunch();
    const again = relaunched.page;
    // Tonight remembers the routine; the Journal the cramp.
    await expect
      .poll(() => again.getByText('Tonight’s routine is done. Sleep well.').count())
      .toBe(1);
    await again.getByRole('tab', { name: 'Journal' }).click();
    await expect.poll(() => again.getByRole('listitem').count()).toBe(1);
    // The first week, in words, from main's history and diary.
    const weeks = again.getByRole('region', { name: 'The last 12 weeks' });
    await weeks.getByText('So far: 1 night with the routine, 1 cramp logged.').waitFor();
    expect(await again.getByRole('listitem').textContent()).toContain('Left leg');
    await again.screenshot({ path: 'screenshots/journal-after-relaunch.png', fullPage: true });
    expect(await axeViolations(again)).toEqual([]);

    // The export: one row a night, the routine and the cramp on it.
    const csvFile = path.join(folder, 'export.csv');
    dialog.saveAnswers.push(csvFile);
    await again.getByRole('button', { name: 'Save as CSV…' }).click();
    await expect.poll(() => again.getByText('Saved to export.csv.').first().isVisible()).toBe(true);
    const csv = (await readFile(csvFile, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toMatch(/^\d{4}-\d{2}-\d{2},yes,/);
    expect(csv[1]!.split(',')[7]).toBe('1');
  }, 90_000);

  it('the form shows the signs a doctor should hear about without “More details”; a note for one ticked comes into view above Save', async () => {
    app = await startAppInChromium();
    const { page } = app;
    await page.setViewportSize({ width: 800, height: 600 });
    await page.getByRole('button', { name: 'Log a cramp' }).click();
    const noticed = page.getByRole('group', { name: 'Also noticed' });
    expect(await noticed.getByRole('checkbox').count()).toBe(12);
    // Not folded away: every choice is shown (scrolled to, as the form scrolls).
    await noticed.scrollIntoViewIfNeeded();
    expect(await noticed.getByRole('checkbox', { name: 'Pale or cold skin' }).isVisible()).toBe(
      true,
    );
    expect(await page.getByRole('group', { name: 'It felt' }).isVisible()).toBe(false);
    await noticed.getByRole('checkbox', { name: 'Tingling' }).check();
    const note = page.getByRole('alert').filter({ hasText: 'Please see your doctor soon' });
    await note.waitFor();
    const save = (await page.getByRole('button', { name: 'Save', exact: true }).boundingBox())!;
    const shown = (await note.boundingBox())!;
    // Wholly in the window, above the Save and Cancel bar.
    expect(shown.y).toBeGreaterThanOrEqual(0);
    expect(shown.y + shown.height).toBeLessThanOrEqual(save.y);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'screenshots/diary-form-red-flag.png' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(async () => (await lines(path.join(app!.launched.userDataDir, 'diary.jsonl'))).length)
      .toBe(1);
    expect((await lines(path.join(app.launched.userDataDir, 'diary.jsonl')))[0]).toMatchObject({
      entry: { symptoms: ['tingling'] },
    });
  });

  it('a damaged store at launch: the user is told once, the damaged files kept aside byte for byte, the app usable', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-damaged-store-'));
    await mkdir(folder, { recursive: true });
    const damagedSettings = '{"volume": 0.4, "isMu';
    const goodCramp = JSON.stringify({
      v: 1,
      kind: 'saved',
      atMs: 1_764_100_000_000,
      entry: { id: 'kept', startedAtMs: 1_764_100_000_000, night: '2025-11-25', leg: 'right' },
    });
    const damagedDiary = `${goodCramp}\nthis is not a line of the diary\n`;
    await writeFile(path.join(folder, 'settings.json'), damagedSettings);
    await writeFile(path.join(folder, 'diary.jsonl'), damagedDiary);

    app = await startAppInChromium({ userDataDir: folder });
    expect(dialog.shown).toEqual([
      expect.objectContaining({
        message: 'Some of your saved data could not be read.',
        detail: expect.stringContaining('Your settings could not be read'),
      }),
    ]);
    expect(String(dialog.shown[0]!['detail'])).toContain(
      'Part of your cramp diary could not be read',
    );
    const names = await readdir(folder);
    const settingsAside = names.find((name) => name.startsWith('settings.json.corrupt-'));
    const diaryAside = names.find((name) => name.startsWith('diary.jsonl.corrupt-'));
    expect(await readFile(path.join(folder, settingsAside!), 'utf8')).toBe(damagedSettings);
    expect(await readFile(path.join(folder, diaryAside!), 'utf8')).toBe(damagedDiary);
    // The app works on: the cramp that could be read is in the Journal.
    await app.page.getByRole('tab', { name: 'Journal' }).click();
    await expect.poll(() => app!.page.getByRole('listitem').count()).toBe(1);
    expect(await app.page.getByRole('listitem').textContent()).toContain('Right leg');
    // Told once: a second launch on the mended store says nothing.
    await app.relaunch();
    expect(dialog.shown).toEqual([]);
  }, 60_000);
});
