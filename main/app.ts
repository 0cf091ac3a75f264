import { app, Menu, session } from 'electron';
import { formatMessage } from '../core/i18n/format-message';
import { builtInRoutinesIn, builtInStepsIn } from '../core/routines/built-in-routines';
import { setCatalogInForce } from '../core/i18n/catalog-in-force';
import { localeFromEnvironment, wordsFor } from './locale';
import type { Routine } from '../core/routines/routine-schema';
import { tonightRoutineOf } from '../core/routines/tonight-routine';
import { buildAppMenu } from './app-menu';
import { commandLineHelp, readCommandLine, type CommandLineRequest } from './command-line';
import { APP_START_URL, APP_USER_MODEL_ID, isAppUrl } from './app-origin';
import { registerAppScheme, setupAppProtocol } from './app-scheme';
import { trustedDevServerUrl } from './dev-server-url';
import { registerIpcHandlers, sendEvent } from './ipc';
import { createMainWindow, revealWindow } from './main-window';
import { denyAllPermissions, guardAllWebContents } from './security';
import { recentNights } from '../core/journal/nights';
import { JournalHistory } from './session/journal-history';
import { setupSession } from './session/setup-session';
import { isStartAtLogin, loginItemFor } from './login/login-item';
import { setupLaunchAtLogin } from './login/setup-launch-at-login';
import { setupReminders } from './reminders/setup-reminders';
import { createOwnRoutineHandlers } from './routines/own-routine-handlers';
import { offerImport, refuseFileOpened } from './routines/open-routine-file';
import { createRoutineFileHandlers } from './routines/routine-file-handlers';
import { setupTray, type AppTray } from './tray/setup-tray';
import { areTrayIconsShown } from './tray/tray-icons-shown';
import { noteStillHereOnce } from './tray/tray-note';
import { runTrayAction, type TrayActionTargets } from './tray/tray-actions';
import { createTrayTargets } from './tray/tray-targets';
import { systemClock } from './session/system-clock';
import { fixedZone, systemZone } from './time-zone/system-zone';
import { utilityProcessZoneProbe } from './time-zone/zone-probe';
import { createSettingsHandlers } from './settings/setup-settings';
import { setupJournal } from './journal/setup-journal';
import { setupQuitting } from './app-quitting';
import type { RunningApp, StartOptions } from './start-options';
import { createBackupHandlers } from './store/backup-handlers';
import { setupStore } from './store/setup-store';
import { TrustedSenders } from './trusted-sender';
import { setupCloseBehaviour } from './window/close-behaviour';
import { setupRendererRecovery } from './window/renderer-recovery';

export { registerAppScheme } from './app-scheme';
export type { AppPaths, RunningApp, StartOptions } from './start-options';

/**
 * The composition root: start-up as a list, one feature module a line.
 *
 * Resolves with the running app, or `null` when another instance already runs (this one quits and
 * the first one comes to the front).
 */
