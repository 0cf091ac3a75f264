import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eventContract, invokeContract } from '../../core/ipc/contract';
import { windowMessagesEn } from '../../core/i18n/messages-en';
import { sendEvent } from '../../main/ipc';
import { createBridge } from '../../main/preload/create-bridge';
import { fakeElectron } from '../fakes/electron';
import { startFakeApp } from '../fakes/start-fake-app';

describe('the preload bridge against the real main handlers', () => {
  beforeEach(() => fakeElectron.reset());

  it('exposes one named method per invoke channel, plus on(), and nothing else', async () => {
    const { window } = await startFakeApp();
    const bridge = createBridge(
      fakeElectron.createIpcRenderer(window.webContents as never) as never,
    );
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(invokeContract), 'on'].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('send');
  });

  it('round-trips a call through main', async () => {
    const { window } = await startFakeApp();
    const bridge = createBridge(
      fakeElectron.createIpcRenderer(window.webContents as never) as never,
    );
    await expect(bridge.getAppInfo()).resolves.toEqual({
      ok: true,
      value: { name: 'Bedtime Stretch', version: '0.1.0', isPackaged: false },
    });
  });

  it('gives the page every word of the window’s catalog, checked by the preload', async () => {
    const { window } = await startFakeApp();
    const bridge = createBridge(
      fakeElectron.createIpcRenderer(window.webContents as never) as never,
    );
    const words = await bridge.getWindowMessages();
    expect(words).toEqual({ ok: true, value: windowMessagesEn });
  });

  it('turns a reply that breaks the contract into invalid-response', async () => {
    const ipc = {
      invoke: vi.fn(async () => ({ ok: true, value: { name: 7 } })),
      on: vi.fn(),
      removeListener: vi.fn(),
    };
    const bridge = createBridge(ipc as never);
    await expect(bridge.getAppInfo()).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-response' },
    });
  });

  it('delivers valid events, drops malformed ones, and stops on unsubscribe', async () => {
    const { window } = await startFakeApp();
    const renderer = fakeElectron.createIpcRenderer(window.webContents as never);
    const bridge = createBridge(renderer as never);
    const seen: unknown[] = [];
    const stop = bridge.on('navigate', (payload) => seen.push(payload));

    sendEvent(window.webContents, 'navigate', { screen: 'journal' });
    window.webContents.send(eventContract.navigate.channel, { screen: 'the-moon' });
    expect(seen).toEqual([{ screen: 'journal' }]);

    stop();
    sendEvent(window.webContents, 'navigate', { screen: 'settings' });
    expect(seen).toHaveLength(1);
  });

  it('main refuses to send an event that breaks the contract', async () => {
    const { window } = await startFakeApp();
    expect(() =>
      sendEvent(window.webContents, 'navigate', { screen: 'nowhere' } as never),
    ).toThrow();
  });
});
