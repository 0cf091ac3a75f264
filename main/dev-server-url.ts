const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL the app may load, or `undefined`.
 *
 * Only an unpackaged app trusts a dev server, and only one on this computer (loopback, plain
 * http or https): a packaged app, or an address elsewhere, always gets the app's own files.
 */
export function trustedDevServerUrl(
  rawUrl: string | undefined,
  isPackaged: boolean,
): string | undefined {
  if (isPackaged || !rawUrl) return undefined;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return undefined;
  }
  const isWeb = url.protocol === 'http:' || url.protocol === 'https:';
  return isWeb && LOOPBACK_HOSTS.has(url.hostname) ? url.href : undefined;
}
