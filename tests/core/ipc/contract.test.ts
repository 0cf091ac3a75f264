import { describe, expect, it } from 'vitest';
import { allChannels, eventContract, invokeContract } from '../../../core/ipc/contract';
import { ipcResultSchema } from '../../../core/ipc/ipc-result';
import { AppInfoSchema } from '../../../core/ipc/app-info';

describe('the IPC contract', () => {
  it('gives every channel a unique area:verb name', () => {
    expect(new Set(allChannels).size).toBe(allChannels.length);
    for (const channel of allChannels) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
  });

  it('lists the invoke and event channels the app uses', () => {
    expect(Object.keys(invokeContract)).toContain('getAppInfo');
    expect(Object.keys(eventContract)).toContain('navigate');
  });

  it('wraps replies in an ok/error envelope', () => {
    const schema = ipcResultSchema(AppInfoSchema);
    expect(
      schema.safeParse({ ok: true, value: { name: 'a', version: '1', isPackaged: true } }).success,
    ).toBe(true);
    expect(
      schema.safeParse({ ok: false, error: { code: 'forbidden', message: 'no' } }).success,
    ).toBe(true);
    expect(schema.safeParse({ ok: false, error: { code: 'teapot', message: 'no' } }).success).toBe(
      false,
    );
    expect(schema.safeParse({ ok: true, value: { name: 'a' } }).success).toBe(false);
  });
});
