// scripts/find-browser.mjs against fake machines built in a temporary folder: fake system paths
// under a fake root, a fake Playwright cache, and a fake apt-get, so nothing real is installed.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BrowserPathError,
  HOW_TO_GET_CHROMIUM,
  findBrowser,
  playwrightCacheDir,
  requireBrowser,
} from '../../scripts/find-browser.mjs';

const script = fileURLToPath(new URL('../../scripts/find-browser.mjs', import.meta.url));

let tmp = '';
let root = '';
let cache = '';

beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'find-browser-'));
  root = path.join(tmp, 'root');
  cache = path.join(tmp, 'ms-playwright');
  mkdirSync(root);
  mkdirSync(cache);
});

afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Writes a file (an executable one unless `mode` says otherwise) and returns its path. */
function put(file: string, content = '#!/bin/sh\nexit 0\n', mode = 0o755): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  chmodSync(file, mode);
  return file;
}

/** An environment with nothing of the real machine's browsers in reach. */
const bareEnv = (extra: Record<string, string> = {}): Record<string, string> => ({
  HOME: tmp,
  PLAYWRIGHT_BROWSERS_PATH: cache,
  BEDTIME_BROWSER_SEARCH_ROOT: root,
  ...extra,
});

/** Runs the CLI with a minimal environment (no inherited CHROMIUM_PATH and the like). */
function runCli(args: string[], env: Record<string, string>) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [script, ...args], {
    env,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { ...run, ms: performance.now() - started };
}

describe('findBrowser', () => {
  it('finds nothing on a bare machine', () => {
    expect(findBrowser({ env: bareEnv() })).toBeNull();
    expect(() => requireBrowser({ env: bareEnv() })).toThrow(HOW_TO_GET_CHROMIUM);
  });

  it('prefers CHROMIUM_PATH over a system browser and the Playwright cache', () => {
    put(path.join(root, 'usr/bin/chromium'));
    put(path.join(cache, 'chromium-1255/chrome-linux64/chrome'));
    const chosen = put(path.join(tmp, 'my-chrome'));
    expect(findBrowser({ env: bareEnv({ CHROMIUM_PATH: chosen }) })).toBe(chosen);
  });

  it('rejects a CHROMIUM_PATH that is not executable, in one line, even if another exists', () => {
    put(path.join(root, 'usr/bin/chromium'));
    const notExecutable = put(path.join(tmp, 'chrome.txt'), 'not a program', 0o644);
    const attempt = () => findBrowser({ env: bareEnv({ CHROMIUM_PATH: notExecutable }) });
    expect(attempt).toThrow(BrowserPathError);
    expect(attempt).toThrow(/^CHROMIUM_PATH is ".*chrome\.txt", which is not an executable file/);
  });

  it('tries the system paths in order: Debian chromium before Google Chrome', () => {
    put(path.join(root, 'opt/google/chrome/chrome'));
    expect(findBrowser({ env: bareEnv() })).toBe(path.join(root, 'opt/google/chrome/chrome'));
    put(path.join(root, 'usr/bin/google-chrome'));
    expect(findBrowser({ env: bareEnv() })).toBe(path.join(root, 'usr/bin/google-chrome'));
    put(path.join(root, 'usr/bin/chromium'));
    expect(findBrowser({ env: bareEnv() })).toBe(path.join(root, 'usr/bin/chromium'));
  });

  it('skips a file that is not executable', () => {
    put(path.join(root, 'usr/bin/chromium'), 'text', 0o644);
    expect(findBrowser({ env: bareEnv() })).toBeNull();
  });

  it("skips Ubuntu's stub for a chromium snap that is not installed, and uses the snap when it is", () => {
    const stub =
      '#!/bin/sh\nif [ -x /snap/bin/chromium ]; then exec /snap/bin/chromium "$@"; fi\nexit 1\n';
    put(path.join(root, 'usr/bin/chromium-browser'), stub);
    expect(findBrowser({ env: bareEnv() })).toBeNull();
    put(path.join(root, 'snap/bin/chromium'));
    expect(findBrowser({ env: bareEnv() })).toBe(path.join(root, 'usr/bin/chromium-browser'));
  });

  it("finds Chromium in Playwright's cache, the newest revision first", () => {
    put(path.join(cache, 'chromium-1187/chrome-linux/chrome'));
    const newest = put(path.join(cache, 'chromium-1255/chrome-linux64/chrome'));
    put(path.join(cache, 'chromium_headless_shell-1300/chrome-linux/headless_shell'));
    expect(findBrowser({ env: bareEnv() })).toBe(newest);
  });

  it("falls back to Playwright's headless shell (old and new layouts)", () => {
    const old = put(path.join(cache, 'chromium_headless_shell-1187/chrome-linux/headless_shell'));
    expect(findBrowser({ env: bareEnv() })).toBe(old);
    const current = put(
      path.join(
        cache,
        'chromium_headless_shell-1255/chrome-headless-shell-linux64/chrome-headless-shell',
      ),
    );
    expect(findBrowser({ env: bareEnv() })).toBe(current);
  });

  it.skipIf(process.platform !== 'linux')(
    'looks in ~/.cache/ms-playwright when PLAYWRIGHT_BROWSERS_PATH is not set',
    () => {
      const env = { HOME: tmp, BEDTIME_BROWSER_SEARCH_ROOT: root };
      expect(playwrightCacheDir(env)).toBe(path.join(tmp, '.cache/ms-playwright'));
      const chrome = put(
        path.join(tmp, '.cache/ms-playwright/chromium-1255/chrome-linux64/chrome'),
      );
      expect(findBrowser({ env })).toBe(chrome);
    },
  );
});

