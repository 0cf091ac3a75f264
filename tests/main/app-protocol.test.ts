import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../main/app-protocol';

describe('app:// protocol handler', () => {
  let root: string;
  let outside: string;
  beforeAll(async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'bedtime-protocol-'));
    root = path.join(base, 'dist');
    outside = path.join(base, 'secret.txt');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><p>hi</p>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(root, 'assets', 'bell one.ogg'), 'OggS');
    await writeFile(outside, 'private');
  });

  const get = (url: string, method = 'GET') =>
    createAppProtocolHandler(root)(new Request(url, { method }));

  it('serves the start page with the strict CSP and the right type', async () => {
    const response = await get('app://bedtime/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(await response.text()).toContain('<p>hi</p>');
  });

  it('serves "/" as the start page and assets with their types, spaces and all', async () => {
    expect((await get('app://bedtime/')).status).toBe(200);
    expect((await get('app://bedtime/assets/app.js')).headers.get('content-type')).toContain(
      'text/javascript',
    );
    expect((await get('app://bedtime/assets/bell%20one.ogg')).headers.get('content-type')).toBe(
      'audio/ogg',
    );
  });

  it('never serves files outside the renderer folder', async () => {
    for (const url of [
      'app://bedtime/../secret.txt',
      'app://bedtime/%2e%2e/secret.txt',
      'app://bedtime/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://bedtime/%2e%2e%5csecret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
    }
  });

  it('answers 404 for another host, a missing file, a bad escape or a non-GET', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://bedtime/missing.js')).status).toBe(404);
    expect((await get('app://bedtime/%E0%A4%A')).status).toBe(404);
    expect((await get('app://bedtime/index.html', 'POST')).status).toBe(404);
  });
});
