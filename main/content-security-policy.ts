/**
 * The production Content-Security-Policy: only the app's own files, no inline or eval'd script,
 * no remote content of any kind.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' blob: data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** The policy as a response header (sent by the app:// protocol). */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** The same policy for the page's meta tag; `frame-ancestors` is only honoured as a header. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');
