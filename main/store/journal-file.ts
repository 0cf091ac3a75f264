import { mkdir, readFile, stat, truncate } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { JournalStorage } from '../../core/store/journal-storage';
import { LINE_VERSION_KEY, upgrade, type StoredFormat } from '../../core/store/migrations';
import { SerialQueue } from '../serial-queue';
import { AcknowledgedLength, readAcknowledged } from './acknowledged-length';
import { asideName } from './aside-name';
import { checkedPrefixOf, noteCheckedPrefix, readerName } from './checked-prefix';
import { nodeDisk, ShortWriteError, writeWholeFile, type Disk, type DiskHandle } from './disk';
import { readJournalLines } from './journal-lines';
import { cannotWrite, JournalReadOnlyError, type JournalOpenOutcome } from './journal-outcome';

export { parseJournalLine } from './journal-lines';
export { JournalReadOnlyError, type JournalOpenOutcome } from './journal-outcome';

/** How a journal is built; tests give the clock and a disk of their own. */
export interface JournalOptions {
  readonly wallNow?: () => number;
  /** The app's version stands for its schemas: a journal it checked need not be checked again. */
  readonly appVersion?: string;
  readonly disk?: Disk;
}

/**
 * An append-only journal of entries, one JSON line each (history, the cramp diary): an append
 * writes one line and syncs it to disk before it is acknowledged, so appending never rewrites
 * what is there (a fraction of a millisecond to a few, whatever the length of the history), and
 * an acknowledged entry survives the process being killed. Appends are queued, one after another.
 * A line the disk takes only in part (a full disk), or a sync that fails, is cut away again, back
 * to the length last acknowledged, and the append is refused: the next line never joins a cut one.
 *
 * On opening, every line is checked against the entry schema. A last line cut off as it was
 * written (never acknowledged) is dropped; one that may have been acknowledged is kept aside and
 * told. Any other unreadable line sets the whole file aside byte for byte, and the good lines are
 * kept (written back atomically). Lines from a newer app version leave the file untouched and the
 * journal read-only. A file that cannot be read or written is left as it is, and opened again at
 * the next save (or `retryIfCannotWrite`): saves resume once it is put right.
 * Nothing the user entered is silently dropped, and opening never throws.
 */
export class JournalFile<T> {
  private items: T[] = [];
  private handle: DiskHandle | null = null;
  private state: JournalStorage = 'cannot-write';
  /** The file's length once its last acknowledged line was synced. */
  private acknowledgedBytes = 0;
  /** A failed append's bytes could not be cut away yet: the next append tries first. */
  private needsCut = false;
  private readonly queue = new SerialQueue();
  /** Closed (quitting, or a backup being put back): never opened again but by `open`. */
  private isClosed = false;
  private readonly reopenedListeners = new Set<(outcome: JournalOpenOutcome) => void>();
  private readonly wallNow: () => number;
  private readonly disk: Disk;
  private readonly acknowledged: AcknowledgedLength;
  /** Who checks the lines: format, version and schema (see `checked-prefix`). */
  private readonly checkedBy: string;
  /** How a line of the current version begins (`lineOf`). */
  private readonly currentPrefix: string;

  /**
   * @param format its version and migrations: every line is written with its version (`v`), and
   *   an older line is brought up to date as it is read (the file itself is never rewritten for it).
   */
  constructor(
    private readonly filePath: string,
    private readonly schema: z.ZodType<T>,
    private readonly format: StoredFormat,
    options: JournalOptions = {},
  ) {
    this.wallNow = options.wallNow ?? Date.now;
    this.disk = options.disk ?? nodeDisk;
    this.acknowledged = new AcknowledgedLength(filePath, this.disk);
    // Without the app's version, the schema's own shape stands for it (a few milliseconds).
    this.checkedBy = options.appVersion
      ? `${format.name}@${format.version}/app ${options.appVersion}`
      : readerName(format.name, format.version, schema);
    this.currentPrefix = `{"${LINE_VERSION_KEY}":${format.version},`;
  }

  /** The file's path (for backups). */
  get path(): string {
    return this.filePath;
  }

  /** Whether appends are saved this run. */
  storage(): JournalStorage {
    return this.state;
  }

