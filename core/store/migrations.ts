/**
 * The stored formats' versions and the steps between them. Every file the app keeps names the
 * version it was written in (a settings document its `version`, a journal line its `v`; a line
 * without one is version 1, as written before versions were kept). A reader brings an older one
 * up to date step by step, each step pure and tested from every version before it; a version
 * newer than the app knows is refused, so an older app never overwrites a newer one's data.
 */

/** A JSON object as read from disk, before its schema is checked. */
export type StoredObject = Record<string, unknown>;

/** One step: what changed between version `from` and `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly up: (stored: StoredObject) => StoredObject;
}

/** A stored format: its current version and every step that leads to it. */
export interface StoredFormat {
  readonly name: string;
  readonly version: number;
  readonly migrations: readonly Migration[];
}

/** The answer of `upgrade`: the stored value in the current version, or why it cannot be. */
export type Upgraded =
  | { readonly ok: true; readonly value: StoredObject; readonly fromVersion: number }
  | { readonly ok: false; readonly reason: 'newer' | 'not-an-object' | 'bad-version' };

/**
 * Brings a stored object up to `format.version`, reading its version from `versionKey` (absent
 * means 1). The version key is kept, set to the current version.
 */
export function upgrade(stored: unknown, format: StoredFormat, versionKey: string): Upgraded {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored))
    return { ok: false, reason: 'not-an-object' };
  // Only a missing version means 1; a version that is there must be a whole number.
  const raw = versionKey in stored ? (stored as StoredObject)[versionKey] : 1;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1)
    return { ok: false, reason: 'bad-version' };
  if (raw > format.version) return { ok: false, reason: 'newer' };
  // Already current (the common case, once per line at every opening): no copy.
  if (raw === format.version && versionKey in stored)
    return { ok: true, value: stored as StoredObject, fromVersion: raw };
  let value = stored as StoredObject;
  for (let version = raw; version < format.version; version += 1) {
    const step = format.migrations.find((migration) => migration.from === version);
    if (!step) throw new Error(`${format.name}: no migration from version ${version}`);
    value = step.up(value);
  }
  return { ok: true, value: { ...value, [versionKey]: format.version }, fromVersion: raw };
}

/** The settings document (`settings.json`); its version is its `version` field. */
export const SETTINGS_FORMAT: StoredFormat = { name: 'settings', version: 1, migrations: [] };

/** One line of the session history (`history.jsonl`). */
export const HISTORY_FORMAT: StoredFormat = {
  name: 'history',
  version: 2,
  migrations: [
    {
      // Version 2 keeps the routine's length as it ran (its fitted length). Sessions recorded
      // before did not keep it: it is unknown, never guessed.
      from: 1,
      up: (line) => ({ ...line, plannedSeconds: null }),
    },
  ],
};

/** One line of the cramp diary (`diary.jsonl`). */
export const DIARY_FORMAT: StoredFormat = { name: 'diary', version: 1, migrations: [] };

/** The key a journal line keeps its version under. */
export const LINE_VERSION_KEY = 'v';
