import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../../core/i18n/format-message';
import { startOrExplain } from '../../../main/start-or-explain';
import { app, BrowserWindow, dialog, fakeElectron } from '../../fakes/electron';
import { invokeAsPage, startFakeApp } from '../../fakes/start-fake-app';

const freshUserData = () => mkdtemp(path.join(os.tmpdir(), 'bedtime-start-fault-'));
const cramp = { startedAtMs: Date.UTC(2026, 10, 26, 2, 0), leg: 'left' };

/** A fault in the user's data at start-up ends in a window that says so, never a hidden process. */
describe('start-up with the user’s data at fault', () => {
  afterEach(() => fakeElectron.reset());

  it('a file in place of the backups folder: the window opens, the backup’s failure is told with where the data is, saving works', async () => {
    const userData = await freshUserData();
    await writeFile(path.join(userData, 'backups'), 'not a folder');
    const running = await startFakeApp({}, null, userData);
    expect(BrowserWindow.getAllWindows()).toEqual([running.window]);
    await vi.waitFor(
      () =>
        expect(dialog.shown).toEqual([
          expect.objectContaining({
            message: 'Today’s backup could not be made.',
            detail: expect.stringContaining(`in ${userData};`),
          }),
        ]),
      { timeout: 5_000 },
    );
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    await expect(invokeAsPage(contents, 'saveDiaryEntry', cramp)).resolves.toMatchObject({
      ok: true,
    });
  });

  it('a diary that cannot be read: the window opens, says what and where, and refuses saves to the diary in plain words', async () => {
    const userData = await freshUserData();
    await mkdir(path.join(userData, 'diary.jsonl'));
    const running = await startFakeApp({}, null, userData);
    expect(BrowserWindow.getAllWindows()).toEqual([running.window]);
    expect(dialog.shown).toEqual([
      expect.objectContaining({
        message: 'Some of your data cannot be saved at the moment.',
        detail: expect.stringMatching(/^Your cramp diary could not be opened for saving/),
      }),
    ]);
    expect(String(dialog.shown[0]!['detail'])).toContain(`Your data is kept in ${userData}.`);
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    await expect(invokeAsPage(contents, 'getJournalsStorage')).resolves.toEqual({
      ok: true,
      value: { history: 'saved', diary: 'cannot-write' },
    });
    await expect(invokeAsPage(contents, 'saveDiaryEntry', cramp)).resolves.toEqual({
      ok: false,
      error: { code: 'not-saved', message: formatMessage('diary.error.cannotWrite') },
    });
    // The rest of the data saves as ever.
    await expect(invokeAsPage(contents, 'updateSettings', { volume: 0.6 })).resolves.toMatchObject({
      ok: true,
    });
  });
});

describe('a start that fails', () => {
  afterEach(() => fakeElectron.reset());

  it('is explained in an error box that says where the data is, and the process ends', async () => {
    fakeElectron.reset();
    fakeElectron.userDataDir = '/home/someone/.config/Bedtime Stretch';
    const errors: unknown[] = [];
    await startOrExplain(() => Promise.reject(new Error('no display could be found')), {
      error: (...args: unknown[]) => void errors.push(args),
    });
    expect(dialog.errors).toEqual([
      {
        title: 'Bedtime Stretch could not start',
        content: expect.stringContaining('Your data is in /home/someone/.config/Bedtime Stretch'),
      },
    ]);
    expect(dialog.errors[0]!.content).toContain('no display could be found');
    expect(app.exitCode).toBe(1);
    expect(errors).toHaveLength(1);
  });

  it('leaves a start that works alone', async () => {
    await startOrExplain(async () => undefined);
    expect(dialog.errors).toEqual([]);
    expect(app.exitCode).toBeNull();
  });
});
