import { copyFile, mkdir, open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';
import { LINE_VERSION_KEY, upgrade, type StoredFormat } from '../../core/store/migrations';
import { SerialQueue } from '../serial-queue';
import { asideName } from './aside-name';
import { checkedPrefixOf, noteCheckedPrefix, readerName } from './checked-prefix';

/** What opening a journal found, for the log and, if something was wrong, for the user. */
export type JournalOpenOutcome =
  | { readonly kind: 'opened'; readonly entries: number }
  | { readonly kind: 'first-run' }
  /** The end of the last line was cut off by a crash mid-write: set aside, then cut away. */
  | { readonly kind: 'torn-tail'; readonly entries: number; readonly keptAs: string }
  /** Lines that cannot be read: the whole file kept aside byte for byte, the good lines kept. */
  | {
      readonly kind: 'damaged';
      readonly entries: number;
      readonly keptAs: string;
      readonly reason: string;
    };

/**
 * An append-only journal of entries, one JSON line each (history, the cramp diary): an append
 * writes one line and syncs it to disk before it is acknowledged, so appending never rewrites
 * what is there (a fraction of a millisecond to a few, whatever the length of the history), and
 * an acknowledged entry survives the process being killed. Appends are queued, one after another.
 *
 * On opening, every line is checked against the entry schema. A line cut off by a crash is set
 * aside and cut away; any other unreadable line sets the whole file aside byte for byte, and the
 * good lines are kept (written back atomically). Nothing the user entered is silently dropped.
 */
export class JournalFile<T> {
  private items: T[] = [];
  private handle: FileHandle | null = null;
  private readonly queue = new SerialQueue();

  /**
   * @param format its version and migrations: every line is written with its version (`v`), and
   *   an older line is brought up to date as it is read (the file itself is never rewritten for it).
   */
  constructor(
    private readonly filePath: string,
    private readonly schema: z.ZodType<T>,
    private readonly format: StoredFormat,
    private readonly wallNow: () => number = Date.now,
    appVersion?: string,
  ) {
    // The app's version stands for its schemas (any update checks everything once); without it,
    // the schema's own shape does, which takes a few milliseconds to work out.
    this.checkedBy = appVersion
      ? `${format.name}@${format.version}/app ${appVersion}`
      : readerName(format.name, format.version, schema);
    this.currentPrefix = `{"${LINE_VERSION_KEY}":${format.version},`;
  }

  /** Who checks the lines: format, version and schema (see `checked-prefix`). */
  private readonly checkedBy: string;

  /** How a line of the current version begins (`lineOf`). */
  private readonly currentPrefix: string;

  /** The file's path (for backups). */
  get path(): string {
    return this.filePath;
  }

  /** Reads the journal and opens it for appending. */
  async open(): Promise<JournalOpenOutcome> {
    await mkdir(path.dirname(this.filePath), { recursive: true });
    let bytes: Buffer;
    try {
      bytes = await readFile(this.filePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.handle = await open(this.filePath, 'a');
      return { kind: 'first-run' };
    }
    const end = bytes.lastIndexOf(0x0a) + 1;
    let outcome: JournalOpenOutcome | null = null;
    if (end < bytes.length) {
      const keptAs = this.asidePath('torn');
      await writeFileAtomic(keptAs, bytes.subarray(end), { fsync: true });
      await truncate(this.filePath, end);
      outcome = { kind: 'torn-tail', entries: 0, keptAs };
    }
    // Lines checked at an earlier opening (their bytes unchanged) are read without the schema.
    const trusted = await checkedPrefixOf(this.filePath, bytes.subarray(0, end), this.checkedBy);
    const good: T[] = [];
    let firstProblem: string | null = null;
    const trustedLines = bytes.toString('utf8', 0, trusted).split('\n').slice(0, -1);
    for (const line of trustedLines) good.push(this.readTrusted(line));
    const lines = bytes.toString('utf8', trusted, end).split('\n').slice(0, -1);
    lines.forEach((line, index) => {
      const parsed = parseJournalLine(line, this.schema, this.format);
      if (parsed.ok) good.push(parsed.value);
      else firstProblem ??= `line ${trustedLines.length + index + 1}: ${parsed.reason}`;
    });
    if (firstProblem === null && trusted < end) {
      // A cache: if it cannot be written, the next opening checks every line again.
      await noteCheckedPrefix(this.filePath, bytes, end, this.checkedBy).catch(() => undefined);
    }
    if (firstProblem !== null) {
      const keptAs = this.asidePath('corrupt');
      await copyFile(this.filePath, keptAs);
      await writeFileAtomic(this.filePath, good.map((item) => this.lineOf(item)).join(''), {
        fsync: true,
      });
      outcome = { kind: 'damaged', entries: good.length, keptAs, reason: firstProblem };
    }
    this.items = good;
    this.handle = await open(this.filePath, 'a');
    if (outcome?.kind === 'torn-tail') return { ...outcome, entries: good.length };
    return outcome ?? { kind: 'opened', entries: good.length };
  }

  /** Every entry, oldest first. */
  entries(): readonly T[] {
    return this.items;
  }

  /**
   * Adds an entry; resolves once it is on disk (written and synced). An entry that breaks the
   * schema is refused before anything is written.
   */
  append(entry: T): Promise<void> {
    const checked = this.schema.parse(entry);
    const line = this.lineOf(checked);
    return this.queue.run(async () => {
      if (!this.handle) throw new Error('The journal is not open');
      await this.handle.write(line);
      await this.handle.datasync();
      this.items.push(checked);
    });
  }

  /** Closes the file once the appends asked for are done. */
  async close(): Promise<void> {
    await this.queue.idle();
    await this.handle?.close();
    this.handle = null;
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

  private asidePath(why: 'torn' | 'corrupt'): string {
    return asideName(this.filePath, why, this.wallNow());
  }
}

/** One journal line read: brought up to its format's version and checked against the schema. */
export function parseJournalLine<T>(
  line: string,
  schema: z.ZodType<T>,
  format: StoredFormat,
): { ok: true; value: T } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const upgraded = upgrade(json, format, LINE_VERSION_KEY);
  if (!upgraded.ok) return { ok: false, reason: `${upgraded.reason} (${format.name})` };
  const parsed = schema.safeParse(upgraded.value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, reason: parsed.error.issues[0]?.message ?? 'not an entry' };
}
