// Finds a Chromium-family browser for the browser tests and scripts/make-icons.mjs.
//
//   node scripts/find-browser.mjs            prints the path, or one line saying how to get one
//   node scripts/find-browser.mjs --ensure   the same, but installs Debian's chromium with apt-get
//                                            first when none is found and it can (root or
//                                            passwordless sudo); prints nothing when one is found
//
// `npm test` runs `--ensure` first, so a machine without a browser stops at once with one line
// instead of a page of failed browser tests.
//
// Environment: CHROMIUM_PATH (use this executable), PLAYWRIGHT_BROWSERS_PATH (Playwright's cache),
// BEDTIME_NO_BROWSER_INSTALL=1 (never install), BEDTIME_BROWSER_SEARCH_ROOT (a directory that
// stands in for `/` when looking at the fixed system paths; for tests).
import { closeSync, openSync, readSync, readdirSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isExecutableFile } from './executable-file.mjs';
import { installChromium } from './install-chromium.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The one line printed when no browser can be found or installed. */
export const HOW_TO_GET_CHROMIUM =
  'Browser tests need Chromium: run "sudo apt-get install chromium" (Debian/Ubuntu) or set CHROMIUM_PATH to a Chrome or Chromium executable.';

/** Fixed places a system browser lives, in the order they are tried (Debian first). */
export const SYSTEM_BROWSER_PATHS = Object.freeze([
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]);

/** Executables inside a Playwright `chromium-<rev>/chrome-<platform>/` folder (Linux, macOS). */
const PLAYWRIGHT_CHROMIUM_FILES = [
  'chrome',
  'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  'Chromium.app/Contents/MacOS/Chromium',
];
/** Executables inside `chromium_headless_shell-<rev>/chrome-<platform>/` (new and old names). */
const PLAYWRIGHT_HEADLESS_SHELL_FILES = ['chrome-headless-shell', 'headless_shell'];

/** Thrown when CHROMIUM_PATH names something that is not an executable file. */
export class BrowserPathError extends Error {
  name = 'BrowserPathError';
}

/**
 * Whether `file` is a script that only hands over to a snap that is not installed.
 *
 * Ubuntu's chromium-browser deb is such a stub: it exists and is executable, yet without snapd
 * (containers, CI) it prints "requires the chromium snap" and exits 1. Reading its first bytes is
 * cheap; launching it is not.
 * @param {string} file
 * @param {string} root
 */
