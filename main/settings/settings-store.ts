import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatMessage } from '../../core/i18n/format-message';
import { SaveError } from '../../core/save-error';
import { DEFAULT_SETTINGS } from '../../core/settings/settings-defaults';
import { mergeSettings } from '../../core/settings/merge-settings';
import { SETTINGS_FORMAT, upgrade } from '../../core/store/migrations';
import { SerialQueue } from '../serial-queue';
import { asideName } from '../store/aside-name';
import { nodeDisk, writeWholeFile, type Disk } from '../store/disk';
import {
  SettingsSchema,
  type Settings,
  type SettingsPatch,
  type SettingsStorage,
} from '../../core/settings/settings-schema';

/** What loading found, for the log and, if something was wrong, for the user. */
export type SettingsLoadOutcome =
  | { kind: 'loaded' }
  | { kind: 'first-run' }
  /**
   * The file was damaged; it is kept under another name, and the last good backup's settings
   * (`restoredFrom`, the backup's day) or else the defaults are used.
   */
  | { kind: 'damaged'; keptAs: string; reason: string; restoredFrom: string | null }
  /** The file could not be read or set aside; it is left untouched and changes are not saved. */
  | { kind: 'unreadable'; reason: string };

/** Writes a whole file so that a crash mid-write leaves the old one whole, and syncs it to disk. */
export type AtomicWrite = (filePath: string, text: string) => Promise<void>;

/** Writes a whole file on `disk`: a temporary file, synced, renamed over, the folder synced. */
export function atomicWriteOn(disk: Disk): AtomicWrite {
  return async (filePath, text) => {
    await mkdir(path.dirname(filePath), { recursive: true });
    await writeWholeFile(disk, filePath, Buffer.from(text));
  };
}

/** How the store is built; tests inject the clock and a failing disk. */
export interface SettingsStoreOptions {
  readonly wallNow?: () => number;
  readonly write?: AtomicWrite;
  /** Where whole-file writes and renames go (the real disk unless a test gives its own). */
  readonly disk?: Disk;
  /** The newest backup's settings file, to fall back on when the file is damaged. */
  readonly lastGoodBackup?: () => Promise<{ readonly day: string; readonly text: string } | null>;
}

/**
 * The settings file: read and checked against the schema at start, written atomically (a crash
 * mid-write leaves the old file whole). A damaged file is set aside under a new name, never
 * deleted, and the app carries on with the defaults. Nothing here ever stops the app starting.
 *
 * Changes are applied one after another, each against the latest saved value, so changes that
 * arrive together never lose one another.
 */
export class SettingsStore {
  private current: Settings = DEFAULT_SETTINGS;
  /** Changes, one after another. */
  private readonly queue = new SerialQueue();
  /** False when the file on disk must not be overwritten (it could not be read or kept). */
  private canWrite = true;
  /** Closed (quitting, or a backup being put back): every change is refused until reopened. */
  private isClosed = false;
  private readonly wallNow: () => number;
  private readonly write: AtomicWrite;
  private readonly disk: Disk;
  private readonly lastGoodBackup: NonNullable<SettingsStoreOptions['lastGoodBackup']>;
  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(
    private readonly filePath: string,
    options: SettingsStoreOptions = {},
  ) {
    this.wallNow = options.wallNow ?? Date.now;
    this.disk = options.disk ?? nodeDisk;
    this.write = options.write ?? atomicWriteOn(this.disk);
    this.lastGoodBackup = options.lastGoodBackup ?? (async () => null);
  }

