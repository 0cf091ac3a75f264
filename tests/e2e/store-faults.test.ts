import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { app as fakeApp, dialog, fakeElectron } from '../fakes/electron';
import { ChromiumHost } from './chromium-host';
import { BUILT_PRELOAD, launchBuiltApp } from './launch-built-app';
import { startAppInChromium, type AppInChromium } from './start-app-in-chromium';
import {
  canMountSmallDisk,
  fillDisk,
  mountSmallDisk,
  unmountSmallDisk,
} from '../fixtures/small-disk';

const messages = () => dialog.shown.map((shown) => String(shown['message']));
const detailOf = (message: string) =>
  String(dialog.shown.find((shown) => shown['message'] === message)?.['detail'] ?? '');
const diaryLines = async (folder: string) =>
  (await readFile(path.join(folder, 'diary.jsonl'), 'utf8').catch(() => ''))
    .split('\n')
    .filter((line) => line !== '');

if (!canMountSmallDisk)
  console.warn('Skipped: the full-disk launch mounts a small tmpfs, which needs root.');

/**
 * Faults in the user's data at launch, on the built app: the built main bundle and preload, the
 * built page in Chromium, only Electron's native shell faked. Each ends in the window, saying
 * what happened and where the data is, never in a process with no window holding the lock.
 */
describe('the built app meets its data at fault', () => {
  let app: AppInChromium | undefined;
  let host: ChromiumHost | undefined;
  let mountPoint: string | null = null;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await host?.stop();
    host = undefined;
    if (mountPoint) {
      await unmountSmallDisk(mountPoint);
      mountPoint = null;
    }
  });

  it('a file in place of the backups folder on the first launch of the day: the window opens, says where the data is, and a cramp is saved', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-no-backups-'));
    await writeFile(path.join(folder, 'backups'), 'not a folder');
    app = await startAppInChromium({ userDataDir: folder });
    const { page } = app;
    await expect.poll(messages).toContain('Today’s backup could not be made.');
    expect(detailOf('Today’s backup could not be made.')).toContain(
      `Your data itself is saved as usual in ${folder};`,
    );
    await page.getByRole('button', { name: 'Log a cramp' }).click();
    await page.getByRole('radio', { name: 'Left leg', exact: true }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.locator('.screen__panel p', { hasText: 'Cramp saved.' }).isVisible())
      .toBe(true);
    expect(await diaryLines(folder)).toHaveLength(1);
    // Told once a run, though the change tried the backup again.
    expect(messages().filter((message) => message.startsWith('Today’s backup'))).toHaveLength(1);
  }, 60_000);

  it('a diary that cannot be read: the window opens and says what and where; the Journal and Save say that no cramp can be saved', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-diary-folder-'));
    await mkdir(path.join(folder, 'diary.jsonl')); // a folder in its place
    app = await startAppInChromium({ userDataDir: folder });
    const { page } = app;
    expect(messages()).toEqual(['Some of your data cannot be saved at the moment.']);
    const detail = detailOf('Some of your data cannot be saved at the moment.');
    expect(detail).toMatch(/^Your cramp diary could not be opened for saving/);
    expect(detail).toContain(`Your data is kept in ${folder}.`);

    await page.getByRole('tab', { name: 'Journal' }).click();
    const note = page
      .getByRole('status')
      .filter({ hasText: 'Your cramp diary cannot be saved at the moment' });
    await expect.poll(() => note.count()).toBe(1);
    await page.screenshot({ path: 'screenshots/journal-diary-cannot-save.png', fullPage: true });
    await page.getByRole('button', { name: 'Log a cramp' }).click();
    await page.getByRole('radio', { name: 'Right leg', exact: true }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() =>
        page
          .getByText('Your cramp diary cannot be saved to at the moment, so nothing was changed.')
          .count(),
      )
      .toBe(1);

    // Put right while the app runs (the folder taken away): the same Save, pressed again, saves
    // what was entered, and the Journal no longer says the diary cannot be saved.
    await rm(path.join(folder, 'diary.jsonl'), { recursive: true });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.locator('.screen__panel p', { hasText: 'Cramp saved.' }).isVisible())
      .toBe(true);
    await expect.poll(() => note.count()).toBe(0);
    expect(await diaryLines(folder)).toHaveLength(1);
  }, 60_000);

  it.skipIf(!canMountSmallDisk)(
    'a full disk on the first launch of the day: the window opens with the diary, and says the backup could not be made as the disk is full',
    async () => {
      mountPoint = await mountSmallDisk('bedtime-full-launch-');
      const folder = mountPoint;
      await writeFile(
        path.join(folder, 'settings.json'),
        JSON.stringify({ version: 1, welcomeSeen: true }),
      );
      const cramp = {
        v: 1,
        kind: 'saved',
        atMs: 1_764_100_000_000,
        entry: { id: 'kept', startedAtMs: 1_764_100_000_000, night: '2025-11-25', leg: 'right' },
      };
      await writeFile(path.join(folder, 'diary.jsonl'), `${JSON.stringify(cramp)}\n`);
      await fillDisk(path.join(folder, 'filler'));

      app = await startAppInChromium({ userDataDir: folder });
      const { page } = app;
      await expect.poll(messages).toContain('Today’s backup could not be made.');
      expect(detailOf('Today’s backup could not be made.')).toContain('(the disk is full)');
      await page.getByRole('tab', { name: 'Journal' }).click();
      await expect.poll(() => page.getByRole('listitem').count()).toBe(1);
      expect(await page.getByRole('listitem').textContent()).toContain('Right leg');
    },
    60_000,
  );

  it('a start that fails part-way: an error box says so and where the data is, and the app exits', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-start-fails-'));
    host = new ChromiumHost(BUILT_PRELOAD);
    await host.start();
    await launchBuiltApp(host, {
      userDataDir: folder,
      beforeStart: () => {
        fakeElectron.trayFailure = new Error('The tray icon could not be made');
      },
    });
    await expect.poll(() => fakeApp.exitCode).toBe(1);
    expect(dialog.errors).toEqual([
      {
        title: 'Bedtime Stretch could not start',
        content: expect.stringContaining(`Your data is in ${folder}, as it was.`),
      },
    ]);
    expect(dialog.errors[0]!.content).toContain('The tray icon could not be made');
  }, 60_000);
});
