import { mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InvokeMethod } from '../../../core/ipc/contract';
import { app, dialog, type FakeWebContents } from '../../fakes/electron';
import { ManualClock } from '../../fakes/manual-clock';
import { invokeAsPage, startFakeApp } from '../../fakes/start-fake-app';

async function start(userDataDir: string) {
  const clock = new ManualClock();
  const running = await startFakeApp(
    { clock, timeZone: () => 'Europe/London' },
    null,
    userDataDir,
  );
  const contents = running.window.webContents as unknown as FakeWebContents;
  const call = (method: InvokeMethod, payload?: unknown) => invokeAsPage(contents, method, payload);
  return { running, call, clock };
}

const quitted = () => new Promise<void>((resolve) => app.once('quit', () => resolve()));

describe('the session history on disk', () => {
  it('keeps every session across a relaunch, the one stopped by quitting included', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'bedtime-history-'));
    const first = await start(folder);
    await first.call('startSession', { routineId: 'seated-stretches' });
    first.clock.advance(20 * 60_000); // to its end
    await first.call('startSession', { routineId: 'before-sleep-stretches' });
    first.clock.advance(30_000);
    const hasQuit = quitted();
    first.running.quit(); // stops the second one mid-way
    await hasQuit;

    const again = await start(folder);
    expect(again.running.history.entries).toEqual([
      expect.objectContaining({ routineId: 'seated-stretches', reachedEnd: true }),
      expect.objectContaining({ routineId: 'before-sleep-stretches', reachedEnd: false }),
    ]);
    const lines = (await readFile(path.join(folder, 'history.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2);
    // Tonight says so: the routine done counts, the one stopped does not.
    await expect(again.call('getRecentNights')).resolves.toEqual({
      ok: true,
      value: { lastNight: null, isTonightDone: true, nightsInARow: 1 },
    });
  });

  it('keeps a damaged history aside, keeps what it can read, and says so once', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'bedtime-history-'));
    const first = await start(folder);
    await first.call('startSession', { routineId: 'seated-stretches' });
    first.clock.advance(20 * 60_000);
    const hasQuit = quitted();
    first.running.quit();
    await hasQuit;
    const file = path.join(folder, 'history.jsonl');
    await writeFile(file, `${await readFile(file, 'utf8')}garbage\n`);

    const again = await start(folder);
    expect(again.running.history.entries).toHaveLength(1);
    expect(dialog.shown.at(-1)).toMatchObject({
      message: 'Some of your saved data could not be read.',
      detail: expect.stringMatching(
        /^Part of your routine history could not be read\. Everything that could be read is kept \(1 session\)\. Nothing was thrown away: the file as it was is kept as .*history\.jsonl\.corrupt-/,
      ),
    });
  });
});
