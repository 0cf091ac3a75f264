import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { BACKUPS_KEPT } from '../../core/store/backup-rules';
import { SerialQueue } from '../serial-queue';
import { fileStamp } from './aside-name';
import { nodeDisk, readIfThere, writeNewFile, type Disk } from './disk';
import { RestoreError, restoreFiles } from './restore-files';

export { BACKUPS_KEPT };

/** A backup's folder name: the local day it was made. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One data file as a backup takes it. */
export interface BackupSource {
  /** Its name in the user-data folder and in a backup. */
  readonly name: string;
  /**
   * Its bytes as last saved, read in the file's own write queue (never half of a change), or
   * `null` when it does not exist yet.
   */
  readonly snapshot: () => Promise<Uint8Array | null>;
}

/**
 * Daily backups of the user's data files in `<folder>/backups/<YYYY-MM-DD>/`: one a day, made
 * after the data is opened or changed that day (never on the way to the window: a backup that
 * cannot be made is told, and the app runs on), the last seven kept. Each file is a snapshot from
 * its own write queue, written and synced into a scratch folder that is renamed into place, so a
 * backup that exists is whole.
 */
export class DailyBackups {
  private readonly root: string;
  private readonly queue = new SerialQueue();
  private lastDay: string | null = null;

  /**
   * @param sources the data files (one not there yet is simply not in the backup)
   * @param today the local day, "YYYY-MM-DD"
   */
  constructor(
    private readonly folder: string,
    private readonly sources: readonly BackupSource[],
    private readonly today: () => string,
    private readonly wallNow: () => number = Date.now,
    private readonly disk: Disk = nodeDisk,
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
      if (!(await exists(target))) await this.writeFolder(target, await this.snapshots());
      this.lastDay = day;
      await this.prune();
    });
  }

  /**
   * Makes today's backup now, from the files as last saved: a backup already made today is
   * replaced by the new one only once the new one is whole (if anything fails, it is kept as it
   * was). Resolves with the backup's day.
   */
  makeNow(): Promise<string> {
    const day = this.today();
    return this.queue.run(async () => {
      await this.writeFolder(path.join(this.root, day), await this.snapshots(), true);
      this.lastDay = day;
      await this.prune();
      return day;
    });
  }

  /** Where the backups are kept. */
  get location(): string {
    return this.root;
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
   * Puts a backup's files in place of the data now, all or nothing. What is there now is first
   * kept in `backups/before-restore-<timestamp>/` (never counted among the seven, never deleted);
   * if any step fails, what was replaced is put back from there (a `RestoreError`). The files must
   * not be open for writing while this runs.
   */
  restore(day: string): Promise<{ keptAs: string }> {
    return this.queue.run(async () => {
      if (!DAY.test(day) || !(await exists(path.join(this.root, day))))
        throw new Error(`There is no backup of ${day}`);
      const keptAs = path.join(this.root, `before-restore-${fileStamp(this.wallNow())}`);
      // What is there now, kept first; if that cannot be done (no room), nothing is changed.
      try {
        const current = [];
        for (const { name } of this.sources)
          current.push({ name, bytes: await readIfThere(path.join(this.folder, name)) });
        await this.writeFolder(keptAs, current);
      } catch (error) {
        throw new RestoreError(true, keptAs, { cause: error });
      }
      await restoreFiles({
        disk: this.disk,
        folder: this.folder,
        from: path.join(this.root, day),
        keptAs,
        names: this.sources.map((source) => source.name),
      });
      return { keptAs };
    });
  }

  /** Each data file's bytes as last saved, read in its own write queue. */
  private async snapshots(): Promise<{ name: string; bytes: Uint8Array | null }[]> {
    const files = [];
    for (const source of this.sources)
      files.push({ name: source.name, bytes: await source.snapshot() });
    return files;
  }

  /**
   * Writes `files` into a scratch folder, synced, then renames it to `target` (all or nothing).
   * With `replace`, a `target` already there is moved aside first and removed only once the new
   * folder is in its place; if that rename fails, the old folder is put back.
   */
  private async writeFolder(
    target: string,
    files: readonly { readonly name: string; readonly bytes: Uint8Array | null }[],
    replace = false,
  ): Promise<void> {
    const scratch = `${target}.incoming`;
    try {
      await this.disk.remove(scratch);
      await mkdir(scratch, { recursive: true });
      for (const { name, bytes } of files)
        if (bytes !== null) await writeNewFile(this.disk, path.join(scratch, name), bytes);
      await this.disk.syncFolder(scratch);
    } catch (error) {
      await this.disk.remove(scratch).catch(() => undefined);
      throw error;
    }
    const replaced = `${target}.replaced`;
    const isReplacing = replace && (await exists(target));
    try {
      if (isReplacing) {
        await this.disk.remove(replaced);
        await this.disk.rename(target, replaced);
      }
      await this.disk.rename(scratch, target);
    } catch (error) {
      if (isReplacing && !(await exists(target)))
        await this.disk.rename(replaced, target).catch(() => undefined);
      await this.disk.remove(scratch).catch(() => undefined);
      throw error;
    }
    await this.disk.syncFolder(this.root);
    if (isReplacing) await this.disk.remove(replaced).catch(() => undefined);
  }

  private async prune(): Promise<void> {
    for (const day of (await this.days()).slice(BACKUPS_KEPT))
      await this.disk.remove(path.join(this.root, day));
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
