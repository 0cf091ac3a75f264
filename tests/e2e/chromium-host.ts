import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ipcMain, protocol, type FakeWebContents, type RendererHost } from '../fakes/electron';

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
function wrapPreload(preloadSource: string): string {
  return `(() => {
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
  // Main's messages arrive in order on one event stream from the test process.
  const contentsId = new URLSearchParams(location.search).get('__webContents');
  if (contentsId) {
    const events = new EventSource('/__fake-electron/events/' + contentsId);
    events.onmessage = (message) => {
      const [channel, payload] = JSON.parse(message.data);
      deliver(channel, payload);
    };
  }
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
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}

/**
 * A renderer host for the fake Electron that runs each window's page in real Chromium.
 *
 * The app's own `app://` protocol handler serves every request (through a loopback HTTP server,
 * since Chromium here cannot register the scheme), and the real built preload runs in the page.
 * IPC crosses between Chromium and the test process: invokes through a Playwright binding, main's
 * events through one server-sent event stream per window (cheap, ordered). What is not real:
 * Electron's process model and the isolated world of the preload.
 */
export class ChromiumHost implements RendererHost {
  private browser: Browser | null = null;
  private context: BrowserContext | null = null;
  private server: http.Server | null = null;
  private origin = '';
  private readonly pages = new Map<FakeWebContents, Page>();
  private readonly streams = new Map<number, http.ServerResponse>();
  private readonly queued = new Map<number, string[]>();
  private readonly pageWaiters = new Map<FakeWebContents, ((page: Page) => void)[]>();
  readonly consoleLines: string[] = [];

  constructor(
    private readonly preloadPath: string,
    private readonly viewport = { width: 960, height: 720 },
    /** A test's own instrumentation, run in the page before the app (never shipped). */
    private readonly initScript?: string,
  ) {}

  async start(): Promise<void> {
    this.server = http.createServer((request, response) => void this.serve(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
    this.context = await this.browser.newContext({
      viewport: this.viewport,
      colorScheme: 'dark',
      reducedMotion: 'no-preference',
    });
    if (this.initScript) await this.context.addInitScript({ content: this.initScript });
    const preload = wrapPreload(await readFile(this.preloadPath, 'utf8'));
    await this.context.addInitScript({ content: preload });
  }

  async stop(): Promise<void> {
    for (const stream of this.streams.values()) stream.end();
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
    if (!this.context) throw new Error('ChromiumHost.start() was not called');
    let page = this.pages.get(contents);
    if (!page) {
      page = await this.context.newPage();
      page.on('console', (message) =>
        this.consoleLines.push(`${message.type()}: ${message.text()}`),
      );
      page.on('pageerror', (error) =>
        this.consoleLines.push(`pageerror: ${error.stack ?? error.message}`),
      );
      await page.exposeBinding('__fakeElectronInvoke', (source, channel: string, args: unknown[]) =>
        ipcMain.invoke(contents, channel, args, {
          url: this.toAppUrl(source.frame.url()),
          parent: source.frame.parentFrame() ? contents.mainFrame : null,
        }),
      );
    }
    this.queued.delete(contents.id);
    await page.goto(this.toHttpUrl(url, contents));
    this.pages.set(contents, page);
    for (const resolve of this.pageWaiters.get(contents)?.splice(0) ?? []) resolve(page);
  }

  deliver(contents: FakeWebContents, channel: string, payload: unknown): void {
    if (!this.pages.has(contents)) return; // Like Electron: no page, nobody listening.
    const message = `data: ${JSON.stringify([channel, payload])}\n\n`;
    const stream = this.streams.get(contents.id);
    if (stream) stream.write(message);
    else this.queued.set(contents.id, [...(this.queued.get(contents.id) ?? []), message]);
  }

  async close(contents: FakeWebContents): Promise<void> {
    await this.pages.get(contents)?.close();
    this.pages.delete(contents);
  }

  private toHttpUrl(appUrl: string, contents: FakeWebContents): string {
    const url = new URL(appUrl);
    if (url.protocol !== 'app:') return appUrl;
    url.searchParams.set('__webContents', String(contents.id));
    return `${this.origin}${url.pathname}${url.search}`;
  }

  private toAppUrl(httpUrl: string): string {
    if (!httpUrl.startsWith(this.origin)) return httpUrl;
    const url = new URL(httpUrl);
    url.searchParams.delete('__webContents');
    return `app://bedtime${url.pathname}${url.search}`;
  }

  private openStream(contentsId: number, response: http.ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    response.write(': connected\n\n');
    this.streams.get(contentsId)?.end();
    this.streams.set(contentsId, response);
    for (const message of this.queued.get(contentsId)?.splice(0) ?? []) response.write(message);
    response.on('close', () => {
      if (this.streams.get(contentsId) === response) this.streams.delete(contentsId);
    });
  }

  private async serve(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const stream = /^\/__fake-electron\/events\/(\d+)$/.exec(request.url ?? '');
    if (stream) {
      this.openStream(Number(stream[1]), response);
      return;
    }
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
