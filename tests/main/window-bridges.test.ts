import { beforeEach, describe, expect, it } from 'vitest';
import { bridgeKindOf } from '../../core/ipc/window-bridges';
import { createBridge } from '../../main/preload/create-bridge';
import { BrowserWindow, fakeElectron, type FakeWebContents } from '../fakes/electron';
import { ManualClock } from '../fakes/manual-clock';
import { invokeAsPage, startFakeApp } from '../fakes/start-fake-app';

/** The reminder card's window, as main makes it when a test reminder is asked for. */
async function reminderCard() {
  const running = await startFakeApp({ clock: new ManualClock() });
  const main = running.window.webContents as unknown as FakeWebContents;
  await invokeAsPage(main, 'sendTestReminder');
  const card = BrowserWindow.getAllWindows().find(
    (window) => (window as unknown) !== running.window,
  );
  if (!card) throw new Error('no reminder window');
  return { main, card: card.webContents as unknown as FakeWebContents };
}

describe('each window its own bridge', () => {
  beforeEach(() => fakeElectron.reset());

  it('gives the reminder card only what it uses: its words, zone, reminder, volume and answer', async () => {
    const { card } = await reminderCard();
    // Main names the card's bridge in its renderer's arguments, which the page cannot change.
    expect(bridgeKindOf(card.additionalArguments)).toBe('reminder-card');
    const bridge = createBridge(
      fakeElectron.createIpcRenderer(card as never) as never,
      bridgeKindOf(card.additionalArguments),
    );
    expect(Object.keys(bridge).sort()).toEqual([
      'answerReminder',
      'getSettings',
      'getShownReminder',
      'getTimeZone',
      'getWindowMessages',
      'on',
    ]);
  });

  it('gives the main window the whole bridge', async () => {
    const { main } = await reminderCard();
    expect(bridgeKindOf(main.additionalArguments)).toBe('app');
    const bridge = createBridge(fakeElectron.createIpcRenderer(main as never) as never, 'app');
    expect(Object.keys(bridge)).toEqual(
      expect.arrayContaining(['restoreBackup', 'exportJournal', 'saveDiaryEntry', 'on']),
    );
  });

  it('refuses in main what the card may not call, even asked for directly', async () => {
    const { card } = await reminderCard();
    for (const [method, payload] of [
      ['restoreBackup', { id: '2026-11-25' }],
      ['exportJournal', undefined],
      ['updateSettings', { volume: 1 }],
      ['getDiary', undefined],
    ] as const) {
      await expect(invokeAsPage(card, method, payload), method).resolves.toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    await expect(invokeAsPage(card, 'getShownReminder')).resolves.toMatchObject({ ok: true });
  });
});
