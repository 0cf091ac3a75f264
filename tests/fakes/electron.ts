/**
 * A faithful in-memory fake of the `electron` module, aliased in place of the real one for main-
 * process tests (see `vite.config.ts`). It follows Electron's documented behaviour where tests
 * depend on it: one handler per IPC channel, structured-clone of payloads, `close` that can be
 * prevented, `requestSingleInstanceLock`, menus built from templates, and so on. Test hooks live on
 * `fakeElectron` and on the methods marked "test hook".
 */
import { EventEmitter } from 'node:events';
import { FakeEvent } from './fake-event';
import { fakeUtilityProcess } from './fake-utility-process';

/** Where a fake window's page really runs; the Chromium harness plugs one in. */
export interface RendererHost {
  load(contents: FakeWebContents, url: string): Promise<void>;
  deliver(contents: FakeWebContents, channel: string, payload: unknown): void;
  close(contents: FakeWebContents): Promise<void>;
  /** Ends the page's renderer at main's request: the next load gets a fresh page. */
  discard?(contents: FakeWebContents): void;
  /** Prints the page as PDF, as Electron's `printToPDF` would (Chromium's own print). */
  printToPDF?(contents: FakeWebContents, options: FakePrintToPdfOptions): Promise<Buffer>;
}

/** Electron's `printToPDF` options (margins in inches), as far as the app uses them. */
export interface FakePrintToPdfOptions {
  readonly displayHeaderFooter?: boolean;
  readonly headerTemplate?: string;
  readonly footerTemplate?: string;
  readonly pageSize?: string | { readonly width: number; readonly height: number };
  readonly printBackground?: boolean;
  readonly landscape?: boolean;
  readonly scale?: number;
  readonly pageRanges?: string;
  readonly preferCSSPageSize?: boolean;
  /** A tagged (accessible) PDF: its structure (headings, tables, lists) kept for screen readers. */
  readonly generateTaggedPDF?: boolean;
  /** The page's headings as the PDF's outline (bookmarks). */
  readonly generateDocumentOutline?: boolean;
  readonly margins?: {
    readonly top?: number;
    readonly bottom?: number;
    readonly left?: number;
    readonly right?: number;
  };
}

let nextWebContentsId = 1;

/** The fake session: permission handlers are recorded so tests can call them. */
export class FakeSession {
  permissionRequestHandler:
    ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((wc: unknown, permission: string) => boolean) | null = null;
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  /** Test hook: what the app answers when a page asks for a permission. */
  async requestPermission(permission: string): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return true; // Electron grants by default.
    return new Promise((resolve) => handler(null, permission, resolve));
  }
}

/** A frame as `senderFrame` shows it. */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

