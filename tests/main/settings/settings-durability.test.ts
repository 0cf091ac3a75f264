import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../main/settings/settings-store';
import { recordingDisk } from '../../fakes/recording-disk';

const settingsIn = async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-settings-durable-'));
  return { folder, file: path.join(folder, 'settings.json') };
};

/** The order of calls on the disk proves what a kill cannot: each rename is made durable. */
describe('settings on disk', () => {
  it('are written on a temporary file, synced, renamed over the old one and the folder synced, before the change is in force', async () => {
    const { folder, file } = await settingsIn();
    const recording = recordingDisk();
    const store = new SettingsStore(file, { disk: recording.disk });
    await store.load();
    let callsWhenInForce = -1;
    store.subscribe(() => {
      callsWhenInForce = recording.calls.length;
    });
    await store.update({ volume: 0.5 });
    const temporary = recording.calls[0]!.file;
    expect(temporary).toMatch(/^settings\.json\..+\.tmp$/);
    expect(recording.calls).toEqual([
      { op: 'open', file: temporary, detail: 'wx' },
      { op: 'write', file: temporary, detail: expect.any(Number) },
      { op: 'sync', file: temporary },
      { op: 'close', file: temporary },
      { op: 'rename', file: temporary, detail: 'settings.json' },
      { op: 'sync', file: path.basename(folder) },
    ]);
    expect(callsWhenInForce).toBe(recording.calls.length);
  });

  it('set aside when damaged by a rename that the folder’s sync makes durable', async () => {
    const { folder, file } = await settingsIn();
    await writeFile(file, '{ not json');
    const recording = recordingDisk();
    const store = new SettingsStore(file, { disk: recording.disk });
    const outcome = await store.load();
    expect(outcome).toMatchObject({ kind: 'damaged' });
    expect(recording.calls.slice(0, 2)).toEqual([
      {
        op: 'rename',
        file: 'settings.json',
        detail: expect.stringMatching(/^settings\.json\.corrupt-/),
      },
      { op: 'sync', file: path.basename(folder) },
    ]);
  });
});
