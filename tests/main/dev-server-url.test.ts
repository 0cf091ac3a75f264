import { describe, expect, it } from 'vitest';
import { trustedDevServerUrl } from '../../main/dev-server-url';

describe('trustedDevServerUrl', () => {
  it('trusts a dev server on this computer when the app is not packaged', () => {
    expect(trustedDevServerUrl('http://localhost:5173/', false)).toBe('http://localhost:5173/');
    expect(trustedDevServerUrl('http://127.0.0.1:40123', false)).toBe('http://127.0.0.1:40123/');
    expect(trustedDevServerUrl('http://[::1]:5173/', false)).toBe('http://[::1]:5173/');
  });

  it('never trusts one in a packaged app', () => {
    expect(trustedDevServerUrl('http://localhost:5173/', true)).toBeUndefined();
  });

  it('never trusts one elsewhere on the network, or by another scheme', () => {
    expect(trustedDevServerUrl('http://192.168.1.20:5173/', false)).toBeUndefined();
    expect(trustedDevServerUrl('https://example.com/', false)).toBeUndefined();
    expect(trustedDevServerUrl('http://localhost.example.com/', false)).toBeUndefined();
    expect(trustedDevServerUrl('file:///tmp/index.html', false)).toBeUndefined();
    expect(trustedDevServerUrl('not a url', false)).toBeUndefined();
    expect(trustedDevServerUrl(undefined, false)).toBeUndefined();
  });
});
