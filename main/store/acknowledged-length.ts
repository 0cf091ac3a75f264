import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Disk, DiskHandle } from './disk';

/**
 * How long a journal was when its last entry was acknowledged, kept beside it
 * (`history.jsonl.acknowledged`), with the file's inode so that a file put in its place (a
 * restored backup, a copy) is not mistaken for it.
 *
 * It tells a journal, at its next opening, whether a cut-off last line was ever acknowledged: a
 * line cut off while it was being written (the app killed, a full disk) lies past this length and
 * can be dropped quietly; a file shorter than this length has lost something the user was told was
 * saved, which is kept aside and told. It is written after the journal's own sync and is not
 * synced itself: it may lag behind by a line, never run ahead of what is on disk.
 */
const RecordSchema = z.object({
  // Not checked as a safe integer: some file systems' inode numbers are larger (Node rounds them
  // alike on both sides of the comparison).
  ino: z.number().min(0),
  bytes: z.number().int().min(0),
});
export type AcknowledgedRecord = z.infer<typeof RecordSchema>;

/** The record's fixed size: each note overwrites the one before in place. */
const RECORD_BYTES = 64;

const recordPath = (journalPath: string) => `${journalPath}.acknowledged`;

/** What the record beside `journalPath` says, or `null` when there is none or it cannot be read. */
export async function readAcknowledged(journalPath: string): Promise<AcknowledgedRecord | null> {
  try {
    const parsed = RecordSchema.safeParse(
      JSON.parse(await readFile(recordPath(journalPath), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The record of one open journal, noted after each acknowledged append. */
export class AcknowledgedLength {
  private handle: DiskHandle | null = null;
  private ino = 0;

  constructor(
    private readonly journalPath: string,
    private readonly disk: Disk,
  ) {}

  /** Starts the record afresh for the journal's file (`ino`) as it is now (`bytes`). */
  async start(ino: number, bytes: number): Promise<void> {
    await this.stop();
    this.ino = ino;
    try {
      this.handle = await this.disk.open(recordPath(this.journalPath), 'w');
    } catch {
      // Without a record, a cut-off line found at the next opening is kept aside and told.
      return;
    }
    await this.note(bytes);
  }

  /** Notes the journal's acknowledged length (never fails: the record is only a guide). */
  async note(bytes: number): Promise<void> {
    if (!this.handle) return;
    const text = JSON.stringify({ ino: this.ino, bytes }).padEnd(RECORD_BYTES - 1) + '\n';
    const buffer = Buffer.from(text);
    await this.handle.write(buffer, 0, buffer.length, 0).catch(() => undefined);
  }

  async stop(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
  }
}