  /** Reads the file once at start-up. Never throws. */
  async load(): Promise<SettingsLoadOutcome> {
    let text: string;
    try {
      text = await readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        // A first launch: the welcome is due.
        this.current = { ...DEFAULT_SETTINGS, welcomeSeen: false };
        return { kind: 'first-run' };
      }
      return this.leaveUntouched(`could not be read (${(error as Error).message})`);
    }
    const read = readSettings(text);
    if (read.ok) {
      this.current = read.settings;
      return { kind: 'loaded' };
    }
    // A newer version's file is left as it is: this version must not overwrite what it cannot read.
    if (read.isNewer) return this.leaveUntouched(read.reason);
    const keptAs = asideName(this.filePath, 'corrupt', this.wallNow());
    try {
      await this.disk.rename(this.filePath, keptAs);
      // The new name made durable; if the folder cannot be synced, it is kept all the same.
      await this.disk.syncFolder(path.dirname(this.filePath)).catch(() => undefined);
    } catch {
      try {
        await copyFile(this.filePath, keptAs);
      } catch (copyError) {
        return this.leaveUntouched(
          `${read.reason}; it could not be set aside (${(copyError as Error).message})`,
        );
      }
    }
    this.current = DEFAULT_SETTINGS;
    const restoredFrom = await this.restoreLastGood();
    return { kind: 'damaged', keptAs, reason: read.reason, restoredFrom };
  }

  /** Puts the newest backup's settings in force and on disk; its day, or `null` if none was good. */
  private async restoreLastGood(): Promise<string | null> {
    const backup = await this.lastGoodBackup().catch(() => null);
    if (!backup) return null;
    const read = readSettings(backup.text);
    if (!read.ok) return null;
    try {
      await this.write(this.filePath, `${JSON.stringify(read.settings, null, 2)}\n`);
    } catch {
      // In force for this run all the same; the next change tries the disk again.
    }
    this.current = read.settings;
    return backup.day;
  }

  /** The settings in force. */
  get(): Settings {
    return this.current;
  }

  /** Calls `listener` after every change that took; returns a function that stops it. */
  subscribe(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether changes reach the disk, or last only until the app closes. */
  storage(): SettingsStorage {
    return this.canWrite ? 'saved' : 'memory-only';
  }

  /**
   * Applies a change and saves it; resolves once it is on disk. Changes are queued, and each one
   * is applied to the value the one before it left. If the save fails, nothing changes, in memory
   * or on disk, and the promise rejects with a `SaveError`; a value out of range rejects with the
   * schema's error.
   */
  update(patch: SettingsPatch): Promise<Settings> {
    return this.updateWith(() => patch);
  }

  /**
   * Like `update`, for a change worked out from the settings as they are when its turn comes
   * ("add a snooze to the reminder state"), so two such changes at once both hold.
   */
  updateWith(change: (current: Settings) => SettingsPatch): Promise<Settings> {
    return this.queue.run(() => this.apply(change(this.current)));
  }

  /**
   * Waits for every change asked for so far to be saved (or refused), then refuses any further
   * change until `reopen`: nothing can land on the file once the store is closed.
   */
  async close(): Promise<void> {
    await this.queue.run(() => {
      this.isClosed = true;
    });
  }

  /** Takes changes again (a restore that did not happen). */
  reopen(): void {
    this.isClosed = false;
  }

  /**
   * The file's bytes as last saved, read in the change queue (so never half of one change), or
   * `null` when there is no file yet. Rejects when the file is not the app's to write.
   */
  snapshot(): Promise<Buffer | null> {
    return this.queue.run(async () => {
      if (!this.canWrite) throw new Error('The settings file is not saved this run');
      return readFile(this.filePath).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
    });
  }

  private async apply(patch: SettingsPatch): Promise<Settings> {
    const next = SettingsSchema.parse(mergeSettings(this.current, patch));
    if (this.isClosed) throw new SaveError(formatMessage('settings.notSaved'));
    if (this.canWrite) {
      try {
        await this.write(this.filePath, `${JSON.stringify(next, null, 2)}\n`);
      } catch (error) {
        throw new SaveError(formatMessage('settings.notSaved'), { cause: error });
      }
    }
    // Memory follows the disk: only a change that was saved (or cannot be) is in force.
    this.current = next;
    for (const listener of this.listeners) listener(next);
    return next;
  }

  private leaveUntouched(reason: string): SettingsLoadOutcome {
    this.canWrite = false;
    this.current = DEFAULT_SETTINGS;
    return { kind: 'unreadable', reason };
  }
}

type SettingsRead =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly reason: string; readonly isNewer: boolean };

/** A settings file's text, brought up to the current version and checked against the schema. */
export function readSettings(text: string): SettingsRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})`, isNewer: false };
  }
  const upgraded = upgrade(json, SETTINGS_FORMAT, 'version');
  if (!upgraded.ok) {
    const isNewer = upgraded.reason === 'newer';
    return {
      ok: false,
      reason: isNewer ? 'written by a newer version of the app' : upgraded.reason,
      isNewer,
    };
  }
  const parsed = SettingsSchema.safeParse(upgraded.value);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const reason = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`)
    .join('; ');
  return { ok: false, reason, isNewer: false };
}