/** The fake `webContents`: records what is sent and loaded; navigation can be simulated. */
export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  /** Everything main sent, with the monotonic instant (`performance.now()`) it was sent at. */
  readonly sent: { channel: string; payload: unknown; sentAt: number }[] = [];
  readonly session: FakeSession;
  readonly mainFrame: FakeFrame = { url: '', parent: null };
  /** The renderer process's extra arguments (`webPreferences.additionalArguments`). */
  additionalArguments: readonly string[] = [];
  private windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null =
    null;
  private destroyed = false;
  private url = '';

  constructor(session: FakeSession) {
    super();
    this.session = session;
  }

  private loading = false;
  async loadURL(url: string): Promise<void> {
    this.url = url;
    this.mainFrame.url = url;
    this.loading = true;
    const host = fakeElectron.rendererHost;
    if (host) await host.load(this, url);
    this.loading = false;
    this.emit('did-finish-load');
  }
  isLoading(): boolean {
    return this.loading;
  }
  getURL(): string {
    return this.url;
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    const payload = structuredClone(args[0]);
    this.sent.push({ channel, payload, sentAt: performance.now() });
    fakeElectron.rendererHost?.deliver(this, channel, payload);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Test hook: the page tries to navigate; returns whether the app let it. */
  simulateNavigation(
    url: string,
    event: 'will-navigate' | 'will-redirect' = 'will-navigate',
  ): boolean {
    const navigation = new FakeEvent();
    this.emit(event, navigation, url);
    return !navigation.defaultPrevented;
  }
  /** Test hook: the page calls `window.open`; returns the app's decision (allow without a handler). */
  simulateWindowOpen(url: string): 'allow' | 'deny' {
    return this.windowOpenHandler ? this.windowOpenHandler({ url }).action : 'allow';
  }
  /** Test hook: a `<webview>` tries to attach; returns whether the app let it. */
  simulateAttachWebview(): boolean {
    const attach = new FakeEvent();
    this.emit('will-attach-webview', attach, {}, {});
    return !attach.defaultPrevented;
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('destroyed');
  }
  /** Like Electron: reloads the current page (the page re-runs its code). */
  reload(): void {
    void this.loadURL(this.url);
  }
  /** Like Electron: ends the renderer process, and `render-process-gone` ('killed') follows. */
  forcefullyCrashRenderer(): void {
    fakeElectron.rendererHost?.discard?.(this);
    setImmediate(() =>
      this.emit('render-process-gone', new FakeEvent(), { reason: 'killed', exitCode: 0 }),
    );
  }
  /** What main asked each print to PDF for, in order. */
  readonly printed: FakePrintToPdfOptions[] = [];
  /**
   * Like Electron: the page as PDF. With a renderer host that can print (Chromium), the page's
   * real print; otherwise (module tests, no page) a small stand-in PDF.
   */
  async printToPDF(options: FakePrintToPdfOptions): Promise<Buffer> {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.printed.push(structuredClone(options));
    const host = fakeElectron.rendererHost;
    if (host?.printToPDF) return host.printToPDF(this, options);
    return Buffer.from('%PDF-1.4\n% a stand-in for the page\n%%EOF\n');
  }
  /** Test hook: the page stops responding (Electron emits this on the window). */
  simulateUnresponsive(): void {
    FakeBrowserWindow.all.find((window) => window.webContents === this)?.emit('unresponsive');
  }
}

/** The fake `BrowserWindow`: options recorded, visibility tracked, `close` preventable. */
export class FakeBrowserWindow extends EventEmitter {
  static readonly all: FakeBrowserWindow[] = [];
  readonly options: Record<string, unknown>;
  readonly webContents: FakeWebContents;
  private visible = false;
  private minimized = false;
  private focused = false;
  private destroyed = false;
  private position = { x: 0, y: 0 };

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = structuredClone(options);
    this.position = { x: Number(options['x'] ?? 0), y: Number(options['y'] ?? 0) };
    this.webContents = new FakeWebContents(fakeSession);
    const preferences = (options['webPreferences'] ?? {}) as { additionalArguments?: string[] };
    this.webContents.additionalArguments = [...(preferences.additionalArguments ?? [])];
    FakeBrowserWindow.all.push(this);
    fakeApp.emit('browser-window-created', new FakeEvent(), this);
    fakeApp.emit('web-contents-created', new FakeEvent(), this.webContents);
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((window) => !window.destroyed);
  }

  async loadURL(url: string): Promise<void> {
    await this.webContents.loadURL(url);
    if (this.options['show'] === false) this.emit('ready-to-show');
  }
  show(): void {
    this.visible = true;
    this.minimized = false;
    this.focused = true;
    this.emit('show');
  }
  /** Shown without taking the keyboard from the window the user is in. */
  showInactive(): void {
    this.visible = true;
    this.minimized = false;
    this.emit('show');
  }
  setPosition(x: number, y: number): void {
    this.position = { x, y };
  }
  getPosition(): [number, number] {
    return [this.position.x, this.position.y];
  }
  hide(): void {
    this.visible = false;
    this.emit('hide');
  }
  focus(): void {
    this.focused = true;
    this.emit('focus');
  }
  isFocused(): boolean {
    return this.focused;
  }
  minimize(): void {
    this.minimized = true;
  }
  restore(): void {
    this.minimized = false;
    this.emit('restore');
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setTitle(title: string): void {
    this.options['title'] = title;
  }
  /** Like Electron: emits a preventable `close`; if not prevented the window is destroyed. */
  close(): void {
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroy();
    void fakeElectron.rendererHost?.close(this.webContents);
    this.emit('closed');
    if (FakeBrowserWindow.getAllWindows().length === 0) fakeApp.emit('window-all-closed');
  }
}

