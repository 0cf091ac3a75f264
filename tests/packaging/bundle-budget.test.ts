import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { windowMessagesEn } from '../../core/i18n/messages-en';
import { mainMessagesEn } from '../../core/i18n/messages-main-en';

const BUDGET_GZIP_BYTES = 110 * 1024;

describe('the renderer bundle', () => {
  it('stays within its 110 KB gzipped JavaScript budget', async () => {
    const assets = path.resolve('dist/assets');
    const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    let gzipBytes = 0;
    for (const name of scripts)
      gzipBytes += gzipSync(await readFile(path.join(assets, name)), { level: 9 }).length;
    expect(gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('leaves the schema library out: the preload validates, the page only shows', async () => {
    const assets = path.resolve('dist/assets');
    const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
    for (const name of scripts) {
      const source = await readFile(path.join(assets, name), 'utf8');
      // zod 4 keeps every schema's internals under `_zod`; one value import of a schema module
      // from the renderer brings the whole library in (about 15 KB gzipped).
      expect(source.includes('._zod'), `${name} contains zod`).toBe(false);
    }
  });

  it('carries only the window’s words: main’s own (tray, dialogs, import errors) stay in main', async () => {
    const assets = path.resolve('dist/assets');
    const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
    const source = (
      await Promise.all(scripts.map((name) => readFile(path.join(assets, name), 'utf8')))
    ).join('\n');
    // Main's longer sentences, leaving out any the window happens to share words with.
    const windowTexts = Object.values(windowMessagesEn);
    const mainOnly = Object.values(mainMessagesEn).filter(
      (text) => text.length > 20 && !windowTexts.some((shared) => shared.includes(text)),
    );
    expect(mainOnly.length).toBeGreaterThan(50);
    expect(mainOnly.filter((text) => source.includes(text))).toEqual([]);
    // The window's own words are there (the check above is not vacuous).
    expect(source.includes(windowMessagesEn['tonight.intro'])).toBe(true);
  });
});
