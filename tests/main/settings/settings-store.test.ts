import { mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings-defaults';
import { SettingsSchema } from '../../../core/settings/settings-schema';
import { SaveError } from '../../../core/save-error';
import { SettingsStore, type AtomicWrite } from '../../../main/settings/settings-store';

describe('SettingsStore', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bedtime-settings-'));
    file = path.join(dir, 'settings.json');
  });
  const store = () => new SettingsStore(file, { wallNow: () => Date.UTC(2026, 10, 25, 22, 0) });

  it('has plain defaults that match the schema’s own', () => {
    expect(SettingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
  });

  it('starts with quiet defaults on a first run, the welcome due', async () => {
    const settings = store();
    expect(await settings.load()).toEqual({ kind: 'first-run' });
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, welcomeSeen: false });
    expect(settings.get().volume).toBeLessThanOrEqual(0.3);
  });

  it('reads a settings file from before the welcome existed as a user who has seen it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bedtime-settings-'));
    const file = path.join(dir, 'settings.json');
    await writeFile(file, JSON.stringify({ version: 1, volume: 0.4 }));
    const settings = new SettingsStore(file);
    await expect(settings.load()).resolves.toEqual({ kind: 'loaded' });
    expect(settings.get().welcomeSeen).toBe(true);
  });

  it('keeps quick changes to the reminder schedule: a bedtime, the lead time and on, sent at once', async () => {
    const settings = store();
    await settings.load();
    await Promise.all([
      settings.update({ reminderSchedule: { isEnabled: true } }),
      settings.update({ reminderSchedule: { bedtimes: { friday: '00:30' } } }),
      settings.update({ reminderSchedule: { leadMinutes: 15 } }),
      settings.update({ reminderSchedule: { bedtimes: { sunday: null } } }),
    ]);
    const again = store();
    await again.load();
    expect(again.get().reminderSchedule).toEqual({
      isEnabled: true,
      leadMinutes: 15,
      bedtimes: { ...DEFAULT_SETTINGS.reminderSchedule.bedtimes, friday: '00:30', sunday: null },
    });
  });

  it('saves a change and reads it back after a restart', async () => {
    const first = store();
    await first.load();
    await first.update({ reducedFeeling: 'yes', volume: 0.5 });
    const second = store();
    expect(await second.load()).toEqual({ kind: 'loaded' });
    expect(second.get()).toMatchObject({ reducedFeeling: 'yes', volume: 0.5 });
  });

  it('keeps a damaged file byte for byte under a new name, explains why, and carries on with defaults', async () => {
    const damaged = '{"volume": 7, "reducedFeeling": "yes"}';
    await writeFile(file, damaged);
    const settings = store();
    const outcome = await settings.load();
    expect(outcome).toMatchObject({
      kind: 'damaged',
      reason: expect.stringContaining('volume'),
      restoredFrom: null,
    });
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    const files = await readdir(dir);
    expect(files).toEqual(['settings.json.corrupt-2026-11-25T22-00-00-000Z']);
    expect(await readFile(path.join(dir, files[0]!), 'utf8')).toBe(damaged);
  });

  it('falls back on the last good backup when the file is damaged, and saves it in its place', async () => {
    await writeFile(file, '{"volume": 0.4, "reduc');
    const backup = JSON.stringify({ version: 1, volume: 0.3, reducedFeeling: 'no' });
    const settings = new SettingsStore(file, {
      wallNow: () => Date.UTC(2026, 10, 25, 22),
      lastGoodBackup: async () => ({ day: '2026-11-24', text: backup }),
    });
    expect(await settings.load()).toMatchObject({ kind: 'damaged', restoredFrom: '2026-11-24' });
    expect(settings.get()).toMatchObject({ volume: 0.3, reducedFeeling: 'no' });
    const again = store();
    expect(await again.load()).toEqual({ kind: 'loaded' });
    expect(again.get()).toMatchObject({ volume: 0.3, reducedFeeling: 'no' });
  });

  it('leaves a file from a newer version of the app untouched, and saves nothing over it', async () => {
    const newer = JSON.stringify({ version: 99, volume: 0.2 });
    await writeFile(file, newer);
    const settings = store();
    expect(await settings.load()).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringContaining('newer version'),
    });
    expect(settings.storage()).toBe('memory-only');
    await settings.update({ volume: 0.9 });
    expect(await readFile(file, 'utf8')).toBe(newer);
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

  it('reads a settings file from before reminders, with reminders off by default', async () => {
    await writeFile(file, JSON.stringify({ version: 1, volume: 0.5, reducedFeeling: 'no' }));
    const settings = store();
    expect(await settings.load()).toEqual({ kind: 'loaded' });
    expect(settings.get()).toMatchObject({ volume: 0.5, reducedFeeling: 'no' });
    expect(settings.get().reminderSchedule.isEnabled).toBe(false);
    expect(settings.get().reminderState).toEqual({});
  });

  it('keeps the reminder schedule and what the user did about it after a restart', async () => {
    const first = store();
    await first.load();
    const reminderSchedule = {
      ...first.get().reminderSchedule,
      isEnabled: true,
      leadMinutes: 45,
    };
    await first.update({ reminderSchedule });
    await first.update({ reminderState: { skippedEvening: '2026-11-25', snoozedUntilMs: 5 } });
    const second = store();
    await second.load();
    expect(second.get().reminderSchedule).toEqual(reminderSchedule);
    expect(second.get().reminderState).toEqual({ skippedEvening: '2026-11-25', snoozedUntilMs: 5 });
  });

  it('works each change given as a function out from the latest value, so both of two hold', async () => {
    const settings = store();
    await settings.load();
    await Promise.all([
      settings.updateWith((current) => ({
        reminderState: { ...current.reminderState, skippedEvening: '2026-11-25' },
      })),
      settings.updateWith((current) => ({
        reminderState: { ...current.reminderState, snoozedUntilMs: 42 },
      })),
    ]);
    expect(settings.get().reminderState).toEqual({
      skippedEvening: '2026-11-25',
      snoozedUntilMs: 42,
    });
  });

  it('keeps all of five changes to different fields made at once: in memory, on disk, after a restart', async () => {
    const settings = store();
    await settings.load();
    const changes = [
      { reducedFeeling: 'yes' },
      { volume: 0.55 },
      { isMuted: true },
      { speakPrompts: false },
      { pauseOnScreenLock: false },
    ] as const;
    const replies = await Promise.all(changes.map((change) => settings.update(change)));
    const expected = {
      reducedFeeling: 'yes',
      volume: 0.55,
      isMuted: true,
      speakPrompts: false,
      pauseOnScreenLock: false,
    };
    expect(settings.get()).toMatchObject(expected);
    // The last reply carries every change; none was computed from a stale value.
    expect(replies.at(-1)).toMatchObject(expected);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject(expected);
    const relaunched = store();
    await relaunched.load();
    expect(relaunched.get()).toMatchObject(expected);
  });

  it('on a full disk leaves memory and disk as they were and says so in plain words', async () => {
    const first = store();
    await first.load();
    await first.update({ volume: 0.4 });
    const before = await readFile(file, 'utf8');
    const diskFull: AtomicWrite = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const settings = new SettingsStore(file, { write: diskFull });
    await settings.load();
    const failing = settings.update({ reducedFeeling: 'yes', volume: 0.9 });
    await expect(failing).rejects.toBeInstanceOf(SaveError);
    await expect(failing).rejects.toThrow(/could not be saved/);
    expect(settings.get()).toMatchObject({ reducedFeeling: 'unknown', volume: 0.4 });
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(settings.storage()).toBe('saved');
  });

  it('goes on saving after a failed save: the queue is not stuck', async () => {
    let failNext = true;
    const flaky: AtomicWrite = async (filePath, text) => {
      if (failNext) {
        failNext = false;
        throw new Error('EIO');
      }
      await writeFile(filePath, text);
    };
    const settings = new SettingsStore(file, { write: flaky });
    await settings.load();
    const [lost, kept] = await Promise.allSettled([
      settings.update({ isMuted: true }),
      settings.update({ volume: 0.15 }),
    ]);
    expect(lost.status).toBe('rejected');
    expect(kept.status).toBe('fulfilled');
    expect(settings.get()).toMatchObject({ isMuted: false, volume: 0.15 });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      isMuted: false,
      volume: 0.15,
    });
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
    expect(settings.storage()).toBe('memory-only');
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
