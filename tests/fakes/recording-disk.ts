import path from 'node:path';
import { nodeDisk, type Disk, type DiskHandle, type OpenFlags } from '../../main/store/disk';

/** One call the store made on the disk: what, and on which file (its name only). */
export interface DiskCall {
  readonly op: 'open' | 'write' | 'datasync' | 'sync' | 'truncate' | 'close' | 'rename' | 'remove';
  readonly file: string;
  /** open: its flags; write: the bytes written; truncate: the length; rename: the new name. */
  readonly detail?: string | number;
}

type FaultOp = 'open' | 'write' | 'datasync' | 'sync' | 'rename';

/** What a fault does: a short write (half the bytes taken, no error), or the disk's error. */
export type Fault = 'short' | NodeJS.ErrnoException;

/** A disk error as Node gives it (`code` set). */
export function diskError(code: string, message = code): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/**
 * The real disk, with every call recorded in order (so a test can prove that a line was written,
 * then synced, then acknowledged), and faults a test can inject: the next call of a kind on a
 * file fails, or pauses half-way until the test lets it go on.
 */
export function recordingDisk() {
  const calls: DiskCall[] = [];
  const faults: {
    op: FaultOp;
    match: (file: string) => boolean;
    fault: Fault;
    /** Matching calls still to let through before this one fails. */
    skip: number;
  }[] = [];
  const pauses: {
    op: 'write';
    match: (file: string) => boolean;
    reached: () => void;
    released: Promise<void>;
  }[] = [];
  const note = (op: DiskCall['op'], filePath: string, detail?: string | number) =>
    void calls.push({ op, file: path.basename(filePath), ...(detail !== undefined && { detail }) });
  const takeFault = (op: FaultOp, filePath: string): Fault | undefined => {
    const index = faults.findIndex((rule) => rule.op === op && rule.match(filePath));
    const rule = faults[index];
    if (!rule) return undefined;
    if (rule.skip > 0) {
      rule.skip -= 1;
      return undefined;
    }
    return faults.splice(index, 1)[0]!.fault;
  };
  const takePause = (op: 'write', filePath: string) => {
    const index = pauses.findIndex((rule) => rule.op === op && rule.match(filePath));
    return index < 0 ? undefined : pauses.splice(index, 1)[0]!;
  };
  const throwIf = (fault: Fault | undefined) => {
    if (fault !== undefined && fault !== 'short') throw fault;
  };

  const wrap = (filePath: string, real: DiskHandle): DiskHandle => ({
    write: async (data, offset, length, position) => {
      const fault = takeFault('write', filePath);
      throwIf(fault);
      const pause = takePause('write', filePath);
      let wanted = fault === 'short' ? Math.floor(length / 2) : length;
      let written = 0;
      if (pause) {
        // Half now, the rest once the test lets it go on: a slow write, caught in the middle.
        const half = Math.floor(wanted / 2);
        written += (await real.write(data, offset, half, position)).bytesWritten;
        pause.reached();
        await pause.released;
        wanted -= half;
      }
      const next = position === null ? null : position + written;
      written += (await real.write(data, offset + written, wanted, next)).bytesWritten;
      note('write', filePath, written);
      return { bytesWritten: written };
    },
    datasync: async () => {
      throwIf(takeFault('datasync', filePath));
      await real.datasync();
      note('datasync', filePath);
    },
    sync: async () => {
      throwIf(takeFault('sync', filePath));
      await real.sync();
      note('sync', filePath);
    },
    truncate: async (length) => {
      await real.truncate(length);
      note('truncate', filePath, length);
    },
    stat: () => real.stat(),
    close: async () => {
      await real.close();
      note('close', filePath);
    },
  });

  const disk: Disk = {
    open: async (filePath: string, flags: OpenFlags) => {
      throwIf(takeFault('open', filePath));
      const handle = wrap(filePath, await nodeDisk.open(filePath, flags));
      note('open', filePath, flags);
      return handle;
    },
    rename: async (from, to) => {
      throwIf(takeFault('rename', to));
      await nodeDisk.rename(from, to);
      note('rename', from, path.basename(to));
    },
    remove: async (filePath) => {
      await nodeDisk.remove(filePath);
      note('remove', filePath);
    },
    syncFolder: async (folder) => {
      await nodeDisk.syncFolder(folder);
      note('sync', folder);
    },
  };

  return {
    disk,
    calls,
    /** The next `op` on a file whose path `match`es (after `skip` such calls) fails with `fault`. */
    failNext(op: FaultOp, match: (file: string) => boolean, fault: Fault, skip = 0): void {
      faults.push({ op, match, fault, skip });
    },
    /** The next write on a matching file stops half-way until `release` is called. */
    pauseNext(op: 'write', match: (file: string) => boolean) {
      let reached!: () => void;
      let release!: () => void;
      const isReached = new Promise<void>((resolve) => (reached = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      pauses.push({ op, match, reached, released });
      return { reached: isReached, release };
    },
  };
}

/** A matcher for a file by its name. */
export const named =
  (name: string) =>
  (file: string): boolean =>
    path.basename(file) === name;
