import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Linter } from 'eslint';
import globals from 'globals';
import { describe, expect, it } from 'vitest';

/**
 * Names the built main bundle uses but never defines. main.js is ESM: a CommonJS-only global
 * (`__filename`, `__dirname`, `require`, `module`, `exports`) left in it by a bundled CommonJS
 * dependency throws a ReferenceError in the shipped app, and only when that code path runs.
 * ESLint's scope analysis (`no-undef`) finds every such free name.
 */
function undefinedNames(source: string, sourceType: 'module' | 'commonjs'): string[] {
  const linter = new Linter({ configType: 'flat' });
  const scopeGlobals =
    sourceType === 'module'
      ? // Node's own globals for ESM: no require, module, exports, __filename or __dirname.
        globals.nodeBuiltin
      : // A sandboxed preload: the page's globals plus the CommonJS wrapper's, and Electron's
        // limited `process` (argv, env, platform, type and a few more; no Node modules).
        {
          ...globals.browser,
          require: 'readonly',
          module: 'readonly',
          exports: 'writable',
          process: 'readonly',
        };
  const messages = linter.verify(source, [
    {
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType,
        globals: { ...globals.es2025, ...scopeGlobals },
      },
      rules: { 'no-undef': 'error' },
    },
  ]);
  const lines = source.split('\n');
  return messages
    .filter((message) => !isKnownDeadBrowserFallback(lines[message.line - 1] ?? ''))
    .map((message) => message.message);
}

/**
 * The one free browser name main's bundle may hold: strnum (under the D-Bus client's XML parser)
 * falls back to `window.parseInt` only where neither `parseInt` nor `Number.parseInt` exists,
 * which in Node is never, so that line cannot run. Any other free name still fails the check.
 */
const isKnownDeadBrowserFallback = (line: string) =>
  /^\s*if \(window && window\.parseInt\) return window\.parseInt\(\w+, \w+\);$/.test(line);

describe('the built bundles', () => {
  it('leave no CommonJS-only global in the ESM main process bundle', async () => {
    const main = await readFile(path.resolve('dist-electron/main.js'), 'utf8');
    expect(main.startsWith('import ') || /^\s*import /m.test(main)).toBe(true);
    expect(undefinedNames(main, 'module')).toEqual([]);
  });

  it('lets strnum’s dead window.parseInt fallback pass, and nothing else of the browser', () => {
    const fallback = '\tif (window && window.parseInt) return window.parseInt(e, t);';
    expect(undefinedNames(`export function f(e, t) {\n${fallback}\n}`, 'module')).toEqual([]);
    expect(undefinedNames('export const w = window.innerWidth;', 'module')).toEqual([
      "'window' is not defined.",
    ]);
  });

  it('would catch one: the check flags __filename, __dirname and require in ESM', () => {
    const leftover = 'const a = __filename; const b = __dirname; const c = require("x");';
    expect(undefinedNames(leftover, 'module')).toEqual([
      "'__filename' is not defined.",
      "'__dirname' is not defined.",
      "'require' is not defined.",
    ]);
  });

  it('give the sandboxed preload nothing to require but electron', async () => {
    const preload = await readFile(path.resolve('dist-electron/preload.cjs'), 'utf8');
    expect(undefinedNames(preload, 'commonjs')).toEqual([]);
    const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(
      (match) => match[1],
    );
    expect(new Set(required)).toEqual(new Set(['electron']));
  });
});
