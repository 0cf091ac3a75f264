import type { BrowserWindow } from 'electron';
import type { Routine } from '../core/routines/routine-schema';
import type { SessionClock } from '../core/session/clock';
import type { TimelineOptions } from '../core/session/timeline';
import type { Locale } from './locale';
import type { SessionHistory } from './session/journal-history';
import type { SessionEngine } from './session/session-engine';
import type { SettingsStore } from './settings/settings-store';

/** Where the built files are, resolved by the entry point. */
export interface AppPaths {
  /** The built renderer folder (holds index.html). */
  readonly rendererDir: string;
  /** The built preload script. */
  readonly preloadPath: string;
  /** The tray icon (packaged with the app). */
  readonly trayIconPath: string;
  /** The script a utility process runs to read the system's zone afresh (Windows). */
  readonly zoneProbePath: string;
}

/** What the composition root is started with. */
export interface StartOptions {
  readonly paths: AppPaths;
  /** The Vite dev server URL; trusted only on loopback and only when not packaged. */
  readonly devServerUrl?: string;
  readonly log?: Pick<Console, 'warn' | 'error' | 'info'>;
  /** The routine clock; the real monotonic one unless a test injects another. */
  readonly clock?: SessionClock;
  /** Pacing between holds; tests shorten it. */
  readonly timelineOptions?: TimelineOptions;
  /** The routines on offer; the built-in ones unless a test brings its own. */
  readonly routines?: readonly Routine[];
  /** The time zone; the system's, read anew each time, unless a test sets one. */
  readonly timeZone?: () => string;
  /** The command line (`process.argv` unless a test gives one). */
  readonly argv?: readonly string[];
  /** The platform (`process.platform` unless a test plays another). */
  readonly platform?: NodeJS.Platform;
  /** The language (from `BEDTIME_LOCALE` unless a test chooses). */
  readonly locale?: Locale;
  /** Whether this desktop shows tray icons (by default, asked of the session bus on Linux). */
  readonly trayIconsShown?: () => Promise<boolean>;
}

/** The running app, as module tests see it. */
export interface RunningApp {
  readonly window: BrowserWindow;
  readonly session: SessionEngine;
  readonly history: SessionHistory;
  readonly settings: SettingsStore;
  quit(): void;
}
