import path from 'node:path';
import { readIfThere, writeNewFile, writeWholeFile, type Disk } from './disk';

/**
 * A restore that did not happen. `isPutBack`: the data as it was is back in place (or was never
 * touched); otherwise some of it could not be put back, and the whole of it is in `keptAs`.
 */
export class RestoreError extends Error {
  override readonly name = 'RestoreError';
  constructor(
    readonly isPutBack: boolean,
    readonly keptAs: string,
    options: { cause: unknown },
  ) {
    super(
      isPutBack
        ? 'The backup could not be put in place; the data as it was is back'
        : `The backup could not be put in place, nor the data as it was; it is kept in ${keptAs}`,
      options,
    );
  }
}

/** What a restore swaps: the data files by name, the backup's folder and the copy kept aside. */
export interface RestorePlan {
  readonly disk: Disk;
  /** The user-data folder. */
  readonly folder: string;
  /** The backup's folder. */
  readonly from: string;
  /** Where the data as it is now was copied before anything changed. */
  readonly keptAs: string;
  readonly names: readonly string[];
}

/**
 * Puts a backup's files in place, all or nothing: each is first copied beside its data file
 * (`<name>.restoring`, synced), which is where a full disk stops it with nothing changed; then
 * each is renamed over its data file (a file the backup lacks is removed). If a rename fails (a
 * file locked by another program), the files already replaced are put back from `keptAs`.
 */
export async function restoreFiles(plan: RestorePlan): Promise<void> {
  const { disk, folder, from, keptAs, names } = plan;
  const staged = (name: string) => path.join(folder, `${name}.restoring`);
  const inBackup: string[] = [];
  try {
    for (const name of names) {
      const bytes = await readIfThere(path.join(from, name));
      if (bytes === null) continue;
      await disk.remove(staged(name));
      await writeNewFile(disk, staged(name), bytes);
      inBackup.push(name);
    }
  } catch (error) {
    for (const name of names) await disk.remove(staged(name)).catch(() => undefined);
    throw new RestoreError(true, keptAs, { cause: error });
  }
  const replaced: string[] = [];
  try {
    for (const name of names) {
      const target = path.join(folder, name);
      // Counted first: a rename that failed half-way is put back too.
      replaced.push(name);
      if (inBackup.includes(name)) await disk.rename(staged(name), target);
      else await disk.remove(target);
    }
    await disk.syncFolder(folder);
  } catch (error) {
    for (const name of names) await disk.remove(staged(name)).catch(() => undefined);
    const isPutBack = await putBack(plan, replaced);
    throw new RestoreError(isPutBack, keptAs, { cause: error });
  }
}

/** Puts the files named back as `keptAs` holds them; whether all of them are back. */
async function putBack(plan: RestorePlan, names: readonly string[]): Promise<boolean> {
  let isPutBack = true;
  for (const name of names) {
    const target = path.join(plan.folder, name);
    try {
      const bytes = await readIfThere(path.join(plan.keptAs, name));
      if (bytes === null) await plan.disk.remove(target);
      else await writeWholeFile(plan.disk, target, bytes);
    } catch {
      isPutBack = false;
    }
  }
  return isPutBack;
}