/** What an invoke handler receives as its event. */
export interface FakeInvokeEvent {
  sender: FakeWebContents;
  senderFrame: FakeFrame | null;
  processId: number;
  frameId: number;
}

type InvokeHandler = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;

/** The fake `ipcMain`: one handler per channel, like Electron, and a test `invoke`. */
class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, handler);
  }
  handleOnce(channel: string, handler: InvokeHandler): void {
    this.handle(channel, (...args) => {
      this.handlers.delete(channel);
      return handler(...args);
    });
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /**
   * Test hook: what `ipcRenderer.invoke` does. Arguments and the reply go through structured
   * clone, as they do across processes; a missing handler rejects with Electron's message.
   */
  async invoke(
    sender: FakeWebContents,
    channel: string,
    args: unknown[],
    frame: FakeFrame | null = sender.mainFrame,
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler)
      throw new Error(
        `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`,
      );
    const event: FakeInvokeEvent = { sender, senderFrame: frame, processId: 1, frameId: 1 };
    const reply = await handler(event, ...structuredClone(args));
    return structuredClone(reply);
  }
}

/** The fake `app`. */
class FakeApp extends EventEmitter {
  isPackaged = false;
  name = 'Bedtime Stretch';
  version = '0.1.0';
  quitCalls = 0;
  private ready = false;
  private readyWaiters: (() => void)[] = [];
  private hasLock = true;
  private lockRequested = false;

  getName(): string {
    return this.name;
  }
  getVersion(): string {
    return this.version;
  }
  getPath(name: string): string {
    return name === 'userData' ? fakeElectron.userDataDir : `${fakeElectron.userDataDir}/${name}`;
  }
  getAppPath(): string {
    return process.cwd();
  }
  getLocale(): string {
    return 'en-US';
  }
  appUserModelId: string | null = null;
  /** What `setLoginItemSettings` was last told (macOS and Windows). */
  loginItem = { openAtLogin: false, args: [] as string[] };
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  setLoginItemSettings(settings: { openAtLogin?: boolean; args?: string[] }): void {
    this.loginItem = { openAtLogin: settings.openAtLogin ?? false, args: settings.args ?? [] };
  }
  getLoginItemSettings(): { openAtLogin: boolean; wasOpenedAtLogin: boolean } {
    return { openAtLogin: this.loginItem.openAtLogin, wasOpenedAtLogin: false };
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }
  /** Test hook: Electron finished starting. */
  emitReady(): void {
    if (this.ready) return;
    this.ready = true;
    this.emit('ready', new FakeEvent(), {});
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }
  requestSingleInstanceLock(): boolean {
    this.lockRequested = true;
    return this.hasLock;
  }
  hasSingleInstanceLock(): boolean {
    return this.lockRequested && this.hasLock;
  }
  /** Test hook: another instance already holds the lock. */
  setAnotherInstanceRunning(isRunning: boolean): void {
    this.hasLock = !isRunning;
  }
  /** Test hook: the user launches the app a second time (from `workingDirectory`). */
  launchSecondInstance(argv: string[] = [], workingDirectory = process.cwd()): void {
    this.emit('second-instance', new FakeEvent(), argv, workingDirectory, {});
  }
  /** Like Electron: `before-quit` (preventable), windows close, then `will-quit` and `quit`. */
  quit(): void {
    this.quitCalls += 1;
    const beforeQuit = new FakeEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    for (const window of FakeBrowserWindow.getAllWindows()) {
      window.close();
      if (!window.isDestroyed()) return; // A window refused to close: quitting stops.
    }
    const willQuit = new FakeEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.emit('quit', new FakeEvent(), 0);
  }
  /** How often the app asked to be started again once it exits (a restored backup). */
  relaunchCalls = 0;
  relaunch(): void {
    this.relaunchCalls += 1;
  }
  /** The code the app last exited with (`app.exit`), or `null` while it has not. */
  exitCode: number | null = null;
  /** Like Electron: ends at once, without `before-quit` or closing windows. */
  exit(code = 0): void {
    this.exitCode = code;
    this.emit('quit', new FakeEvent(), code);
  }
}