function isMissingSnapStub(file, root) {
  const head = Buffer.alloc(4096);
  let length;
  try {
    const fd = openSync(file, 'r');
    try {
      length = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // Executable but unreadable: not a script, so not a stub.
  }
  const text = head.toString('latin1', 0, length);
  if (!text.startsWith('#!')) return false;
  const snap = /\/snap\/bin\/[\w.-]+/.exec(text);
  return snap !== null && !isExecutableFile(path.join(root, snap[0]));
}

/**
 * @param {string} file
 * @param {string} root
 */
const isUsable = (file, root) => isExecutableFile(file) && !isMissingSnapStub(file, root);

/**
 * The folder Playwright downloads browsers into, as playwright-core works it out.
 * @param {Record<string, string | undefined>} [env]
 * @param {NodeJS.Platform} [platform]
 * @returns {string}
 */
export function playwrightCacheDir(env = process.env, platform = process.platform) {
  const configured = env['PLAYWRIGHT_BROWSERS_PATH'];
  if (configured === '0')
    return path.join(repoRoot, 'node_modules/playwright-core/.local-browsers');
  if (configured) return path.resolve(configured);
  const home = env['HOME'] || os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library/Caches/ms-playwright');
  if (platform === 'win32') {
    return path.join(env['LOCALAPPDATA'] || path.join(home, 'AppData/Local'), 'ms-playwright');
  }
  return path.join(env['XDG_CACHE_HOME'] || path.join(home, '.cache'), 'ms-playwright');
}

/**
 * Chromium executables in a Playwright cache: full Chromium before the headless shell, newest
 * revision first (an old revision may be left over from an earlier playwright-core).
 * @param {string} cacheDir
 * @returns {string[]}
 */
function playwrightCandidates(cacheDir) {
  /** @type {string[]} */
  let entries;
  try {
    entries = readdirSync(cacheDir);
  } catch {
    return [];
  }
  /**
   * @param {string} prefix
   * @param {readonly string[]} files
   */
  const inFolders = (prefix, files) =>
    entries
      .map((name) => ({ name, revision: Number(name.slice(prefix.length)) }))
      .filter(({ name, revision }) => name.startsWith(prefix) && Number.isInteger(revision))
      .sort((a, b) => b.revision - a.revision)
      .flatMap(({ name }) => {
        const folder = path.join(cacheDir, name);
        /** @type {string[]} */
        let platforms;
        try {
          platforms = readdirSync(folder)
            .filter((sub) => sub.startsWith('chrome-'))
            .sort();
        } catch {
          return [];
        }
        return platforms.flatMap((sub) => files.map((file) => path.join(folder, sub, file)));
      });
  return [
    ...inFolders('chromium-', PLAYWRIGHT_CHROMIUM_FILES),
    ...inFolders('chromium_headless_shell-', PLAYWRIGHT_HEADLESS_SHELL_FILES),
  ];
}

/**
 * Finds a usable Chromium-family executable, or returns null.
 *
 * Looks at CHROMIUM_PATH, then the fixed system paths, then Playwright's browser cache. "Usable"
 * means an executable file (and not a stub for a missing snap); the browser is not launched, so
 * this stays cheap enough to run before every test run.
 * @param {{ env?: Record<string, string | undefined>, root?: string, playwrightDir?: string }} [options]
 *   `root` stands in for `/` for the system paths; `playwrightDir` replaces the Playwright cache.
 * @returns {string | null}
 * @throws {BrowserPathError} when CHROMIUM_PATH is set but is not an executable file: the user
 *   asked for that browser, so quietly using another would hide the mistake.
 */
export function findBrowser(options = {}) {
  const env = options.env ?? process.env;
  const root = options.root ?? (env['BEDTIME_BROWSER_SEARCH_ROOT'] || '/');
  const chosen = env['CHROMIUM_PATH'];
  if (chosen) {
    if (isExecutableFile(chosen)) return chosen;
    throw new BrowserPathError(
      `CHROMIUM_PATH is "${chosen}", which is not an executable file: point it at a Chrome or Chromium executable, or unset it.`,
    );
  }
  const candidates = [
    ...SYSTEM_BROWSER_PATHS.map((file) => path.join(root, file)),
    ...playwrightCandidates(options.playwrightDir ?? playwrightCacheDir(env)),
  ];
  return candidates.find((file) => isUsable(file, root)) ?? null;
}

/**
 * Returns findBrowser()'s path, or throws one clear line saying how to get a browser.
 * @param {{ env?: Record<string, string | undefined>, root?: string, playwrightDir?: string }} [options]
 * @returns {string}
 */
export function requireBrowser(options = {}) {
  const found = findBrowser(options);
  if (!found) throw new Error(HOW_TO_GET_CHROMIUM);
  return found;
}

/**
 * Runs the command line; returns the exit code.
 * @param {readonly string[]} args
 * @param {Record<string, string | undefined>} [env]
 * @returns {number}
 */
export function main(args, env = process.env) {
  const ensure = args.includes('--ensure');
  if (args.some((arg) => arg !== '--ensure')) {
    process.stderr.write('usage: node scripts/find-browser.mjs [--ensure]\n');
    return 2;
  }
  try {
    let found = findBrowser({ env });
    if (!ensure) {
      process.stdout.write(found ? `${found}\n` : '');
      if (!found) process.stderr.write(`${HOW_TO_GET_CHROMIUM}\n`);
      return found ? 0 : 1;
    }
    if (found) return 0;
    const whyNot = installChromium(env);
    found = findBrowser({ env });
    if (found) {
      process.stdout.write(`Using ${found}\n`);
      return 0;
    }
    process.stderr.write(`${HOW_TO_GET_CHROMIUM}${whyNot ? ` (${whyNot})` : ''}\n`);
    return 1;
  } catch (error) {
    // One line, never a stack trace: the message says what to do.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** Whether Node was started on this file (rather than importing it). */
function runAsScript() {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (runAsScript()) {
  process.exitCode = main(process.argv.slice(2));
}
