import { mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings-defaults';
import { SettingsSchema } from '../../../core/settings/settings-schema';
import { SettingsStore } from '../../../main/settings/settings-store';

describe('SettingsStore', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bedtime-settings-'));
    file = path.join(dir, 'settings.json');
  });
  const store = () => new SettingsStore(file, () => Date.UTC(2026, 10, 25, 22, 0));

  it('has plain defaults that match the schema’s own', () => {
    expect(SettingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
  });

  it('starts with quiet defaults on a first run', async () => {
    const settings = store();
    expect(await settings.load()).toEqual({ kind: 'first-run' });
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(settings.get().volume).toBeLessThanOrEqual(0.3);
  });

  it('saves a change and reads it back after a restart', async () => {
    const first = store();
    await first.load();
    await first.update({ reducedFeeling: 'yes', volume: 0.5 });
    const second = store();
    expect(await second.load()).toEqual({ kind: 'loaded' });
    expect(second.get()).toMatchObject({ reducedFeeling: 'yes', volume: 0.5 });
  });

  it('keeps a damaged file under a new name, explains why, and carries on with defaults', async () => {
    await writeFile(file, '{"volume": 7, "reducedFeeling": "yes"}');
    const settings = store();
    const outcome = await settings.load();
    expect(outcome).toMatchObject({ kind: 'damaged', reason: expect.stringContaining('volume') });
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    const files = await readdir(dir);
    expect(files).toEqual(['settings.damaged-2026-11-25T22-00-00-000Z.json']);
    expect(await readFile(path.join(dir, files[0]!), 'utf8')).toContain('"volume": 7');
  });

  it('treats a file that is not JSON the same way', async () => {
    await writeFile(file, 'vol=0.3');
    expect(await store().load()).toMatchObject({
      kind: 'damaged',
      reason: expect.stringContaining('not valid JSON'),
    });
  });

  it('rejects an out-of-range value without changing anything', async () => {
    const settings = store();
    await settings.load();
    await expect(settings.update({ volume: 3 })).rejects.toThrow();
    expect(settings.get().volume).toBe(DEFAULT_SETTINGS.volume);
  });

  it('writes in order: the last change wins on disk', async () => {
    const settings = store();
    await settings.load();
    await Promise.all([
      settings.update({ volume: 0.1 }),
      settings.update({ volume: 0.2 }),
      settings.update({ volume: 0.25 }),
    ]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ volume: 0.25 });
  });
});

describe('SettingsStore when the disk says no', () => {
  it('starts with defaults, leaves an unreadable file untouched, and keeps changes in memory only', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bedtime-settings-'));
    const file = path.join(dir, 'settings.json');
    await mkdir(file); // a folder where the file should be: reading it fails with EISDIR
    const settings = new SettingsStore(file);
    await expect(settings.load()).resolves.toMatchObject({ kind: 'unreadable' });
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    await expect(settings.update({ volume: 0.2 })).resolves.toMatchObject({ volume: 0.2 });
    expect((await stat(file)).isDirectory()).toBe(true);
  });

  it('changes nothing in memory when the save fails', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bedtime-settings-'));
    const folder = path.join(dir, 'user-data');
    const settings = new SettingsStore(path.join(folder, 'settings.json'));
    await expect(settings.load()).resolves.toEqual({ kind: 'first-run' });
    await writeFile(folder, 'x'); // the folder cannot be made now: a file has its name
    await expect(settings.update({ volume: 0.2 })).rejects.toThrow();
    expect(settings.get().volume).toBe(DEFAULT_SETTINGS.volume);
  });
});
