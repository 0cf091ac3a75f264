import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Frame,
  type Page,
} from 'playwright-core';
import { requireBrowser } from '../../scripts/find-browser.mjs';
import {
  ipcMain,
  protocol,
  type FakeFrame,
  type FakePrintToPdfOptions,
  type FakeWebContents,
  type RendererHost,
} from '../fakes/electron';
import { FakeEvent } from '../fakes/fake-event';

/** Chromium flags: the app's autoplay policy, and no background traffic on a closed network. */
const CHROMIUM_ARGS = [
  '--autoplay-policy=no-user-gesture-required',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

/**
 * Wraps the built CommonJS preload so it runs in the page as Electron's sandboxed preload would:
 * with a `require` that only knows `electron`, whose `ipcRenderer` and `contextBridge` are wired
 * to the test process through one Playwright binding.
 */
function wrapPreload(preloadSource: string, additionalArguments: readonly string[]): string {
  return `(() => {
  // Like Electron with nodeIntegrationInSubFrames off: the preload runs in the main frame only.
  if (window !== window.top) return;
  const listeners = new Map();
  const ipcRenderer = {
    invoke: (channel, ...args) => window.__fakeElectronInvoke(channel, args),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  const deliver = (channel, payload) => {
    for (const listener of [...(listeners.get(channel) ?? [])]) listener({ sender: ipcRenderer }, payload);
  };
  // Main's messages arrive in order from the test process, which calls this over DevTools.
  Object.defineProperty(window, '__fakeElectronDeliver', { value: deliver });
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: api, enumerable: true });
    },
  };
  const module = { exports: {} };
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error('module not found: ' + name);
  };
  // A sandboxed preload's process: its arguments end with the window's additionalArguments.
  const process = Object.freeze({
    argv: Object.freeze(['electron', '--type=renderer', ...${JSON.stringify(additionalArguments)}]),
    sandboxed: true,
    contextIsolated: true,
    type: 'renderer',
  });
  (function (require, module, exports, process) {
${preloadSource}
  })(require, module, module.exports, process);
})();`;
}

/**
 * A renderer host for the fake Electron that runs each window's page in real Chromium.
 *
 * A loopback HTTP server answers every page request through the app's own `app://` protocol
 * handler (Chromium here cannot register the scheme), and the real built preload runs in the page.
 * Nothing is rewritten on the way to main: the frame URL and parent that main's sender check reads
 * are the page's real ones, so a page at any origin main does not trust is refused. Tests start
 * main with this server as its (loopback, unpackaged) dev server, which main trusts for that
 * reason alone. IPC crosses between Chromium and the test process: invokes through a Playwright
 * binding, main's events as one DevTools call each into the page (ordered, and no heavier than
 * Electron's own IPC: no network request per message, as an event stream would cost). What
 * is not real: Electron's process model and the isolated world of the preload.
 */
export class ChromiumHost implements RendererHost {
  private browser: Browser | null = null;
  private context: BrowserContext | null = null;
  private server: http.Server | null = null;
  private preloadSource = '';
  private loopbackOrigin = '';
  private readonly pages = new Map<FakeWebContents, Page>();
  /** Pages whose renderer is gone (crashed or ended by main); never loaded into again. */
  private readonly retired = new Set<Page>();
  /** One DevTools session per page, to deliver main's events into it. */
  private readonly devTools = new Map<Page, CDPSession>();
  private readonly pageWaiters = new Map<FakeWebContents, ((page: Page) => void)[]>();
  readonly consoleLines: string[] = [];

  constructor(
    private readonly preloadPath: string,
    private readonly viewport = { width: 960, height: 720 },
    /** A test's own instrumentation, run in the page before the app (never shipped). */
    private readonly initScript?: string,
  ) {}

  /** The loopback origin the pages are served from (main's dev server in tests). */
  get origin(): string {
    return this.loopbackOrigin;
  }

  async start(): Promise<void> {
    this.server = http.createServer((request, response) => void this.serve(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.loopbackOrigin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.browser = await chromium.launch({
      executablePath: requireBrowser(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
    this.context = await this.browser.newContext({
      viewport: this.viewport,
      colorScheme: 'dark',
      reducedMotion: 'no-preference',
    });
    if (this.initScript) await this.context.addInitScript({ content: this.initScript });
    this.preloadSource = await readFile(this.preloadPath, 'utf8');
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  /** The page showing a window's contents, once it has loaded. */
  pageFor(contents: FakeWebContents): Promise<Page> {
    const page = this.pages.get(contents);
    if (page) return Promise.resolve(page);
    return new Promise((resolve) => {
      const waiters = this.pageWaiters.get(contents) ?? [];
      waiters.push(resolve);
      this.pageWaiters.set(contents, waiters);
    });
  }

  async load(contents: FakeWebContents, url: string): Promise<void> {
    let page = this.pages.get(contents);
    // A renderer that is gone stays gone; the reload gets a fresh page, as in Electron.
    if (!page || this.retired.has(page)) page = await this.openPage(contents);
    this.pages.delete(contents);
    await page.goto(this.toLoadableUrl(url));
    contents.mainFrame.url = page.url();
    this.pages.set(contents, page);
    for (const resolve of this.pageWaiters.get(contents)?.splice(0) ?? []) resolve(page);
  }

  deliver(contents: FakeWebContents, channel: string, payload: unknown): void {
    const page = this.pages.get(contents);
    const devTools = page && this.devTools.get(page);
    if (!devTools) return; // Like Electron: no page, nobody listening.
    // JSON is a JavaScript expression; commands on one session run in the order they are sent.
    const call = `__fakeElectronDeliver(${JSON.stringify(channel)}, ${JSON.stringify(payload)})`;
    devTools.send('Runtime.evaluate', { expression: call }).catch(() => undefined);
  }

  async close(contents: FakeWebContents): Promise<void> {
    await this.pages.get(contents)?.close();
    this.pages.delete(contents);
  }

  /** Test hook: crashes the renderer of a window's page for real (Chromium's own crash URL). */
  async crash(contents: FakeWebContents): Promise<void> {
    const page = this.pages.get(contents);
    if (!page) return;
    const crashed = new Promise((resolve) => page.once('crash', resolve));
    await page.goto('chrome://crash').catch(() => undefined);
    await crashed;
  }

  /**
   * Electron's `printToPDF` on a window's page, done by this Chromium's own print (Playwright's
   * `page.pdf`, the same DevTools print Electron's rests on): Electron's options mapped across,
   * margins from inches.
   */
  async printToPDF(contents: FakeWebContents, options: FakePrintToPdfOptions): Promise<Buffer> {
    const page = this.pages.get(contents);
    if (!page) throw new Error('No page to print');
    const inches = (value: number | undefined) => (value === undefined ? undefined : `${value}in`);
    const size = options.pageSize ?? 'Letter';
    return page.pdf({
      displayHeaderFooter: options.displayHeaderFooter ?? false,
      headerTemplate: options.headerTemplate,
      footerTemplate: options.footerTemplate,
      printBackground: options.printBackground ?? false,
      landscape: options.landscape,
      scale: options.scale,
      pageRanges: options.pageRanges,
      preferCSSPageSize: options.preferCSSPageSize,
      tagged: options.generateTaggedPDF ?? false,
      outline: options.generateDocumentOutline ?? false,
      ...(typeof size === 'string'
        ? { format: size }
        : { width: `${size.width}in`, height: `${size.height}in` }),
      // Electron's default margins are 1 cm each.
      margin: {
        top: inches(options.margins?.top) ?? '1cm',
        bottom: inches(options.margins?.bottom) ?? '1cm',
        left: inches(options.margins?.left) ?? '1cm',
        right: inches(options.margins?.right) ?? '1cm',
      },
    });
  }

  /** Main ended this page's renderer: it is closed, and the next load opens a fresh page. */
  discard(contents: FakeWebContents): void {
    const page = this.pages.get(contents);
    if (!page) return;
    this.pages.delete(contents);
    this.retired.add(page);
    void page.close().catch(() => undefined);
  }

  private async openPage(contents: FakeWebContents): Promise<Page> {
    if (!this.context) throw new Error('ChromiumHost.start() was not called');
    const page = await this.context.newPage();
    page.on('console', (message) => this.consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) =>
      this.consoleLines.push(`pageerror: ${error.stack ?? error.message}`),
    );
    page.on('crash', () => {
      if (this.retired.has(page)) return;
      this.retired.add(page);
      this.pages.delete(contents);
      contents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 1 });
    });
    // The built preload, in every load of the page.
    await page.addInitScript({
      content: wrapPreload(this.preloadSource, contents.additionalArguments),
    });
    this.devTools.set(page, await this.context.newCDPSession(page));
    await page.exposeBinding('__fakeElectronInvoke', (source, channel: string, args: unknown[]) =>
      ipcMain.invoke(contents, channel, args, frameAsMainSeesIt(source.frame)),
    );
    return page;
  }

  /**
   * Chromium cannot show the app scheme, so an `app://` URL is fetched from the loopback server
   * instead; the page then really is at the loopback origin, and main sees it there.
   */
  private toLoadableUrl(url: string): string {
    const parsed = new URL(url);
    if (parsed.protocol !== 'app:') return url;
    return `${this.loopbackOrigin}${parsed.pathname}${parsed.search}`;
  }

  private async serve(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const handler = protocol.handlers.get('app');
    if (!handler) {
      response.writeHead(503).end();
      return;
    }
    const reply = await handler(
      new Request(`app://bedtime${request.url ?? '/'}`, { method: request.method ?? 'GET' }),
    );
    response.writeHead(reply.status, Object.fromEntries(reply.headers.entries()));
    response.end(Buffer.from(await reply.arrayBuffer()));
  }
}

/** A Chromium frame as Electron's `senderFrame` would show it: its real URL and real parents. */
function frameAsMainSeesIt(frame: Frame): FakeFrame {
  const parent = frame.parentFrame();
  return { url: frame.url(), parent: parent ? frameAsMainSeesIt(parent) : null };
}
