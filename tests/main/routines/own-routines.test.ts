import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InvokeMethod } from '../../../core/ipc/contract';
import { findRoutine } from '../../../core/routines/built-in-routines';
import type { Routine } from '../../../core/routines/routine-schema';
import type { FakeWebContents } from '../../fakes/electron';
import { invokeAsPage, startFakeApp } from '../../fakes/start-fake-app';

async function start(userDataDir = mkdtempSync(path.join(os.tmpdir(), 'bedtime-own-'))) {
  const running = await startFakeApp({}, null, userDataDir);
  const contents = running.window.webContents as unknown as FakeWebContents;
  const call = (method: InvokeMethod, payload?: unknown) => invokeAsPage(contents, method, payload);
  return { running, call, userDataDir };
}

const copyOf = (id: string, newId: string, name: string): Routine => ({
  ...findRoutine(id)!,
  id: newId,
  name,
});

describe('the user’s own routines in main', () => {
  it('saves a new routine and a change to it, offers it beside the built-ins, and keeps it after a relaunch', async () => {
    const first = await start();
    const mine = copyOf('before-sleep-stretches', 'my-stretches', 'My stretches');
    await expect(first.call('saveOwnRoutine', mine)).resolves.toEqual({ ok: true, value: [mine] });
    const renamed = { ...mine, name: 'My evening stretches' };
    await expect(first.call('saveOwnRoutine', renamed)).resolves.toEqual({
      ok: true,
      value: [renamed],
    });
    const listed = (await first.call('listRoutines')) as { value: Routine[] };
    expect(listed.value.map((routine) => routine.id)).toContain('my-stretches');
    expect(listed.value.at(-1)).toEqual(renamed);
    first.running.quit();

    const again = await start(first.userDataDir);
    expect(again.running.settings.get().ownRoutines).toEqual([renamed]);
    await again.call('startSession', { routineId: 'my-stretches' });
    expect(again.running.session.snapshot()).toMatchObject({
      status: 'running',
      routine: { name: 'My evening stretches' },
    });
  });

  it('says plainly when there is no room for another routine, and keeps the ones there', async () => {
    const { call, running } = await start();
    for (let index = 1; index <= 50; index += 1) {
      await call('saveOwnRoutine', copyOf('seated-stretches', `mine-${index}`, `Mine ${index}`));
    }
    await expect(
      call('saveOwnRoutine', copyOf('seated-stretches', 'one-more', 'One more')),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-allowed-now', message: expect.stringContaining('50 routines') },
    });
    expect(running.settings.get().ownRoutines).toHaveLength(50);
    // A change to one already kept still works.
    await expect(
      call('saveOwnRoutine', copyOf('seated-stretches', 'mine-1', 'Mine, renamed')),
    ).resolves.toMatchObject({ ok: true });
  });

  it('keeps built-in routines read-only, saying to make a copy', async () => {
    const { call } = await start();
    const changed = { ...findRoutine('before-sleep-stretches')!, name: 'Changed' };
    await expect(call('saveOwnRoutine', changed)).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-allowed-now', message: expect.stringContaining('Make a copy') },
    });
    expect(findRoutine('before-sleep-stretches')!.name).not.toBe('Changed');
  });

  it('refuses a routine that breaks the rules, with nothing saved', async () => {
    const { call, running } = await start();
    const broken = { ...copyOf('seated-stretches', 'broken', 'Broken'), steps: [] };
    await expect(call('saveOwnRoutine', broken)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(running.settings.get().ownRoutines).toEqual([]);
  });

  it('deletes a routine, and Tonight falls back to the recommended one if it was tonight’s', async () => {
    const { call, running } = await start();
    const mine = copyOf('seated-stretches', 'mine', 'Mine');
    await call('saveOwnRoutine', mine);
    await call('setTonightRoutine', { routineId: 'mine' });
    await expect(call('deleteOwnRoutine', { routineId: 'mine' })).resolves.toEqual({
      ok: true,
      value: [],
    });
    expect(running.settings.get().tonightRoutineId).toBe('before-sleep-stretches');
  });
});
