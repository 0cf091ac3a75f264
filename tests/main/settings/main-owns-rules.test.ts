import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InvokeMethod } from '../../../core/ipc/contract';
import { findRoutine } from '../../../core/routines/built-in-routines';
import type { Routine } from '../../../core/routines/routine-schema';
import { Tray, type FakeWebContents } from '../../fakes/electron';
import { ManualClock } from '../../fakes/manual-clock';
import { invokeAsPage, startFakeApp } from '../../fakes/start-fake-app';

async function start(settingsOnDisk?: object) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'bedtime-rules-'));
  const userData = path.join(folder, 'user-data');
  if (settingsOnDisk) {
    mkdirSync(userData, { recursive: true });
    writeFileSync(path.join(userData, 'settings.json'), JSON.stringify(settingsOnDisk));
  }
  const running = await startFakeApp({ clock: new ManualClock() }, null, userData);
  const contents = running.window.webContents as unknown as FakeWebContents;
  const call = (method: InvokeMethod, payload?: unknown) => invokeAsPage(contents, method, payload);
  return { running, call };
}

const mine: Routine = { ...findRoutine('seated-stretches')!, id: 'mine', name: 'Mine' };

describe('main keeps its own rules: the window’s settings patch carries plain preferences only', () => {
  it.each([
    ['own routines whole', { ownRoutines: [{ ...mine, id: 'before-sleep-stretches' }] }],
    ['the reminder’s state', { reminderState: { skippedEvening: '2026-11-25' } }],
    ['a routine’s favoured leg, all of them at once', { routineFavour: { mine: 'left' } }],
    ['tonight’s routine', { tonightRoutineId: 'no-such-routine' }],
    ['the trial', { trial: null }],
    ['the doctor’s check of the leg', { legCheckedAtMs: 0 }],
  ])('refuses %s through updateSettings, and changes nothing', async (_what, patch) => {
    const { running, call } = await start();
    const before = running.settings.get();
    await expect(call('updateSettings', { ...patch, volume: 0.9 })).resolves.toMatchObject({
      ok: false,
    });
    expect(running.settings.get()).toEqual(before);
  });

  it('makes a routine tonight’s only if it exists, built-in or the user’s own', async () => {
    const { running, call } = await start();
    await expect(
      call('setTonightRoutine', { routineId: 'no-such-routine' }),
    ).resolves.toMatchObject({ ok: false, error: { message: 'That routine could not be found.' } });
    expect(running.settings.get().tonightRoutineId).toBe('before-sleep-stretches');
    await call('saveOwnRoutine', mine);
    await call('setTonightRoutine', { routineId: 'mine' });
    expect(running.settings.get().tonightRoutineId).toBe('mine');
    await call('setTonightRoutine', { routineId: 'cramp-now' });
    expect(running.settings.get().tonightRoutineId).toBe('cramp-now');
  });

  it('keeps two changes of favoured leg made at once: neither is lost', async () => {
    const { running, call } = await start();
    await call('saveOwnRoutine', mine);
    await Promise.all([
      call('setRoutineFavour', { routineId: 'mine', favour: 'left' }),
      call('setRoutineFavour', { routineId: 'seated-stretches', favour: 'none' }),
    ]);
    expect(running.settings.get().routineFavour).toEqual({
      mine: 'left',
      'seated-stretches': 'none',
    });
    await call('setRoutineFavour', { routineId: 'mine', favour: 'usual' });
    expect(running.settings.get().routineFavour).toEqual({ 'seated-stretches': 'none' });
    await expect(
      call('setRoutineFavour', { routineId: 'gone', favour: 'left' }),
    ).resolves.toMatchObject({ ok: false });
  });

  it('starts the recommended routine from the tray when tonight’s no longer exists', async () => {
    const { running } = await start({ version: 1, tonightRoutineId: 'deleted-long-ago' });
    const menu = Tray.all.at(-1)!.contextMenu!;
    menu.clickItem('Start tonight’s routine: Before sleep: calf and hamstring stretches');
    const snapshot = running.session.snapshot();
    expect(snapshot.status === 'running' && snapshot.routine.id).toBe('before-sleep-stretches');
  });
});
