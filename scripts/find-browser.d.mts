// Types for scripts/find-browser.mjs, which stays plain JavaScript so Node scripts can run it.

/** Where findBrowser() looks; every field defaults to the real machine. */
export interface FindBrowserOptions {
  /** Environment to read CHROMIUM_PATH, PLAYWRIGHT_BROWSERS_PATH and HOME from. */
  env?: Record<string, string | undefined>;
  /** A directory standing in for `/` for the fixed system paths. */
  root?: string;
  /** Playwright's browser cache folder. */
  playwrightDir?: string;
}

/** The one line printed when no browser can be found or installed. */
export declare const HOW_TO_GET_CHROMIUM: string;

/** Fixed places a system browser lives, in the order they are tried. */
export declare const SYSTEM_BROWSER_PATHS: readonly string[];

/** Thrown when CHROMIUM_PATH names something that is not an executable file. */
export declare class BrowserPathError extends Error {}

/** The folder Playwright downloads browsers into, as playwright-core works it out. */
export declare function playwrightCacheDir(
  env?: Record<string, string | undefined>,
  platform?: NodeJS.Platform,
): string;

/** Finds a usable Chromium-family executable, or returns null. */
export declare function findBrowser(options?: FindBrowserOptions): string | null;

/** Returns findBrowser()'s path, or throws one clear line saying how to get a browser. */
export declare function requireBrowser(options?: FindBrowserOptions): string;

/** Runs the command line (`[--ensure]`); returns the exit code. */
export declare function main(
  args: readonly string[],
  env?: Record<string, string | undefined>,
): number;
