import { app, Menu, protocol, session } from 'electron';
import { APP_SCHEME, APP_START_URL, isAppUrl } from './app-origin';
import { createAppProtocolHandler } from './app-protocol';
import { buildAppMenu } from './app-menu';
import { registerIpcHandlers, type IpcHandlers } from './ipc';
import { createMainWindow, revealWindow } from './main-window';
import { denyAllPermissions, guardAllWebContents } from './security';
import { TrustedSenders } from './trusted-sender';
import { formatMessage } from '../core/i18n/format-message';
import type { BrowserWindow } from 'electron';

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
}

/** The running app, as tests and the entry point see it. */
export interface RunningApp {
  readonly window: BrowserWindow;
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
 * The composition root: wires the main process together, one `setup` step at a time.
 *
 * Resolves with the running app, or `null` when another instance already runs (this one quits and
 * the first one comes to the front).
 */
export async function startApp(options: StartOptions): Promise<RunningApp | null> {
  const log = options.log ?? console;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  registerAppScheme();
  const isAllowedUrl = (url: string) => isAppUrl(url, options.devServerUrl);
  guardAllWebContents(app, isAllowedUrl, (what, url) => log.warn(`Blocked ${what}: ${url}`));

  let isQuitting = false;
  app.on('before-quit', () => {
    isQuitting = true;
  });

  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options.paths.rendererDir));

  const trusted = new TrustedSenders(options.devServerUrl);
  const window = createMainWindow({
    preloadPath: options.paths.preloadPath,
    startUrl: options.devServerUrl ?? APP_START_URL,
    title: formatMessage('app.name'),
    isQuitting: () => isQuitting,
  });
  trusted.add(window.webContents);

  const handlers: IpcHandlers = {
    getAppInfo: () => ({
      name: formatMessage('app.name'),
      version: app.getVersion(),
      isPackaged: app.isPackaged,
    }),
  };
  registerIpcHandlers(handlers, (event) => trusted.isTrusted(event), {
    warn: (message) => log.warn(message),
    error: (message, cause) => log.error(message, cause),
  });

  const quit = () => app.quit();
  Menu.setApplicationMenu(buildAppMenu({ show: () => revealWindow(window), quit }));
  app.on('second-instance', () => revealWindow(window));
  app.on('activate', () => revealWindow(window));
  app.on('window-all-closed', () => {
    // Closing hides the window; the app lives on for reminders until the user quits.
  });

  return { window, quit };
}