export async function startApp(options: StartOptions): Promise<RunningApp | null> {
  const log = options.log ?? console;
  const devServerUrl = trustedDevServerUrl(options.devServerUrl, app.isPackaged);
  const clock = options.clock ?? systemClock;
  const platform = options.platform ?? process.platform;
  // One language for everything main says and sends: the tray, notifications, dialogs, window.
  const words = wordsFor(options.locale ?? localeFromEnvironment(process.env));
  setCatalogInForce(words.all);
  // Windows shows notifications only for an app with this id (the packaged app's appId).
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  const commandLine = readCommandLine(options.argv ?? process.argv);
  if (commandLine.some((request) => request.kind === 'help')) {
    console.log(commandLineHelp());
    app.quit();
    return null;
  }
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  registerAppScheme();
  guardAllWebContents(
    app,
    (url) => isAppUrl(url, devServerUrl),
    (what, url) => log.warn(`Blocked ${what}: ${url}`),
  );
  // macOS hands a routines file opened with the app over as an event, even before ready.
  const filesOpened: string[] = [];
  let openFile = (filePath: string): void => void filesOpened.push(filePath);
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFile(filePath);
  });
  let isQuitting = false;
  app.on('before-quit', () => {
    isQuitting = true;
  });

  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  setupAppProtocol(options.paths.rendererDir);
  // The system's zone, unless a test set one (which no system event changes).
  const zone = options.timeZone
    ? fixedZone(options.timeZone)
    : systemZone({
        platform,
        log,
        probe: () => utilityProcessZoneProbe(options.paths.zoneProbePath),
      });
  const timeZone = () => zone.read();
  const store = await setupStore(log, () => clock.wallNow(), timeZone);
  const { settings } = store;
  const history = new JournalHistory(store.history, log);
  const applyLoginChange = await setupLaunchAtLogin(settings, loginItemFor(platform), log);

  const isLoginStart = isStartAtLogin(
    platform,
    commandLine.some((request) => request.kind === 'in-tray'),
  );
  const window = createMainWindow({
    preloadPath: options.paths.preloadPath,
    startUrl: devServerUrl ?? APP_START_URL,
    title: formatMessage('app.name'),
    isPackaged: app.isPackaged,
    isHiddenAtStart: isLoginStart,
  });
  // A file opened with the app on a cold start waits for the page, which shows how its import went.
  const pageLoaded = new Promise<void>((resolve) => {
    if (!window.webContents.isLoading()) resolve();
    else window.webContents.once('did-finish-load', () => resolve());
  });
  // A session that could not be written is said where the routine ended (Sleep well).
  history.onNotKept((message) => sendEvent(window.webContents, 'sessionNotKept', { message }));
  const trusted = new TrustedSenders(devServerUrl);
  trusted.add(window.webContents);
  // Every change that took reaches the window, whether made there, from the tray or by a flag.
  settings.subscribe((next) => {
    sendEvent(window.webContents, 'settingsChanged', next);
    // The first change of a day makes that day's backup (the app may run for weeks).
    void store.backUpToday();
  });

  const builtIns = options.routines ?? builtInRoutinesIn(words.routines);
  // The routines on offer: the built-in ones, then the user's own (read anew each time).
  const routines = (): readonly Routine[] => [...builtIns, ...settings.get().ownRoutines];
  const journal = setupJournal({
    store,
    settings,
    window,
    history: () => history.entries,
    wallNow: () => clock.wallNow(),
    timeZone,
  });
  // The tray follows the session and the reminders, which are set up before it; a reminder's
  // answer acts as the tray would.
  let tray: AppTray | null = null;
  let trayTargets: TrayActionTargets | null = null;
  const reminders = setupReminders({
    settings,
    timers: clock,
    wallNow: () => clock.wallNow(),
    timeZone,
    refreshTimeZone: zone.refresh,
    watchTimeZone: zone.watch,
    platform,
    window: {
      preloadPath: options.paths.preloadPath,
      startUrl: devServerUrl ?? APP_START_URL,
      isPackaged: app.isPackaged,
      onCreated: (reminderWindow) => trusted.add(reminderWindow.webContents, 'reminder-card'),
    },
    log,
    act: (action) => {
      if (trayTargets) runTrayAction(action, trayTargets);
    },
    trialTonight: journal.trial.tonight,
    onChanged: () => {
      tray?.refresh();
      // Tonight offers a snooze while a reminder is on, and no more once it is over.
      sendEvent(window.webContents, 'nextReminder', reminders.view());
    },
    isLoginStart,
  });
  const routineSession = setupSession({
    history,
    window,
    clock,
    settings: () => settings.get(),
    routines,
    stepLibrary: builtInStepsIn(words.routines),
    clotCaution: journal.clotCaution,
    timelineOptions: options.timelineOptions,
    log,
    onRecorded: reminders.onSessionRecorded,
    onState: (snapshot) => {
      // A routine on (running or paused) has answered tonight's reminder.
      reminders.onSessionState(snapshot);
      tray?.refresh();
    },
    onTick: () => tray?.refreshTooltip(),
  });
  const targets = createTrayTargets({
    routineSession,
    routines,
    clotCaution: journal.clotCaution,
    settings,
    window,
    wallNow: () => clock.wallNow(),
    timeZone,
    log,
  });
  trayTargets = targets;
  const fileSetup = { settings, routines, log, window };
  // Flags act the same on the first launch and, from a second one, on the running app.
  const obey = (requests: readonly CommandLineRequest[]) => {
    for (const request of requests) {
      if (request.kind === 'action') runTrayAction(request.action, targets);
      if (request.kind === 'unknown') log.warn(request.problem);
      if (request.kind === 'open-file') {
        void pageLoaded.then(() => offerImport(request.path, fileSetup));
      }
      if (request.kind === 'bad-file') {
        log.warn(request.problem);
        void pageLoaded.then(() => refuseFileOpened(request.problem, window));
      }
    }
  };
  tray = setupTray({
    iconPath: options.paths.trayIconPath,
    platform,
    settings,
    session: () => routineSession.engine.snapshot(),
    reminders: () => reminders.view(),
    tonightRoutineName: () =>
      tonightRoutineOf(settings.get().tonightRoutineId, routines()).routine?.name ?? '',
    targets,
  });
  setupRendererRecovery(window, log, {
    monotonicNow: () => clock.now(),
    // A page that cannot be brought back cannot sound the cues: the routine waits for the user.
    onGiveUp: () => routineSession.pauseIfRunning('interrupted'),
  });
  // Whether this desktop shows tray icons is asked once, off the start path (a tray is assumed
  // until the answer comes, as Electron does).
  let trayIconsShown = true;
  const askTray = options.trayIconsShown ?? (() => areTrayIconsShown(platform, undefined, log));
  void askTray().then((shown) => {
    trayIconsShown = shown;
  });
  setupCloseBehaviour(window, {
    isQuitting: () => isQuitting,
    // A finished routine (Sleep well) is nothing to pause or ask about.
    hasRoutine: () => ['running', 'paused'].includes(routineSession.engine.snapshot().status),
    pauseRoutine: () => routineSession.pauseIfRunning('user'),
    stopRoutine: () => routineSession.engine.stop(),
    platform,
    hasTray: () => trayIconsShown,
    onHidden: (where) => noteStillHereOnce(where, settings, log),
  });

  registerIpcHandlers(
    {
      getWindowMessages: () => words.window,
      getTimeZone: () => timeZone(),
      getAppInfo: () => ({
        name: formatMessage('app.name'),
        version: app.getVersion(),
        isPackaged: app.isPackaged,
      }),
      ...routineSession.handlers,
      ...reminders.handlers,
      ...createSettingsHandlers(settings, applyLoginChange),
      ...createOwnRoutineHandlers(settings, () => new Set(builtIns.map((routine) => routine.id))),
      ...createRoutineFileHandlers(fileSetup),
      getRecentNights: () => recentNights(history.entries, clock.wallNow(), timeZone()),
      ...journal.handlers,
      ...createBackupHandlers(store, {
        stopEverything: () => routineSession.engine.stop(),
        log,
      }),
    },
    (event, method) => trusted.isTrusted(event, method),
    { warn: (message) => log.warn(message), error: (message, cause) => log.error(message, cause) },
  );

  const quit = () => app.quit();
  Menu.setApplicationMenu(buildAppMenu({ show: () => revealWindow(window), quit }));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    revealWindow(window);
    obey(readCommandLine(argv, workingDirectory));
  });
  obey(commandLine);
  openFile = (filePath) => obey([{ kind: 'open-file', path: filePath }]);
  for (const filePath of filesOpened.splice(0)) openFile(filePath);
  app.on('activate', () => revealWindow(window));
  // Today's backup, once the app is up: it never holds the start, and a failure is only told.
  void store.backUpToday();
  setupQuitting({
    closeStore: () => store.close(),
    stopEverything: () => {
      routineSession.engine.stop();
      reminders.service.stop();
      tray?.destroy();
    },
  });

  return {
    window,
    session: routineSession.engine,
    history: routineSession.history,
    settings,
    quit,
  };
}