/** A menu item as built from a template: clickable by a test. */
export interface FakeMenuItem {
  label?: string;
  role?: string;
  type?: string;
  enabled: boolean;
  visible: boolean;
  checked: boolean;
  accelerator?: string;
  submenu: FakeMenu | null;
  click: () => void;
}

type MenuTemplateItem = {
  label?: string;
  role?: string;
  type?: string;
  enabled?: boolean;
  visible?: boolean;
  checked?: boolean;
  accelerator?: string;
  submenu?: MenuTemplateItem[] | FakeMenu;
  click?: (item: FakeMenuItem, window: unknown, event: unknown) => void;
};

/** The fake `Menu`. */
export class FakeMenu {
  static applicationMenu: FakeMenu | null = null;
  readonly items: FakeMenuItem[];

  constructor(items: FakeMenuItem[] = []) {
    this.items = items;
  }
  static buildFromTemplate(template: MenuTemplateItem[]): FakeMenu {
    return new FakeMenu(
      template.map((entry) => {
        const item: FakeMenuItem = {
          enabled: entry.enabled ?? true,
          visible: entry.visible ?? true,
          checked: entry.checked ?? false,
          submenu: null,
          click: () => {},
          ...(entry.label !== undefined && { label: entry.label }),
          ...(entry.role !== undefined && { role: entry.role }),
          ...(entry.type !== undefined && { type: entry.type }),
          ...(entry.accelerator !== undefined && { accelerator: entry.accelerator }),
        };
        if (entry.submenu) {
          item.submenu =
            entry.submenu instanceof FakeMenu
              ? entry.submenu
              : FakeMenu.buildFromTemplate(entry.submenu);
        }
        item.click = () => {
          if (!item.enabled) return;
          entry.click?.(item, undefined, {});
        };
        return item;
      }),
    );
  }
  static setApplicationMenu(menu: FakeMenu | null): void {
    FakeMenu.applicationMenu = menu;
  }
  static getApplicationMenu(): FakeMenu | null {
    return FakeMenu.applicationMenu;
  }
  /** Test hook: finds an item by label, searching submenus. */
  findItem(label: string): FakeMenuItem | undefined {
    for (const item of this.items) {
      if (item.label === label) return item;
      const found = item.submenu?.findItem(label);
      if (found) return found;
    }
    return undefined;
  }
  /** Test hook: clicks the item with this label, as a user would; throws if it is missing. */
  clickItem(label: string): void {
    const item = this.findItem(label);
    if (!item) throw new Error(`No menu item labelled "${label}"`);
    item.click();
  }
}

/** The fake `Tray`. */
export class FakeTray extends EventEmitter {
  static readonly all: FakeTray[] = [];
  image: unknown;
  tooltip = '';
  title = '';
  contextMenu: FakeMenu | null = null;
  destroyed = false;
  constructor(image: unknown) {
    super();
    // Test hook: the system cannot make a tray icon (as on a desktop without a status area).
    const failure = fakeElectron.trayFailure;
    if (failure) throw failure;
    this.image = image;
    FakeTray.all.push(this);
  }
  setImage(image: unknown): void {
    this.image = image;
  }
  setToolTip(tooltip: string): void {
    this.tooltip = tooltip;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.contextMenu = menu;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** The fake `Notification`: shown ones are listed, and a test can click them. */
export class FakeNotification extends EventEmitter {
  static readonly shown: FakeNotification[] = [];
  static supported = true;
  /** The app's handler for Windows toast activations (`Notification.handleActivation`). */
  static activationHandler: ((details: { type: string; arguments: string }) => void) | null = null;
  static handleActivation(callback: (details: { type: string; arguments: string }) => void): void {
    FakeNotification.activationHandler = callback;
  }
  readonly options: Record<string, unknown>;
  /** Taken off the screen by the app (`close()`). */
  isClosed = false;
  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
  }
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  show(): void {
    FakeNotification.shown.push(this);
    this.emit('show', new FakeEvent());
  }
  close(): void {
    this.isClosed = true;
    this.emit('close', new FakeEvent());
  }
  /** Test hook: the user clicks the notification. */
  click(): void {
    this.emit('click', new FakeEvent());
  }
  /** Test hook: the user presses one of the notification's buttons (macOS, Windows). */
  pressAction(actionIndex: number): void {
    this.emit('action', Object.assign(new FakeEvent(), { actionIndex, selectionIndex: -1 }));
  }
}

/** The fake `powerMonitor`: tests emit suspend, resume, lock-screen and unlock-screen. */
class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
}

