import type { z } from 'zod';
import { LINE_VERSION_KEY, upgrade, type StoredFormat } from '../../core/store/migrations';

/** One journal line read: its entry, or why not (`isNewer`: written by a newer app version). */
export type ParsedLine<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: string; readonly isNewer: boolean };

/** One journal line read: brought up to its format's version and checked against the schema. */
export function parseJournalLine<T>(
  line: string,
  schema: z.ZodType<T>,
  format: StoredFormat,
): ParsedLine<T> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'not JSON', isNewer: false };
  }
  const upgraded = upgrade(json, format, LINE_VERSION_KEY);
  if (!upgraded.ok)
    return {
      ok: false,
      reason: `${upgraded.reason} (${format.name})`,
      isNewer: upgraded.reason === 'newer',
    };
  const parsed = schema.safeParse(upgraded.value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, reason: parsed.error.issues[0]?.message ?? 'not an entry', isNewer: false };
}

/** The lines of a journal as read: the entries that read, and the first problem of each kind. */
export interface ReadLines<T> {
  readonly good: T[];
  /** The first line that cannot be read (its number and why), or `null`. */
  readonly firstProblem: string | null;
  /** The first line written by a newer version of the app, or `null`. */
  readonly firstNewer: string | null;
}

/**
 * Reads whole lines (each ending in a newline) that have not been checked before, numbering them
 * from `firstLine`; the entries that read are added to `good`.
 */
export function readJournalLines<T>(
  text: string,
  firstLine: number,
  schema: z.ZodType<T>,
  format: StoredFormat,
  good: T[],
): ReadLines<T> {
  let firstProblem: string | null = null;
  let firstNewer: string | null = null;
  text
    .split('\n')
    .slice(0, -1)
    .forEach((line, index) => {
      const parsed = parseJournalLine(line, schema, format);
      if (parsed.ok) good.push(parsed.value);
      else if (parsed.isNewer) firstNewer ??= `line ${firstLine + index}: ${parsed.reason}`;
      else firstProblem ??= `line ${firstLine + index}: ${parsed.reason}`;
    });
  return { good, firstProblem, firstNewer };
}