  /** Reads the journal and opens it for appending (again, after `close`). Never throws. */
  async open(): Promise<JournalOpenOutcome> {
    this.items = [];
    this.state = 'cannot-write';
    this.isClosed = false;
    try {
      return await this.readAndOpen();
    } catch (error) {
      this.state = 'cannot-write';
      return cannotWrite(this.items.length, 'could not be opened for saving', error);
    }
  }

  private async readAndOpen(): Promise<JournalOpenOutcome> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.filePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        return cannotWrite(0, 'could not be read', error);
      await mkdir(path.dirname(this.filePath), { recursive: true });
      await this.openForAppending();
      return { kind: 'first-run' };
    }
    const end = bytes.lastIndexOf(0x0a) + 1;
    // Lines checked at an earlier opening (their bytes unchanged) are read without the schema.
    const trusted = await checkedPrefixOf(this.filePath, bytes.subarray(0, end), this.checkedBy);
    const trustedLines = bytes.toString('utf8', 0, trusted).split('\n').slice(0, -1);
    const good = trustedLines.map((line) => this.readTrusted(line));
    const read = readJournalLines(
      bytes.toString('utf8', trusted, end),
      trustedLines.length + 1,
      this.schema,
      this.format,
      good,
    );
    this.items = read.good;
    // A newer version's lines: this version must not rewrite, cut or add to what it cannot read.
    if (read.firstNewer !== null) {
      this.state = 'newer-version';
      return { kind: 'newer-version', entries: good.length, reason: read.firstNewer };
    }
    const outcome =
      read.firstProblem === null
        ? await this.mendTail(bytes, end, trusted)
        : await this.setDamagedAside(bytes, read.firstProblem);
    await this.openForAppending();
    return outcome;
  }

  /**
   * While the file could not be opened for saving (`cannot-write`: a full disk, a folder the app
   * may not write to), opens it again, in the write queue: once it is put right, saves resume
   * without a restart. Resolves with the storage as it now is; never throws.
   */
  retryIfCannotWrite(): Promise<JournalStorage> {
    return this.queue.run(async () => {
      await this.reopenIfCannotWrite();
      return this.state;
    });
  }

  /** Calls `listener` when the file is opened again after `cannot-write` (its entries re-read). */
  onReopened(listener: (outcome: JournalOpenOutcome) => void): () => void {
    this.reopenedListeners.add(listener);
    return () => this.reopenedListeners.delete(listener);
  }

  private async reopenIfCannotWrite(): Promise<void> {
    if (this.state !== 'cannot-write' || this.isClosed) return;
    const outcome = await this.open();
    if (this.storage() !== 'saved') return;
    for (const listener of [...this.reopenedListeners]) listener(outcome);
  }

  /** Every entry, oldest first. */
  entries(): readonly T[] {
    return this.items;
  }

  /**
   * Adds an entry; resolves once it is on disk (written in full and synced). An entry that breaks
   * the schema is refused before anything is written; one the disk does not take in full is cut
   * away again and refused (a `ShortWriteError`, or the disk's own error).
   */
  append(entry: T): Promise<void> {
    const checked = this.schema.parse(entry);
    const line = Buffer.from(this.lineOf(checked));
    return this.queue.run(async () => {
      await this.reopenIfCannotWrite();
      const handle = this.handle;
      if (this.state !== 'saved') throw new JournalReadOnlyError(this.state);
      if (!handle) throw new Error('The journal is not open');
      if (this.needsCut) {
        await handle.truncate(this.acknowledgedBytes);
        this.needsCut = false;
      }
      try {
        const { bytesWritten } = await handle.write(line, 0, line.length, null);
        if (bytesWritten !== line.length) throw new ShortWriteError(bytesWritten, line.length);
        await handle.datasync();
      } catch (error) {
        // Back to the last acknowledged line, so nothing is ever written after a cut one.
        await handle.truncate(this.acknowledgedBytes).catch(() => {
          this.needsCut = true;
        });
        throw error;
      }
      this.acknowledgedBytes += line.length;
      this.items.push(checked);
      await this.acknowledged.note(this.acknowledgedBytes);
    });
  }

  /**
   * The file's bytes as last acknowledged, read in the write queue, so a backup never holds half a
   * line. Rejects when the journal does not save this run (its file may not be readable).
   */
  snapshot(): Promise<Buffer> {
    return this.queue.run(async () => {
      // Also once closed (a backup under way as the app quits): nothing writes the file then.
      if (this.state !== 'saved') throw new JournalReadOnlyError(this.state);
      const bytes = await readFile(this.filePath);
      if (bytes.length < this.acknowledgedBytes)
        throw new Error(`${this.filePath} is shorter than its acknowledged length`);
      return bytes.subarray(0, this.acknowledgedBytes);
    });
  }

  /** Closes the file once the appends asked for are done. */
  async close(): Promise<void> {
    this.isClosed = true;
    await this.queue.idle();
    const handle = this.handle;
    this.handle = null;
    await handle?.close();
    await this.acknowledged.stop();
  }

  private async openForAppending(): Promise<void> {
    const handle = await this.disk.open(this.filePath, 'a');
    try {
      const { size, ino } = await handle.stat();
      this.acknowledgedBytes = size;
      this.needsCut = false;
      await this.acknowledged.start(ino, size);
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
    this.handle = handle;
    this.state = 'saved';
  }

  /**
   * A file whose lines all read: a cut-off last line is dropped if it was never acknowledged, else
   * kept aside; a file shorter than acknowledged is told. Notes the lines as checked.
   */
  private async mendTail(bytes: Buffer, end: number, trusted: number): Promise<JournalOpenOutcome> {
    const entries = this.items.length;
    const record = await readAcknowledged(this.filePath);
    const { ino } = await stat(this.filePath);
    const acknowledged = record?.ino === ino ? record.bytes : null;
    let outcome: JournalOpenOutcome = { kind: 'opened', entries };
    if (end < bytes.length) {
      if (acknowledged !== null && acknowledged <= end) {
        outcome = { kind: 'unsaved-tail', entries, bytes: bytes.length - end };
      } else {
        const keptAs = asideName(this.filePath, 'torn', this.wallNow());
        await writeWholeFile(this.disk, keptAs, bytes.subarray(end));
        outcome = { kind: 'torn-tail', entries, keptAs };
      }
      await truncate(this.filePath, end);
    } else if (acknowledged !== null && acknowledged > bytes.length) {
      outcome = { kind: 'torn-tail', entries, keptAs: null };
    }
    if (trusted < end) {
      // A cache: if it cannot be written, the next opening checks every line again.
      await noteCheckedPrefix(this.filePath, bytes, end, this.checkedBy).catch(() => undefined);
    }
    return outcome;
  }

  /** Keeps the whole file aside byte for byte, then writes the good lines back in its place. */
  private async setDamagedAside(bytes: Buffer, reason: string): Promise<JournalOpenOutcome> {
    const keptAs = asideName(this.filePath, 'corrupt', this.wallNow());
    await writeWholeFile(this.disk, keptAs, bytes);
    const lines = this.items.map((item) => this.lineOf(item)).join('');
    await writeWholeFile(this.disk, this.filePath, Buffer.from(lines));
    return { kind: 'damaged', entries: this.items.length, keptAs, reason };
  }

  /** A line whose bytes passed the schema before: brought up to date, its version key dropped. */
  private readTrusted(line: string): T {
    // A line of the current version, as this class writes it: its version cut off as text,
    // which spares a copy of every entry at every opening.
    if (line.startsWith(this.currentPrefix))
      return JSON.parse(`{${line.slice(this.currentPrefix.length)}`) as T;
    const upgraded = upgrade(JSON.parse(line), this.format, LINE_VERSION_KEY);
    if (!upgraded.ok) throw new Error(`A checked line no longer reads (${upgraded.reason})`);
    // The version key (`v`, LINE_VERSION_KEY) is not part of the entry.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { v, ...entry } = upgraded.value;
    return entry as T;
  }

  /** One entry as a line, with its format's version first. */
  private lineOf(entry: T): string {
    return `${JSON.stringify({ [LINE_VERSION_KEY]: this.format.version, ...entry })}\n`;
  }
}
