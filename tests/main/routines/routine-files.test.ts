import { mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InvokeMethod } from '../../../core/ipc/contract';
import { findRoutine } from '../../../core/routines/built-in-routines';
import { parseRoutineFile } from '../../../core/routines/routine-file';
import type { Routine } from '../../../core/routines/routine-schema';
import { eventContract } from '../../../core/ipc/contract';
import { app, dialog, type FakeWebContents } from '../../fakes/electron';
import { FakeEvent } from '../../fakes/fake-event';
import { invokeAsPage, startFakeApp } from '../../fakes/start-fake-app';

async function start() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'bedtime-files-'));
  const running = await startFakeApp({}, null, path.join(folder, 'user-data'));
  const contents = running.window.webContents as unknown as FakeWebContents;
  const call = (method: InvokeMethod, payload?: unknown) => invokeAsPage(contents, method, payload);
  return { running, call, folder };
}

const mine: Routine = {
  ...findRoutine('seated-stretches')!,
  id: 'mine',
  name: 'My seated stretch',
};

describe('importing and exporting routines through the system dialogs', () => {
  it('exports the chosen routines to the file picked, and imports them back as new ones', async () => {
    const { call, folder, running } = await start();
    await call('saveOwnRoutine', mine);
    const file = path.join(folder, 'mine.bedtime-routines');
    dialog.saveAnswers.push(file);
    await expect(call('exportRoutines', { routineIds: ['mine'] })).resolves.toEqual({
      ok: true,
      value: { kind: 'saved', fileName: 'mine.bedtime-routines', count: 1 },
    });
    const written = parseRoutineFile(await readFile(file, 'utf8'));
    expect(written).toEqual({ ok: true, routines: [mine] });

    dialog.openAnswers.push(file);
    await expect(call('importRoutines')).resolves.toEqual({
      ok: true,
      value: { kind: 'imported', names: ['My seated stretch'] },
    });
    const own = running.settings.get().ownRoutines;
    expect(own).toHaveLength(2);
    // Nothing existing is overwritten: the import has a new id, and is otherwise the same.
    expect(own[0]).toEqual(mine);
    expect(own[1]!.id).not.toBe('mine');
    expect({ ...own[1], id: 'mine' }).toEqual(mine);
  });

  it('refuses a damaged file, saying what and where, and changes nothing', async () => {
    const { call, folder, running } = await start();
    const file = path.join(folder, 'bad.bedtime-routines');
    await writeFile(file, '{\n  "format": "bedtime-stretch-routines",\n  "version": 1,\n  "rout');
    dialog.openAnswers.push(file);
    const reply = (await call('importRoutines')) as { value: { kind: string; where: string } };
    expect(reply.value.kind).toBe('refused');
    expect(reply.value.where).toMatch(/^line 4, column \d+$/);
    expect(running.settings.get().ownRoutines).toEqual([]);
  });

  it('refuses a file over 1 MB without reading it in', async () => {
    const { call, folder } = await start();
    const file = path.join(folder, 'huge.json');
    await writeFile(file, ' '.repeat(1024 * 1024 + 1));
    dialog.openAnswers.push(file);
    await expect(call('importRoutines')).resolves.toMatchObject({
      value: { kind: 'refused', message: expect.stringContaining('larger than 1 MB') },
    });
  });

  it('offers to import a routines file opened with the app, on a second launch or from macOS', async () => {
    const { call, folder, running } = await start();
    await call('saveOwnRoutine', mine);
    const file = path.join(folder, 'shared.bedtime-routines');
    dialog.saveAnswers.push(file);
    await call('exportRoutines', { routineIds: ['mine'] });
    const contents = running.window.webContents as unknown as FakeWebContents;
    const outcomes = () =>
      contents.sent.filter((m) => m.channel === eventContract.importOutcome.channel);

    dialog.responses.push(0); // Import
    app.launchSecondInstance(['bedtime-stretch', file]);
    await expect.poll(() => outcomes()).toHaveLength(1);
    expect(dialog.shown.at(-1)).toMatchObject({
      message: 'Import the routines in “shared.bedtime-routines”?',
    });
    expect(outcomes()[0]!.payload).toEqual({ kind: 'imported', names: ['My seated stretch'] });
    expect(
      contents.sent.filter((m) => m.channel === eventContract.navigate.channel).at(-1),
    ).toMatchObject({ payload: { screen: 'routines' } });
    expect(running.settings.get().ownRoutines).toHaveLength(2);

    dialog.responses.push(1); // Cancel
    const event = new FakeEvent();
    app.emit('open-file', event, file);
    expect(event.defaultPrevented).toBe(true);
    await expect.poll(() => dialog.shown.length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(running.settings.get().ownRoutines).toHaveLength(2);
    expect(outcomes()).toHaveLength(1);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { call } = await start();
    await expect(call('importRoutines')).resolves.toEqual({
      ok: true,
      value: { kind: 'cancelled' },
    });
    await expect(call('exportRoutines', { routineIds: ['seated-stretches'] })).resolves.toEqual({
      ok: true,
      value: { kind: 'cancelled' },
    });
  });
});
