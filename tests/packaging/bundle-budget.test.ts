import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { windowMessagesEn } from '../../core/i18n/messages-en';
import { mainMessagesEn } from '../../core/i18n/messages-main-en';
import { startupMessagesEn } from '../../core/i18n/messages-startup-en';

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

  it('carries no catalog but its start-up words: main sends the window’s words in the user’s language', async () => {
    const assets = path.resolve('dist/assets');
    const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
    const source = (
      await Promise.all(scripts.map((name) => readFile(path.join(assets, name), 'utf8')))
    ).join('\n');
    // Every longer sentence of the whole catalog, but the page's own few start-up words.
    const startup = Object.values(startupMessagesEn);
    const sentences = [...Object.values(windowMessagesEn), ...Object.values(mainMessagesEn)].filter(
      (text) => text.length > 20 && !startup.some((own) => own.includes(text)),
    );
    expect(sentences.length).toBeGreaterThan(200);
    expect(sentences.filter((text) => source.includes(text))).toEqual([]);
    // The start-up words are there (the check above is not vacuous).
    expect(source.includes(startupMessagesEn['error.bridgeMissing'])).toBe(true);
  });
});