describe('find-browser.mjs --ensure', () => {
  it('exits 0 without a word when a browser is there', () => {
    const chrome = put(path.join(tmp, 'chrome'));
    const run = runCli(['--ensure'], bareEnv({ CHROMIUM_PATH: chrome }));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
  });

  it('with nothing found and install off: exit 1, exactly one line on stderr, fast', () => {
    const run = runCli(['--ensure'], bareEnv({ BEDTIME_NO_BROWSER_INSTALL: '1' }));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([expect.stringContaining(HOW_TO_GET_CHROMIUM), '']);
    expect(run.ms).toBeLessThan(5_000); // Node's start-up; no install, no browser launch.
  });

  it('with a bad CHROMIUM_PATH: exit 1 and one line naming it, no install attempt', () => {
    const run = runCli(['--ensure'], bareEnv({ CHROMIUM_PATH: path.join(tmp, 'missing') }));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^CHROMIUM_PATH is ".*missing", which is not an executable file[^\n]*\n$/,
    );
  });

  describe.skipIf(process.platform !== 'linux')('with a fake apt-get', () => {
    /** A PATH whose apt-get (and sudo, for non-root runs) are shell scripts logging their calls. */
    function fakeAptPath(installScript: string): string {
      const bin = path.join(tmp, 'bin');
      put(path.join(bin, 'sudo'), '#!/bin/sh\n[ "$1" = -n ] && shift\nexec "$@"\n');
      put(
        path.join(bin, 'apt-get'),
        `#!/bin/sh\necho "$DEBIAN_FRONTEND $*" >> "${tmp}/apt.log"\ncase " $* " in *" install "*) ${installScript} ;; esac\n`,
      );
      return `${bin}:/usr/bin:/bin`;
    }

    it('installs chromium when none is found, then finds it', () => {
      const PATH = fakeAptPath(
        `mkdir -p "${root}/usr/bin" && printf '#!/bin/sh\\n' > "${root}/usr/bin/chromium" && chmod 755 "${root}/usr/bin/chromium"`,
      );
      const run = runCli(['--ensure'], bareEnv({ PATH }));
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.split('\n')).toEqual([
        'Installing Chromium for the browser tests (apt-get)…',
        `Using ${path.join(root, 'usr/bin/chromium')}`,
        '',
      ]);
      const log = spawnSync('cat', [path.join(tmp, 'apt.log')], { encoding: 'utf8' }).stdout;
      expect(log).toContain('noninteractive update -qq');
      expect(log).toMatch(/noninteractive .*install -y -qq chromium/);
    });

    it('when apt-get succeeds but leaves no usable browser: exit 1 and one line saying so', () => {
      const run = runCli(['--ensure'], bareEnv({ PATH: fakeAptPath('true') }));
      expect(run.status).toBe(1);
      expect(run.stderr.split('\n')).toEqual([
        `${HOW_TO_GET_CHROMIUM} (apt-get installed chromium, but no usable browser was found)`,
        '',
      ]);
    });

    it("when apt-get fails: exit 1, one line with the how-to and apt-get's error", () => {
      const PATH = fakeAptPath(`echo "E: Unable to locate package chromium" >&2; exit 100`);
      const run = runCli(['--ensure'], bareEnv({ PATH }));
      expect(run.status).toBe(1);
      const lines = run.stderr.split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain(HOW_TO_GET_CHROMIUM);
      expect(lines[0]).toContain('E: Unable to locate package chromium');
    });
  });
});
