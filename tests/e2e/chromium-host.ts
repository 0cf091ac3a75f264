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
  Object.defineProperty(window, '__fakeElectronDeliver', {
    value: (channel, payload) => {
      for (const listener of [...(listeners.get(channel) ?? [])]) listener({ sender: ipcRenderer }, payload);
    },
  });
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
 * since Chromium here cannot register the scheme), the real built preload runs in the page, and
 * IPC crosses between Chromium and the test process through a Playwright binding. What is not
 * real: Electron's process model and the isolated world of the preload.
 */
export class ChromiumHost implements RendererHost {
  private browser: Browser | null = null;
  private context: BrowserContext | null = null;
  private server: http.Server | null = null;
  private origin = '';
  private readonly pages = new Map<FakeWebContents, Page>();
  private readonly deliveries = new Map<FakeWebContents, Promise<unknown>>();
  private readonly pageWaiters = new Map<FakeWebContents, ((page: Page) => void)[]>();
  readonly consoleLines: string[] = [];

  constructor(
    private readonly preloadPath: string,
    private readonly viewport = { width: 960, height: 720 },
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
    const preload = wrapPreload(await readFile(this.preloadPath, 'utf8'));
    await this.context.addInitScript({ content: preload });
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
    if (!this.context) throw new Error('ChromiumHost.start() was not called');
    let page = this.pages.get(contents);
    if (!page) {
      page = await this.context.newPage();
      page.on('console', (message) =>
        this.consoleLines.push(`${message.type()}: ${message.text()}`),
      );
      page.on('pageerror', (error) => this.consoleLines.push(`pageerror: ${error.message}`));
      await page.exposeBinding('__fakeElectronInvoke', (source, channel: string, args: unknown[]) =>
        ipcMain.invoke(contents, channel, args, {
          url: this.toAppUrl(source.frame.url()),
          parent: source.frame.parentFrame() ? contents.mainFrame : null,
        }),
      );
    }
    await page.goto(this.toHttpUrl(url));
    this.pages.set(contents, page);
    for (const resolve of this.pageWaiters.get(contents)?.splice(0) ?? []) resolve(page);
  }

  deliver(contents: FakeWebContents, channel: string, payload: unknown): void {
    const page = this.pages.get(contents);
    if (!page) return;
    // Keep main's order: each delivery waits for the one before it.
    const previous = this.deliveries.get(contents) ?? Promise.resolve();
    const next = previous
      .then(() =>
        page.evaluate(
          ([c, p]) =>
            (
              window as unknown as { __fakeElectronDeliver?: (c: string, p: unknown) => void }
            ).__fakeElectronDeliver?.(c, p),
          [channel, payload] as const,
        ),
      )
      .catch(() => undefined);
    this.deliveries.set(contents, next);
  }

  async close(contents: FakeWebContents): Promise<void> {
    await this.pages.get(contents)?.close();
    this.pages.delete(contents);
  }

  private toHttpUrl(appUrl: string): string {
    const url = new URL(appUrl);
    return url.protocol === 'app:' ? `${this.origin}${url.pathname}${url.search}` : appUrl;
  }

  private toAppUrl(httpUrl: string): string {
    return httpUrl.startsWith(this.origin)
      ? `app://bedtime${httpUrl.slice(this.origin.length)}`
      : httpUrl;
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
