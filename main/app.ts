import path from 'node:path';
import { app, dialog, Menu, protocol, session, type BrowserWindow } from 'electron';
import { formatMessage } from '../core/i18n/format-message';
import { builtInRoutines } from '../core/routines/built-in-routines';
import type { Routine } from '../core/routines/routine-schema';
import type { SessionClock } from '../core/session/clock';
import type { TimelineOptions } from '../core/session/timeline';
import { buildAppMenu } from './app-menu';
import { APP_SCHEME, APP_START_URL, isAppUrl } from './app-origin';
import { createAppProtocolHandler } from './app-protocol';
import { registerIpcHandlers, sendEvent } from './ipc';
import { createMainWindow, revealWindow } from './main-window';
import { createDisplayKeepAwake } from './power/display-keep-awake';
import { pauseOnSleep } from './power/pause-on-sleep';
import { denyAllPermissions, guardAllWebContents } from './security';
import { MemoryHistory } from './session/memory-history';
import { SessionEngine } from './session/session-engine';
import { createSessionHandlers } from './session/session-handlers';
import { systemClock } from './session/system-clock';
import { SettingsStore, type SettingsLoadOutcome } from './settings/settings-store';
import { TrustedSenders } from './trusted-sender';

/** Where the built files are, resolved by the entry point. */
export interface AppPaths {
  /** The built renderer folder (holds index.html). */
  readonly rendererDir: string;
  /** The built preload script. */
  readonly preloadPath: string;
}

/** What the composition root is started with. */
export interface StartOptions {
  readonly paths: AppPaths;
  /** The Vite dev server URL in development; the app serves its own files when absent. */
  readonly devServerUrl?: string;
  readonly log?: Pick<Console, 'warn' | 'error' | 'info'>;
  /** The routine clock; the real monotonic one unless a test injects another. */
  readonly clock?: SessionClock;
  /** Pacing between holds; tests shorten it. */
  readonly timelineOptions?: TimelineOptions;
  /** The routines on offer; the built-in ones unless a test brings its own. */
  readonly routines?: readonly Routine[];
}

/** The running app, as tests and the entry point see it. */
export interface RunningApp {
  readonly window: BrowserWindow;
  readonly session: SessionEngine;
  readonly history: MemoryHistory;
  readonly settings: SettingsStore;
  quit(): void;
}

/** Must run before `app` is ready: lets the app scheme behave like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

/**
 * The composition root: wires the main process together, one step at a time.
 *
 * Resolves with the running app, or `null` when another instance already runs (this one quits and
 * the first one comes to the front).
 */
export async function startApp(startOptions: StartOptions): Promise<RunningApp | null> {
  // A packaged app never trusts a dev server, whatever the environment says.
  const options = app.isPackaged ? { ...startOptions, devServerUrl: undefined } : startOptions;
  const log = options.log ?? console;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  registerAppScheme();
  guardAllWebContents(
    app,
    (url) => isAppUrl(url, options.devServerUrl),
    (what, url) => log.warn(`Blocked ${what}: ${url}`),
  );
  let isQuitting = false;
  app.on('before-quit', () => {
    isQuitting = true;
  });

  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options.paths.rendererDir));

  const settings = new SettingsStore(path.join(app.getPath('userData'), 'settings.json'));
  const settingsOutcome = await settings.load();

  const trusted = new TrustedSenders(options.devServerUrl);
  const window = createMainWindow({
    preloadPath: options.paths.preloadPath,
    startUrl: options.devServerUrl ?? APP_START_URL,
    title: formatMessage('app.name'),
    isQuitting: () => isQuitting,
  });
  trusted.add(window.webContents);

  const history = new MemoryHistory();
  const engine = new SessionEngine(
    options.clock ?? systemClock,
    {
      snapshot: (snapshot) => sendEvent(window.webContents, 'sessionState', snapshot),
      cue: (cue) => sendEvent(window.webContents, 'sessionCue', cue),
    },
    history,
    createDisplayKeepAwake(),
    options.timelineOptions,
  );
  // A reloaded page picks up the routine where main has it.
  window.webContents.on('did-finish-load', () =>
    sendEvent(window.webContents, 'sessionState', engine.snapshot()),
  );
  pauseOnSleep(
    (reason) => {
      if (engine.snapshot().status === 'running') engine.pause(reason);
    },
    () => settings.get().pauseOnScreenLock,
  );

  registerIpcHandlers(
    {
      getAppInfo: () => ({
        name: formatMessage('app.name'),
        version: app.getVersion(),
        isPackaged: app.isPackaged,
      }),
      ...createSessionHandlers(engine, () => settings.get(), options.routines ?? builtInRoutines),
      getSettings: () => settings.get(),
      updateSettings: async (patch) => {
        const next = await settings.update(patch);
        sendEvent(window.webContents, 'settingsChanged', next);
        return next;
      },
    },
    (event) => trusted.isTrusted(event),
    { warn: (message) => log.warn(message), error: (message, cause) => log.error(message, cause) },
  );

  const quit = () => app.quit();
  Menu.setApplicationMenu(buildAppMenu({ show: () => revealWindow(window), quit }));
  app.on('second-instance', () => revealWindow(window));
  app.on('activate', () => revealWindow(window));
  app.on('window-all-closed', () => {
    // Closing hides the window; the app lives on for reminders until the user quits.
  });
  app.on('before-quit', () => engine.stop());
  tellAboutDamagedSettings(settingsOutcome, log);

  return { window, session: engine, history, settings, quit };
}

function tellAboutDamagedSettings(outcome: SettingsLoadOutcome, log: Pick<Console, 'warn'>): void {
  if (outcome.kind !== 'damaged' && outcome.kind !== 'unreadable') return;
  log.warn(`Settings file problem: ${outcome.reason}`);
  void dialog.showMessageBox({
    type: 'info',
    title: formatMessage('app.name'),
    message: formatMessage('settings.damaged.title'),
    detail:
      outcome.kind === 'damaged'
        ? formatMessage('settings.damaged.detail', { file: outcome.keptAs })
        : formatMessage('settings.unreadable.detail'),
    buttons: [formatMessage('common.ok')],
  });
}
