import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { SerialQueue } from '../serial-queue';
import { fileStamp } from './aside-name';
import { nodeDisk, readIfThere, writeNewFile, type Disk } from './disk';
import { RestoreError, restoreFiles } from './restore-files';

/** How many daily backups are kept: the last week. */
export const BACKUPS_KEPT = 7;

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
      if (!(await exists(target))) {
        const files = [];
        for (const source of this.sources)
          files.push({ name: source.name, bytes: await source.snapshot() });
        await this.writeFolder(target, files);
      }
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

  /** Writes `files` into a scratch folder, synced, then renames it to `target` (all or nothing). */
  private async writeFolder(
    target: string,
    files: readonly { readonly name: string; readonly bytes: Uint8Array | null }[],
  ): Promise<void> {
    const scratch = `${target}.incoming`;
    try {
      await this.disk.remove(scratch);
      await mkdir(scratch, { recursive: true });
      for (const { name, bytes } of files)
        if (bytes !== null) await writeNewFile(this.disk, path.join(scratch, name), bytes);
      await this.disk.syncFolder(scratch);
      await this.disk.rename(scratch, target);
    } catch (error) {
      await this.disk.remove(scratch).catch(() => undefined);
      throw error;
    }
    await this.disk.syncFolder(this.root);
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
