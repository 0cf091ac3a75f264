import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { InvokeMethod } from '../../../core/ipc/contract';
import { eventContract } from '../../../core/ipc/contract';
import type { TrialView } from '../../../core/trial/trial-view';
import { app, fakeElectron, Notification, type FakeWebContents } from '../../fakes/electron';
import { ManualClock } from '../../fakes/manual-clock';
import { invokeAsPage, startFakeApp } from '../../fakes/start-fake-app';

const HOUR = 3_600_000;

/** The app on the fake shell, the clock at Wednesday 25 November 2026, 21:30 UTC. */
async function start(
  folder = mkdtempSync(path.join(os.tmpdir(), 'bedtime-trial-')),
  clock = new ManualClock(),
) {
  const running = await startFakeApp({ clock, timeZone: () => 'UTC' }, null, folder);
  const contents = running.window.webContents as unknown as FakeWebContents;
  const call = (method: InvokeMethod, payload?: unknown) => invokeAsPage(contents, method, payload);
  const trial = async (method: InvokeMethod = 'getTrial', payload?: unknown) => {
    const result = (await call(method, payload)) as { ok: true; value: TrialView };
    expect(result).toMatchObject({ ok: true });
    return result.value;
  };
  const quit = async () => {
    const hasQuit = new Promise<void>((resolve) => app.once('quit', () => resolve()));
    running.quit();
    await hasQuit;
  };
  return { folder, clock, contents, call, trial, quit };
}

describe('the personal trial in main', () => {
  afterEach(() => fakeElectron.reset());

  it('starts tonight, is saved to disk, and is there again after a relaunch', async () => {
    const first = await start();
    expect((await first.trial()).trial).toBeNull();
    const started = await first.trial('actOnTrial', { kind: 'start', pairs: 5 });
    expect(started.trial).toMatchObject({
      status: 'running',
      startDate: '2026-11-25',
      endDate: '2027-02-02',
      night: 1,
      totalNights: 70,
      tonight: { kind: 'scheduled', isWashout: true, nightOfBlock: 1, nightsPerBlock: 7 },
    });
    // The window hears of it.
    expect(
      first.contents.sent.some((message) => message.channel === eventContract.trialChanged.channel),
    ).toBe(true);
    const saved = JSON.parse(readFileSync(path.join(first.folder, 'settings.json'), 'utf8'));
    expect(saved.trial.plan).toMatchObject({ start: '2026-11-25', pairs: 5 });
    expect(saved.trial.plan.seed).toEqual(expect.any(Number));
    await first.quit();

    const second = await start(first.folder);
    expect((await second.trial()).trial).toEqual(started.trial);
    await second.quit();
  });

  it('refuses a second start while one runs, in words for the user, and changes nothing', async () => {
    const { call, trial, quit } = await start();
    const started = await trial('actOnTrial', { kind: 'start', pairs: 4 });
    await expect(call('actOnTrial', { kind: 'start', pairs: 6 })).resolves.toEqual({
      ok: false,
      error: {
        code: 'not-allowed-now',
        message: 'A trial is already under way. Stop it first to start a new one.',
      },
    });
    expect(await trial()).toEqual(started);
    await quit();
  });

  it('pauses, resumes, makes it longer and stops, each from the night it is asked', async () => {
    const { clock, trial, quit } = await start();
    await trial('actOnTrial', { kind: 'start', pairs: 4 });
    clock.advance(3 * 24 * HOUR); // the evening of the 28th
    expect((await trial('actOnTrial', { kind: 'pause' })).trial).toMatchObject({
      status: 'paused',
      since: '2026-11-28',
      tonight: { kind: 'paused' },
    });
    clock.advance(2 * 24 * HOUR); // the 30th: two nights were left out
    const resumed = (await trial('actOnTrial', { kind: 'resume' })).trial!;
    expect(resumed).toMatchObject({ status: 'running', night: 4, endDate: '2027-01-21' });
    expect((await trial('actOnTrial', { kind: 'extend' })).trial).toMatchObject({
      totalNights: 70,
      endDate: '2027-02-04',
      canExtend: true,
    });
    expect((await trial('actOnTrial', { kind: 'stop' })).trial).toMatchObject({
      status: 'stopped',
      since: '2026-11-30',
      endDate: '2026-11-29',
      tonight: null,
    });
    await quit();
  });

  it('says tonight’s place in the trial in the reminder', async () => {
    const { call, trial, quit } = await start();
    const started = (await trial('actOnTrial', { kind: 'start', pairs: 4 })).trial!;
    await call('sendTestReminder');
    const notification = Notification.shown.at(-1)!;
    if (started.tonight?.kind === 'scheduled' && started.tonight.arm === 'none') {
      expect(notification.options['title']).toBe('Tonight is a night off');
      expect(notification.options['body']).toContain('a night without the routine');
    } else {
      expect(notification.options['title']).toBe('Time for your bedtime stretch');
      expect(notification.options['body']).toContain(
        'In your trial, tonight is a night with the routine.',
      );
    }
    await expect(call('getShownReminder')).resolves.toMatchObject({
      value: { trialArm: started.tonight?.kind === 'scheduled' ? started.tonight.arm : undefined },
    });
    await quit();
  });

  it('the window cannot set a trial through the settings', async () => {
    const { call, quit } = await start();
    const result = await call('updateSettings', {
      trial: { plan: { start: '2026-11-25', seed: 1 } },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await quit();
  });
});
