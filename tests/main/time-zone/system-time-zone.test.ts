import { describe, expect, it } from 'vitest';
import { readSystemTimeZone, type TimeZoneSources } from '../../../main/time-zone/system-time-zone';

const sources = (overrides: Partial<TimeZoneSources>): TimeZoneSources => ({
  platform: 'linux',
  env: {},
  readLink: () => '/usr/share/zoneinfo/Europe/London',
  runtimeZone: () => 'UTC',
  ...overrides,
});

describe('the system time zone, read afresh', () => {
  it('follows /etc/localtime as it changes while the app runs (Linux and macOS)', () => {
    let link = '/usr/share/zoneinfo/Europe/London';
    const live = sources({ readLink: () => link });
    expect(readSystemTimeZone(live)).toBe('Europe/London');
    link = '/var/db/timezone/zoneinfo/Australia/Lord_Howe';
    expect(readSystemTimeZone(live)).toBe('Australia/Lord_Howe');
  });

  it('lets TZ win, as the runtime does', () => {
    expect(readSystemTimeZone(sources({ env: { TZ: 'Asia/Kolkata' } }))).toBe('Asia/Kolkata');
  });

  it('falls back to the runtime’s zone when the link is missing, not a zone, or on Windows', () => {
    const missing = () => {
      throw Object.assign(new Error('EINVAL'), { code: 'EINVAL' });
    };
    expect(readSystemTimeZone(sources({ readLink: missing }))).toBe('UTC');
    expect(readSystemTimeZone(sources({ readLink: () => '/etc/somewhere/else' }))).toBe('UTC');
    expect(readSystemTimeZone(sources({ readLink: () => '/x/zoneinfo/Not/AZone' }))).toBe('UTC');
    expect(readSystemTimeZone(sources({ platform: 'win32' }))).toBe('UTC');
    expect(readSystemTimeZone(sources({ env: { TZ: 'Nowhere/Land' } }))).toBe('Europe/London');
  });
});