/** The fake `powerSaveBlocker`: tracks which blockers are active. */
class FakePowerSaveBlocker {
  private nextId = 1;
  readonly active = new Map<number, string>();
  start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number {
    const id = this.nextId++;
    this.active.set(id, type);
    return id;
  }
  stop(id: number): boolean {
    return this.active.delete(id);
  }
  isStarted(id: number): boolean {
    return this.active.has(id);
  }
}

/** A fake native image. */
export class FakeNativeImage {
  constructor(
    readonly source: string,
    private readonly size = { width: 16, height: 16 },
  ) {}
  isEmpty(): boolean {
    return this.source === '';
  }
  getSize(): { width: number; height: number } {
    return this.size;
  }
  resize(size: { width?: number; height?: number }): FakeNativeImage {
    return new FakeNativeImage(this.source, {
      width: size.width ?? this.size.width,
      height: size.height ?? this.size.height,
    });
  }
  setTemplateImage(): void {}
}

const fakeNativeImage = {
  createFromPath: (path: string) => new FakeNativeImage(path),
  createFromDataURL: (url: string) => new FakeNativeImage(url),
  createEmpty: () => new FakeNativeImage(''),
};

/** The fake `shell`: external opens are recorded, never performed. */
const fakeShell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    fakeShell.opened.push(url);
  },
  async openPath(path: string): Promise<string> {
    fakeShell.opened.push(path);
    return '';
  },
};

/** The fake `dialog`: answers come from a queue the test fills. */
const fakeDialog = {
  shown: [] as Record<string, unknown>[],
  errors: [] as { title: string; content: string }[],
  responses: [] as number[],
  async showMessageBox(
    ...args: unknown[]
  ): Promise<{ response: number; checkboxChecked: boolean }> {
    const options = (args.length > 1 ? args[1] : args[0]) as Record<string, unknown>;
    fakeDialog.shown.push(options);
    return { response: fakeDialog.responses.shift() ?? 0, checkboxChecked: false };
  },
  showErrorBox(title: string, content: string): void {
    fakeDialog.errors.push({ title, content });
  },
  /** What the next open dialogs answer: a file path, or `null` for Cancel (the default). */
  openAnswers: [] as (string | null)[],
  /** What the next save dialogs answer: a file path, or `null` for Cancel (the default). */
  saveAnswers: [] as (string | null)[],
  async showOpenDialog(): Promise<{ canceled: boolean; filePaths: string[] }> {
    const answer = fakeDialog.openAnswers.shift() ?? null;
    return answer === null
      ? { canceled: true, filePaths: [] }
      : { canceled: false, filePaths: [answer] };
  },
  /** The options of every save dialog shown, in order. */
  saveDialogs: [] as Record<string, unknown>[],
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    fakeDialog.saveDialogs.push((args.length > 1 ? args[1] : args[0]) as Record<string, unknown>);
    const answer = fakeDialog.saveAnswers.shift() ?? null;
    return answer === null
      ? { canceled: true, filePath: '' }
      : { canceled: false, filePath: answer };
  },
};

/** The fake `protocol`: privileged schemes and handlers are recorded; a test can fetch through them. */
const fakeProtocol = {
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges?: Record<string, boolean> }[],
  ): void {
    if (fakeApp.isReady())
      throw new Error('registerSchemesAsPrivileged must be called before app is ready');
    fakeProtocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    if (!fakeApp.isReady()) throw new Error('protocol.handle may only be used after app is ready');
    if (fakeProtocol.handlers.has(scheme))
      throw new Error(`The scheme "${scheme}" is already handled`);
    fakeProtocol.handlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    fakeProtocol.handlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return fakeProtocol.handlers.has(scheme);
  },
  /** Test hook: what a page's request for `url` gets back. */
  async fetch(url: string): Promise<Response> {
    const scheme = new URL(url).protocol.replace(/:$/, '');
    const handler = fakeProtocol.handlers.get(scheme);
    if (!handler) throw new Error(`No handler for scheme ${scheme}`);
    return handler(new Request(url));
  },
};

