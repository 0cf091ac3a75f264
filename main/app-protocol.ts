import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built renderer for the `app://bedtime/` scheme.
 *
 * Only files under `rootDir` are reachable; anything else is a 404, so a crafted URL cannot read
 * the disk. Every response carries the strict CSP header.
 */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rootDir);
  return async (request) => {
    const notFound = () =>
      new Response('Not found', {
        status: 404,
        headers: { 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.host !== APP_HOST || request.method !== 'GET') return notFound();
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    const filePath = path.resolve(root, `.${relative === '/' ? '/index.html' : relative}`);
    if (filePath !== root && !filePath.startsWith(root + path.sep)) return notFound();
    try {
      const body = await readFile(filePath);
      return new Response(body, {
        status: 200,
        headers: {
          'content-type':
            CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return notFound();
    }
  };
}
