import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { eventContract, type InvokeMethod } from '../../../core/ipc/contract';
import type { RunningApp } from '../../../main/app';
import {
  dialog,
  fakeElectron,
  powerMonitor,
  powerSaveBlocker,
  type FakeWebContents,
} from '../../fakes/electron';
import { ManualClock } from '../../fakes/manual-clock';
import { invokeAsPage, startFakeApp } from '../../fakes/start-fake-app';

const fast = { getReadySeconds: 1, nextSeconds: 1, switchSidesSeconds: 1 };

describe('the session in the running main process', () => {
  let clock: ManualClock;
  let running: RunningApp;
  let contents: FakeWebContents;
  const call = (method: InvokeMethod, payload?: unknown) => invokeAsPage(contents, method, payload);
  const sentOn = (channel: string) =>
    contents.sent.filter((message) => message.channel === channel);

  beforeEach(async () => {
    clock = new ManualClock();
    running = await startFakeApp({ clock, timelineOptions: fast });
    contents = running.window.webContents as unknown as FakeWebContents;
  });

  it('starts a routine from the renderer and sends it cues and state', async () => {
    const reply = await call('startSession', { routineId: 'before-sleep-stretches' });
    expect(reply).toMatchObject({ ok: true, value: { status: 'running', elapsedMs: 0 } });
    clock.advance(1_000);
    expect(
      sentOn(eventContract.sessionCue.channel).map((m) => (m.payload as { sound: string }).sound),
    ).toContain('start');
    expect(sentOn(eventContract.sessionState.channel).at(-1)?.payload).toMatchObject({
      status: 'running',
      elapsedMs: 1_000,
    });
  });

  it('refuses a second start clearly, and an unknown routine', async () => {
    await call('startSession', { routineId: 'before-sleep-stretches' });
    await expect(call('startSession', { routineId: 'calf-thigh-massage' })).resolves.toEqual({
      ok: false,
      error: {
        code: 'not-allowed-now',
        message: 'A routine is already in progress. Stop it before starting another.',
      },
    });
    await call('stopSession');
    await expect(call('startSession', { routineId: 'no-such-routine' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-allowed-now' },
    });
  });

  it('keeps warmth behind the reduced-feeling question', async () => {
    await expect(call('startSession', { routineId: 'warm-compress' })).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('answer the question') },
    });
    await expect(
      call('startSession', { routineId: 'warm-compress', skipHeat: true }),
    ).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('only warmth') },
    });
    const withoutHeat = await call('startSession', { routineId: 'full-wind-down', skipHeat: true });
    expect(JSON.stringify(withoutHeat)).not.toContain('"isHeat":true');
    await call('stopSession');
    await call('updateSettings', { reducedFeeling: 'yes' });
    const yes = await call('startSession', { routineId: 'full-wind-down', skipHeat: false });
    expect(yes).toMatchObject({ ok: true });
    expect(JSON.stringify(yes)).not.toContain('"isHeat":true');
    await call('stopSession');
    await call('updateSettings', { reducedFeeling: 'no' });
    await expect(call('startSession', { routineId: 'warm-compress' })).resolves.toMatchObject({
      ok: true,
    });
  });

  it('pauses on system sleep and stays paused after wake', async () => {
    await call('startSession', { routineId: 'before-sleep-stretches' });
    clock.advance(3_000);
    powerMonitor.emit('suspend');
    clock.advance(600_000);
    powerMonitor.emit('resume');
    expect(running.session.snapshot()).toMatchObject({
      status: 'paused',
      pausedReason: 'system-sleep',
      elapsedMs: 3_000,
    });
  });

  it('pauses on screen lock only when the user wants that', async () => {
    await call('startSession', { routineId: 'before-sleep-stretches' });
    powerMonitor.emit('lock-screen');
    expect(running.session.snapshot()).toMatchObject({
      status: 'paused',
      pausedReason: 'screen-locked',
    });
    await call('resumeSession');
    await call('updateSettings', { pauseOnScreenLock: false });
    powerMonitor.emit('lock-screen');
    expect(running.session.snapshot().status).toBe('running');
  });

  it('keeps the display awake while running, and only then', async () => {
    await call('startSession', { routineId: 'before-sleep-stretches' });
    expect([...powerSaveBlocker.active.values()]).toEqual(['prevent-display-sleep']);
    await call('pauseSession');
    expect(powerSaveBlocker.active.size).toBe(0);
    await call('resumeSession');
    await call('stopSession');
    expect(powerSaveBlocker.active.size).toBe(0);
  });

  it('re-syncs a reloaded page with the routine in progress', async () => {
    await call('startSession', { routineId: 'before-sleep-stretches' });
    clock.advance(5_000);
    contents.sent.length = 0;
    contents.reload();
    await new Promise((resolve) => setImmediate(resolve));
    expect(sentOn(eventContract.sessionState.channel)[0]?.payload).toMatchObject({
      status: 'running',
      elapsedMs: 5_000,
    });
    await expect(call('getSessionState')).resolves.toMatchObject({ value: { elapsedMs: 5_000 } });
    // A reloaded page has nothing: both give it the routine to draw the player with.
    const reloaded = sentOn(eventContract.sessionState.channel)[0]?.payload as {
      routine?: unknown;
    };
    expect(reloaded.routine).toMatchObject({ id: 'before-sleep-stretches' });
    const asked = (await call('getSessionState')) as { value: { routine?: unknown } };
    expect(asked.value.routine).toMatchObject({ id: 'before-sleep-stretches' });
  });

  it('sends the routine once a session: a segment change is a few hundred bytes, not the routine', async () => {
    const reply = (await call('startSession', { routineId: 'before-sleep-stretches' })) as {
      value: { routineKey: string; routine?: unknown };
    };
    expect(reply.value.routine).toMatchObject({ id: 'before-sleep-stretches' });
    const states = () =>
      sentOn(eventContract.sessionState.channel).map(
        (message) => message.payload as { routineKey?: string; routine?: unknown },
      );
    expect(states()).toHaveLength(1);
    const first = states()[0]!;
    expect(first).toMatchObject({ routineKey: reply.value.routineKey });
    expect(first.routine).toMatchObject({ id: 'before-sleep-stretches' });
    // Get ready (1 s here), then the first hold: a change of segment.
    clock.advance(1_000);
    expect(states()).toHaveLength(2);
    const change = states()[1]!;
    expect(change).toMatchObject({ routineKey: reply.value.routineKey });
    expect(change).not.toHaveProperty('routine');
    const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
    expect(bytes(change)).toBeLessThan(500);
    expect(bytes(first)).toBeGreaterThan(4 * bytes(change));
    // A control's answer leaves it out too; a restart is a new session, with its routine.
    const paused = (await call('pauseSession')) as { value: { routineKey: string } };
    expect(paused.value).not.toHaveProperty('routine');
    expect(paused.value.routineKey).toBe(reply.value.routineKey);
    expect(states().at(-1)).not.toHaveProperty('routine');
    const restarted = (await call('restartSession')) as {
      value: { routineKey: string; routine?: unknown };
    };
    expect(restarted.value.routineKey).not.toBe(reply.value.routineKey);
    expect(restarted.value.routine).toMatchObject({ id: 'before-sleep-stretches' });
    expect(states().at(-1)).toMatchObject({
      routineKey: restarted.value.routineKey,
      routine: { id: 'before-sleep-stretches' },
    });
  });

  it('keeps running while the window is hidden', async () => {
    await call('startSession', { routineId: 'before-sleep-stretches' });
    running.window.hide();
    clock.advance(4_000);
    expect(running.session.snapshot()).toMatchObject({ status: 'running', elapsedMs: 4_000 });
  });

  it('on Sleep well, closing the window puts it away without asking about a paused routine', async () => {
    await call('startSession', { routineId: 'before-sleep-stretches' });
    clock.advance(60 * 60_000);
    expect(running.session.snapshot().status).toBe('completed');
    running.window.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(dialog.shown).toEqual([]);
    // Into the tray, as with no routine at all.
    expect(running.window.isVisible()).toBe(false);
  });

  it('answers a change that cannot be saved with not-saved, in plain words, and changes nothing', async () => {
    // The user-data folder turns into a file: the next write cannot make its folder.
    await rm(fakeElectron.userDataDir, { recursive: true });
    await writeFile(fakeElectron.userDataDir, 'not a folder');
    await expect(call('updateSettings', { isMuted: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-saved', message: expect.stringContaining('could not be saved') },
    });
    await expect(call('getSettings')).resolves.toMatchObject({ value: { isMuted: false } });
    expect(sentOn(eventContract.settingsChanged.channel)).toEqual([]);
  });

  it('records the session when the user quits mid-routine', async () => {
    await call('startSession', { routineId: 'before-sleep-stretches' });
    clock.advance(2_000);
    running.quit();
    expect(running.history.entries).toEqual([
      expect.objectContaining({
        routineId: 'before-sleep-stretches',
        outcome: 'stopped',
        reachedEnd: false,
      }),
    ]);
  });

  it('answers a bad settings change with invalid-request and changes nothing', async () => {
    await expect(call('updateSettings', { volume: 5 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    await expect(call('updateSettings', { version: 2 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    await expect(call('getSettings')).resolves.toMatchObject({ value: { volume: 0.3 } });
  });
});

describe('a damaged settings file at start-up', () => {
  it('tells the user, keeps the file, and starts with the defaults', async () => {
    const userData = await mkdtemp(path.join(os.tmpdir(), 'bedtime-damaged-'));
    await writeFile(path.join(userData, 'settings.json'), '{ not json');
    const running = await startFakeApp({}, null, userData);
    expect(running.settings.get().volume).toBe(0.3);
    expect(dialog.shown).toEqual([
      expect.objectContaining({ message: expect.stringContaining('could not be read') }),
    ]);
    expect(
      (await readdir(userData)).some((name) => name.startsWith('settings.json.corrupt-')),
    ).toBe(true);
    fakeElectron.reset();
  });
});
