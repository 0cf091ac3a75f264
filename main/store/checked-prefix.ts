import { createHash } from 'node:crypto';
import { readFile, writeFile, rename } from 'node:fs/promises';
import { z } from 'zod';

/**
 * How much of a journal has already been checked against its schema: the first `bytes` bytes,
 * whose SHA-256 is `sha256`, checked by the reader named `checkedBy` (format, version, schema).
 * A journal only grows, so at the next opening the same bytes need not be checked again: their
 * hash proves they are the very bytes that passed, and checking is a pure function of the bytes
 * and the schema. Any change to them, or another reader, and everything is checked again. This
 * is a cache: lost or damaged, it only means one full check.
 */
const CheckedPrefixSchema = z.object({
  checkedBy: z.string(),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const markerPath = (journalPath: string) => `${journalPath}.checked`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** How many leading bytes of `bytes` were checked before by `checkedBy` (0 if none or unsure). */
export async function checkedPrefixOf(
  journalPath: string,
  bytes: Buffer,
  checkedBy: string,
): Promise<number> {
  try {
    const marker = CheckedPrefixSchema.parse(
      JSON.parse(await readFile(markerPath(journalPath), 'utf8')),
    );
    if (marker.checkedBy !== checkedBy || marker.bytes > bytes.length) return 0;
    return sha256(bytes.subarray(0, marker.bytes)) === marker.sha256 ? marker.bytes : 0;
  } catch {
    return 0;
  }
}

/** Notes that the first `checkedBytes` of `bytes` passed the check (written beside, then renamed). */
export async function noteCheckedPrefix(
  journalPath: string,
  bytes: Buffer,
  checkedBytes: number,
  checkedBy: string,
): Promise<void> {
  const marker = {
    checkedBy,
    bytes: checkedBytes,
    sha256: sha256(bytes.subarray(0, checkedBytes)),
  };
  const file = markerPath(journalPath);
  await writeFile(`${file}.tmp`, JSON.stringify(marker));
  await rename(`${file}.tmp`, file);
}

/** A name for a reader: its format, version and schema (so a changed schema checks everything). */
export function readerName(formatName: string, version: number, schema: z.ZodType): string {
  let shape: string;
  try {
    shape = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }));
  } catch {
    shape = 'unknown';
  }
  return `${formatName}@${version}#${sha256(Buffer.from(shape)).slice(0, 16)}`;
}
