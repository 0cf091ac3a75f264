import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../../core/settings/settings-schema';
import { app, fakeElectron, type FakeWebContents } from '../../fakes/electron';
import { invokeAsPage, startFakeApp } from '../../fakes/start-fake-app';

async function start(folder: string) {
  const running = await startFakeApp({}, null, folder);
  const contents = running.window.webContents as unknown as FakeWebContents;
  const update = async (patch: unknown) =>
    (await invokeAsPage(contents, 'updateSettings', patch)) as { ok: boolean; value: Settings };
  const quit = async () => {
    const hasQuit = new Promise<void>((resolve) => app.once('quit', () => resolve()));
    running.quit();
    await hasQuit;
  };
  return { running, update, quit };
}

describe('health notes in main', () => {
  afterEach(() => fakeElectron.reset());

  it('ticking diabetes leaves warmth out in the same save; the notes are there after a relaunch', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'bedtime-health-'));
    const first = await start(folder);
    await first.update({ reducedFeeling: 'no' });
    const notes = {
      conditions: ['diabetes'],
      medicines: [{ medicine: 'statin', changedOn: '2026-10-02' }],
      other: 'Knee replaced in 2019',
    };
    const saved = await first.update({ healthNotes: notes });
    expect(saved.value).toMatchObject({ healthNotes: notes, reducedFeeling: 'yes' });
    const onDisk = JSON.parse(readFileSync(path.join(folder, 'settings.json'), 'utf8')) as Settings;
    expect(onDisk).toMatchObject({ healthNotes: notes, reducedFeeling: 'yes' });
    await first.quit();

    const second = await start(folder);
    expect(second.running.settings.get()).toMatchObject({
      healthNotes: notes,
      reducedFeeling: 'yes',
    });
    // Turning warmth back on is the user's own answer, and stays while diabetes stays ticked.
    await second.update({ reducedFeeling: 'no' });
    const again = await second.update({ healthNotes: { ...notes, other: 'Knee' } });
    expect(again.value.reducedFeeling).toBe('no');
    await second.quit();
  });

  it('refuses a condition or medicine it does not know, and never names quinine', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'bedtime-health-'));
    const { update, quit } = await start(folder);
    const result = await update({
      healthNotes: {
        conditions: [],
        medicines: [{ medicine: 'quinine', changedOn: null }],
        other: '',
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await quit();
  });
});
