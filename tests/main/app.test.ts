import { beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../main/app';
import {
  app,
  BrowserWindow,
  fakeElectron,
  Menu,
  Notification,
  protocol,
  session,
  type FakeBrowserWindow,
} from '../fakes/electron';
import { builtPaths, recordingLog, startFakeApp } from '../fakes/start-fake-app';

function onlyWindow(): FakeBrowserWindow {
  const windows = BrowserWindow.getAllWindows();
  expect(windows).toHaveLength(1);
  return windows[0]!;
}

describe('main process start-up', () => {
  beforeEach(() => fakeElectron.reset());

  it('creates one window with the full security baseline', async () => {
    await startFakeApp();
    const prefs = onlyWindow().options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: builtPaths.preloadPath,
    });
  });

  it('loads the built renderer from the app scheme, registered as a secure standard scheme', async () => {
    await startFakeApp();
    expect(onlyWindow().webContents.getURL()).toBe('app://bedtime/index.html');
    expect(protocol.privileged).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    const page = await protocol.fetch('app://bedtime/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('loads the dev server in development', async () => {
    await startFakeApp({ devServerUrl: 'http://localhost:5173/' });
    expect(onlyWindow().webContents.getURL()).toBe('http://localhost:5173/');
  });

  it('ignores a dev server that is not on this computer', async () => {
    await startFakeApp({ devServerUrl: 'http://192.168.1.20:5173/' });
    const contents = onlyWindow().webContents;
    expect(contents.getURL()).toBe('app://bedtime/index.html');
    expect(contents.simulateNavigation('http://192.168.1.20:5173/')).toBe(false);
  });

  it('gives a packaged app no DevTools, and an unpackaged one its DevTools', async () => {
    await startFakeApp();
    expect(onlyWindow().options['webPreferences']).toMatchObject({ devTools: true });
    fakeElectron.reset();
    app.isPackaged = true;
    const starting = startApp({ paths: builtPaths, log: recordingLog() });
    app.emitReady();
    await starting;
    expect(onlyWindow().options['webPreferences']).toMatchObject({ devTools: false });
  });

  it('ignores a dev server URL in the packaged app', async () => {
    fakeElectron.reset();
    app.isPackaged = true;
    const starting = startApp({
      paths: builtPaths,
      log: recordingLog(),
      devServerUrl: 'http://localhost:5173/',
    });
    app.emitReady();
    await starting;
    const contents = onlyWindow().webContents;
    expect(contents.getURL()).toBe('app://bedtime/index.html');
    expect(contents.simulateNavigation('http://localhost:5173/')).toBe(false);
  });

  it('shows the window once it is ready, on the dark background (no white flash)', async () => {
    await startFakeApp();
    const window = onlyWindow();
    expect(window.options['show']).toBe(false);
    expect(window.options['backgroundColor']).toBe('#1d1713');
    await new Promise((resolve) => setImmediate(resolve));
    expect(window.isVisible()).toBe(true);
  });

  it('denies navigation away from the app, new windows and webviews', async () => {
    await startFakeApp();
    const contents = onlyWindow().webContents;
    expect(contents.simulateNavigation('https://example.com/')).toBe(false);
    expect(contents.simulateNavigation('file:///etc/passwd')).toBe(false);
    expect(contents.simulateNavigation('https://example.com/', 'will-redirect')).toBe(false);
    expect(contents.simulateNavigation('app://bedtime/index.html')).toBe(true);
    expect(contents.simulateWindowOpen('https://example.com/')).toBe('deny');
    expect(contents.simulateWindowOpen('app://bedtime/index.html')).toBe('deny');
    expect(contents.simulateAttachWebview()).toBe(false);
  });

  it('guards web contents created later too', async () => {
    await startFakeApp();
    const later = new BrowserWindow({});
    expect(later.webContents.simulateNavigation('https://example.com/')).toBe(false);
    expect(later.webContents.simulateWindowOpen('https://example.com/')).toBe('deny');
  });

  it('denies every permission request and check', async () => {
    await startFakeApp();
    await expect(session.defaultSession.requestPermission('media')).resolves.toBe(false);
    await expect(session.defaultSession.requestPermission('notifications')).resolves.toBe(false);
    expect(session.defaultSession.permissionCheckHandler?.(null, 'geolocation')).toBe(false);
  });

  it('quits at once when another instance holds the lock, and opens no window', async () => {
    app.setAnotherInstanceRunning(true);
    const starting = startApp({ paths: builtPaths, log: recordingLog() });
    app.emitReady();
    await expect(starting).resolves.toBeNull();
    expect(app.quitCalls).toBe(1);
    expect(BrowserWindow.getAllWindows()).toHaveLength(0);
  });

  it('brings the hidden window back to the front on a second launch', async () => {
    const running = await startFakeApp();
    const window = onlyWindow();
    window.hide();
    expect(window.isVisible()).toBe(false);
    window.minimize();
    app.launchSecondInstance();
    expect(window.isVisible()).toBe(true);
    expect(window.isMinimized()).toBe(false);
    expect(window.isFocused()).toBe(true);
    expect(running.window).toBe(window);
  });

  it('with no routine on, closing the window keeps the app in the tray, saying so the first time only', async () => {
    const running = await startFakeApp();
    const window = onlyWindow();
    let hasQuit = false;
    app.on('quit', () => {
      hasQuit = true;
    });
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.isVisible()).toBe(false);
    expect(hasQuit).toBe(false);
    expect(Notification.shown.map((note) => note.options['title'])).toEqual([
      'Bedtime Stretch is still here',
    ]);
    await expect.poll(() => running.settings.get().hasSeenTrayNote).toBe(true);
    window.show();
    window.close();
    expect(Notification.shown).toHaveLength(1);
  });

  it('quits from the menu', async () => {
    await startFakeApp();
    const window = onlyWindow();
    let hasQuit = false;
    app.on('quit', () => {
      hasQuit = true;
    });
    Menu.getApplicationMenu()?.clickItem('Quit');
    expect(window.isDestroyed()).toBe(true);
    // The app quits once the history on its way to disk is written.
    await expect.poll(() => hasQuit).toBe(true);
  });

  it('offers Show in the app menu, which reveals a hidden window', async () => {
    await startFakeApp();
    const window = onlyWindow();
    window.hide();
    Menu.getApplicationMenu()?.clickItem('Show Bedtime Stretch');
    expect(window.isVisible()).toBe(true);
    expect(Menu.getApplicationMenu()?.findItem('Quit')?.accelerator).toBe('CmdOrCtrl+Q');
  });
});
