import { randomUUID } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * An open file, as far as the store writes one (Node's `FileHandle` is one). Tests give the store
 * a disk of their own that records every call, which proves the order of writes, syncs and
 * acknowledgements rather than only what is read back.
 */
export interface DiskHandle {
  write(
    data: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): Promise<{ readonly bytesWritten: number }>;
  /** Syncs the file's bytes (and its length) to the device. */
  datasync(): Promise<void>;
  /** Syncs the file's bytes and every part of its metadata. */
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  stat(): Promise<{ readonly size: number; readonly ino: number }>;
  close(): Promise<void>;
}

/** How a file is opened: to append, to write anew, or to create (never over an existing one). */
export type OpenFlags = 'a' | 'w' | 'wx';

/** The writing side of the file system, as the store uses it. */
export interface Disk {
  open(filePath: string, flags: OpenFlags): Promise<DiskHandle>;
  rename(from: string, to: string): Promise<void>;
  remove(filePath: string): Promise<void>;
  /**
   * Syncs a folder itself, which makes a rename or a new name in it durable: without it, a
   * power cut after the rename can bring back the old name.
   */
  syncFolder(folder: string): Promise<void>;
}

/** The real disk. */
export const nodeDisk: Disk = {
  open: (filePath, flags) => open(filePath, flags),
  rename: (from, to) => rename(from, to),
  remove: (filePath) => rm(filePath, { force: true, recursive: true }),
  syncFolder,
};

/** Errors of a folder sync that only mean the system cannot sync a folder (nothing to do). */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EACCES']);

async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
  } catch (error) {
    // Windows cannot open a folder as a file; its file system keeps renames in its own journal.
    if (process.platform === 'win32') return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

/** A write that put fewer bytes on the disk than it was given (a full disk), as an error. */
export class ShortWriteError extends Error {
  override readonly name = 'ShortWriteError';
  constructor(written: number, wanted: number) {
    super(`Only ${written} of ${wanted} bytes could be written (the disk may be full)`);
  }
}

/**
 * Writes a new file in full and syncs it (never over an existing one). If anything fails once it
 * is created, the part written is removed.
 */
export async function writeNewFile(disk: Disk, filePath: string, bytes: Uint8Array): Promise<void> {
  // Created here, or not at all: an existing file of that name is never touched.
  let handle: DiskHandle | null = await disk.open(filePath, 'wx');
  try {
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, null);
      if (bytesWritten <= 0) throw new ShortWriteError(written, bytes.length);
      written += bytesWritten;
    }
    await handle.sync();
    const done = handle;
    handle = null;
    await done.close();
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await disk.remove(filePath).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes a whole file so that it is either all there or not changed at all: the bytes go to a
 * new file beside it, which is synced, renamed over the old one, and then the folder is synced,
 * so the rename itself survives a power cut. If anything fails the old file is untouched and
 * the new one is removed.
 */
export async function writeWholeFile(
  disk: Disk,
  filePath: string,
  bytes: Uint8Array,
): Promise<void> {
  const temporary = `${filePath}.${randomUUID().slice(0, 8)}.tmp`;
  await writeNewFile(disk, temporary, bytes);
  try {
    await disk.rename(temporary, filePath);
  } catch (error) {
    await disk.remove(temporary).catch(() => undefined);
    throw error;
  }
  await disk.syncFolder(path.dirname(filePath));
}

/** A file's bytes, or `null` when it is not there (any other error stands). */
export async function readIfThere(filePath: string): Promise<Buffer | null> {
  try {
    return await readFile(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
