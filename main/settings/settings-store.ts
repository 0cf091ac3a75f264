import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { DEFAULT_SETTINGS } from '../../core/settings/settings-defaults';
import {
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../core/settings/settings-schema';

/** What loading found, for the log and, if something was wrong, for the user. */
export type SettingsLoadOutcome =
  | { kind: 'loaded' }
  | { kind: 'first-run' }
  /** The file was damaged; it is kept under another name and the defaults are used. */
  | { kind: 'damaged'; keptAs: string; reason: string }
  /** The file could not be read or set aside; it is left untouched and changes are not saved. */
  | { kind: 'unreadable'; reason: string };

/**
 * The settings file: read and checked against the schema at start, written atomically (a crash
 * mid-write leaves the old file whole). A damaged file is set aside under a new name, never
 * deleted, and the app carries on with the defaults. Nothing here ever stops the app starting.
 */
export class SettingsStore {
  private current: Settings = DEFAULT_SETTINGS;
  private writing: Promise<void> = Promise.resolve();
  /** False when the file on disk must not be overwritten (it could not be read or kept). */
  private canWrite = true;

  constructor(
    private readonly filePath: string,
    private readonly wallNow: () => number = Date.now,
  ) {}

  /** Reads the file once at start-up. Never throws. */
  async load(): Promise<SettingsLoadOutcome> {
    let text: string;
    try {
      text = await readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'first-run' };
      return this.leaveUntouched(`could not be read (${(error as Error).message})`);
    }
    let reason: string;
    try {
      const parsed = SettingsSchema.safeParse(JSON.parse(text));
      if (parsed.success) {
        this.current = parsed.data;
        return { kind: 'loaded' };
      }
      reason = parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`)
        .join('; ');
    } catch (error) {
      reason = `not valid JSON (${(error as Error).message})`;
    }
    const keptAs = this.damagedCopyPath();
    try {
      await rename(this.filePath, keptAs);
    } catch {
      try {
        await copyFile(this.filePath, keptAs);
      } catch (copyError) {
        return this.leaveUntouched(
          `${reason}; it could not be set aside (${(copyError as Error).message})`,
        );
      }
    }
    this.current = DEFAULT_SETTINGS;
    return { kind: 'damaged', keptAs, reason };
  }

  get(): Settings {
    return this.current;
  }

  /**
   * Applies a change and saves it; resolves once it is on disk. If the save fails, nothing
   * changes, in memory or on disk, and the promise rejects.
   */
  async update(patch: SettingsPatch): Promise<Settings> {
    const next = SettingsSchema.parse({ ...this.current, ...patch });
    if (!this.canWrite) {
      // The file on disk is the user's and could not be read: change this run only.
      this.current = next;
      return next;
    }
    const write = this.writing.then(async () => {
      await mkdir(path.dirname(this.filePath), { recursive: true });
      await writeFileAtomic(this.filePath, `${JSON.stringify(next, null, 2)}\n`);
    });
    this.writing = write.catch(() => undefined);
    await write;
    this.current = next;
    return next;
  }

  private leaveUntouched(reason: string): SettingsLoadOutcome {
    this.canWrite = false;
    this.current = DEFAULT_SETTINGS;
    return { kind: 'unreadable', reason };
  }

  private damagedCopyPath(): string {
    const stamp = new Date(this.wallNow()).toISOString().replace(/[:.]/g, '-');
    const { dir, name } = path.parse(this.filePath);
    return path.join(dir, `${name}.damaged-${stamp}.json`);
  }
}
