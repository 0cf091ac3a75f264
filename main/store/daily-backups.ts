import { copyFile, mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { SerialQueue } from '../serial-queue';
import { fileStamp } from './aside-name';

/** How many daily backups are kept: the last week. */
export const BACKUPS_KEPT = 7;

/** A backup's folder name: the local day it was made. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Daily backups of the user's data files in `<folder>/backups/<YYYY-MM-DD>/`: one a day, made
 * the first time the data is opened or changed that day, the last seven kept. A backup is
 * copied into a scratch folder and renamed into place, so a backup that exists is whole.
 */
export class DailyBackups {
  private readonly root: string;
  private readonly queue = new SerialQueue();
  private lastDay: string | null = null;

  /**
   * @param files the data files' names in `folder` (a file not there yet is simply not copied)
   * @param today the local day, "YYYY-MM-DD"
   */
  constructor(
    private readonly folder: string,
    private readonly files: readonly string[],
    private readonly today: () => string,
    private readonly wallNow: () => number = Date.now,
  ) {
    this.root = path.join(folder, 'backups');
  }

  /** Makes today's backup if there is none yet; resolves once it is made (or was there). */
  ensureToday(): Promise<void> {
    const day = this.today();
    if (day === this.lastDay) return Promise.resolve();
    return this.queue.run(async () => {
      if (day === this.lastDay) return;
      const target = path.join(this.root, day);
      if (!(await exists(target))) await this.copyInto(target);
      this.lastDay = day;
      await this.prune();
    });
  }

  /** The backups' days, newest first. */
  async days(): Promise<string[]> {
    const names = await readdir(this.root).catch(() => []);
    return names
      .filter((name) => DAY.test(name))
      .sort()
      .reverse();
  }

  /** A file as a backup holds it, or `null` when that backup has none. */
  async read(day: string, file: string): Promise<string | null> {
    if (!DAY.test(day)) return null;
    return readFile(path.join(this.root, day, file), 'utf8').catch(() => null);
  }

  /**
   * Puts a backup's files in place of the data now. What is there now is first kept in
   * `backups/before-restore-<timestamp>/` (never counted among the seven, never deleted), so a
   * restore loses nothing. The files must not be open for writing while this runs.
   */
  restore(day: string): Promise<{ keptAs: string }> {
    return this.queue.run(async () => {
      if (!DAY.test(day) || !(await exists(path.join(this.root, day))))
        throw new Error(`There is no backup of ${day}`);
      const keptAs = path.join(this.root, `before-restore-${fileStamp(this.wallNow())}`);
      await this.copyInto(keptAs);
      for (const file of this.files) {
        const from = path.join(this.root, day, file);
        const to = path.join(this.folder, file);
        if (await exists(from)) {
          // Copied beside, then renamed over: the data file is never half-written.
          await copyFile(from, `${to}.restoring`);
          await rename(`${to}.restoring`, to);
        } else {
          await rm(to, { force: true });
        }
      }
      return { keptAs };
    });
  }

  private async copyInto(target: string): Promise<void> {
    const scratch = `${target}.incoming`;
    await rm(scratch, { recursive: true, force: true });
    await mkdir(scratch, { recursive: true });
    for (const file of this.files) {
      const from = path.join(this.folder, file);
      if (await exists(from)) await copyFile(from, path.join(scratch, file));
    }
    await rename(scratch, target);
  }

  private async prune(): Promise<void> {
    for (const day of (await this.days()).slice(BACKUPS_KEPT))
      await rm(path.join(this.root, day), { recursive: true, force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
