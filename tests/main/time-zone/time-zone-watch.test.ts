import { mkdtemp, rename, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchSystemTimeZone } from '../../../main/time-zone/time-zone-watch';
import { recordingLog } from '../../fakes/start-fake-app';

/** The zone link's folder, played by a folder of the test's own. */
describe('watching the system’s time zone', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('hears of the zone link replaced, as the system does it (a new link renamed over the old)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bedtime-zone-'));
    await symlink('/usr/share/zoneinfo/Europe/London', path.join(dir, 'localtime'));
    let changes = 0;
    stop = watchSystemTimeZone('linux', () => (changes += 1), recordingLog(), dir);
    await symlink('/usr/share/zoneinfo/Europe/Moscow', path.join(dir, 'localtime.new'));
    await rename(path.join(dir, 'localtime.new'), path.join(dir, 'localtime'));
    await expect.poll(() => changes, { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('watches nothing on Windows, and says so where the folder cannot be watched', () => {
    const log = recordingLog();
    watchSystemTimeZone('win32', () => undefined, log, '/no/such/folder')();
    expect(log.lines).toEqual([]);
    watchSystemTimeZone('linux', () => undefined, log, '/no/such/folder')();
    expect(log.lines).toEqual([
      expect.stringMatching(/^warn: Cannot watch the system's time zone/),
    ]);
  });
});
