import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

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
});