/** The renderer-side modules, for running the real preload against the fake main side. */
class FakeIpcRenderer extends EventEmitter {
  constructor(private readonly contents: () => FakeWebContents) {
    super();
  }
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    return fakeIpcMain.invoke(this.contents(), channel, args);
  }
}

/** The fake `screen`: one 1920×1080 display with a panel along the bottom. */
const fakeScreen = {
  getPrimaryDisplay: () => ({
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
    workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  }),
};

const fakeApp = new FakeApp();
const fakeSession = new FakeSession();
const fakeIpcMain = new FakeIpcMain();
const fakePowerMonitor = new FakePowerMonitor();
const fakePowerSaveBlocker = new FakePowerSaveBlocker();

/** Test-side controls and records of the fake. */
export const fakeElectron = {
  userDataDir: '/tmp/bedtime-stretch-test',
  rendererHost: null as RendererHost | null,
  exposed: new Map<string, unknown>(),
  /** Every script a utility process was forked for, in order. */
  utilityProcesses: fakeUtilityProcess.forked,
  /** Test hook: what `new Tray()` throws, or `null` when a tray can be made. */
  trayFailure: null as Error | null,
  /** Puts every part of the fake back to a fresh app, as at process start. */
  reset(): void {
    for (const emitter of [fakeApp, fakeIpcMain, fakePowerMonitor] as EventEmitter[]) {
      emitter.removeAllListeners();
    }
    Object.assign(fakeApp, {
      isPackaged: false,
      quitCalls: 0,
      relaunchCalls: 0,
      exitCode: null,
      ready: false,
      readyWaiters: [],
      hasLock: true,
      lockRequested: false,
      appUserModelId: null,
      loginItem: { openAtLogin: false, args: [] },
    });
    fakeSession.permissionRequestHandler = null;
    fakeSession.permissionCheckHandler = null;
    fakeIpcMain.handlers.clear();
    fakePowerSaveBlocker.active.clear();
    FakeBrowserWindow.all.length = 0;
    FakeTray.all.length = 0;
    FakeNotification.shown.length = 0;
    FakeNotification.supported = true;
    FakeNotification.activationHandler = null;
    FakeMenu.applicationMenu = null;
    fakeShell.opened.length = 0;
    fakeDialog.shown.length = 0;
    fakeDialog.errors.length = 0;
    fakeDialog.responses.length = 0;
    fakeDialog.openAnswers.length = 0;
    fakeDialog.saveAnswers.length = 0;
    fakeDialog.saveDialogs.length = 0;
    fakeProtocol.privileged.length = 0;
    fakeProtocol.handlers.clear();
    fakeElectron.exposed.clear();
    fakeElectron.rendererHost = null;
    fakeElectron.trayFailure = null;
    fakeUtilityProcess.forked.length = 0;
  },
  /** A renderer-side `ipcRenderer` bound to a window's contents; main's sends reach it. */
  createIpcRenderer(contents: FakeWebContents): FakeIpcRenderer {
    const renderer = new FakeIpcRenderer(() => contents);
    const originalSend = contents.send.bind(contents);
    contents.send = (channel: string, ...args: unknown[]) => {
      originalSend(channel, ...args);
      renderer.emit(channel, { sender: renderer }, structuredClone(args[0]));
    };
    return renderer;
  },
};

/** The renderer-side `contextBridge`: records what the preload exposes. */
export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (fakeElectron.exposed.has(key))
      throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    fakeElectron.exposed.set(key, api);
  },
};

export {
  fakeApp as app,
  FakeBrowserWindow as BrowserWindow,
  fakeIpcMain as ipcMain,
  FakeMenu as Menu,
  FakeTray as Tray,
  FakeNotification as Notification,
  fakePowerMonitor as powerMonitor,
  fakePowerSaveBlocker as powerSaveBlocker,
  fakeNativeImage as nativeImage,
  fakeShell as shell,
  fakeDialog as dialog,
  fakeProtocol as protocol,
  fakeScreen as screen,
  fakeUtilityProcess as utilityProcess,
};
export const session = { defaultSession: fakeSession };
