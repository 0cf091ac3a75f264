import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InvokeMethod } from '../../../core/ipc/contract';
import type { Routine } from '../../../core/routines/routine-schema';
import type { FullSessionSnapshot } from '../../../core/session/session-state';
import { buildTimeline } from '../../../core/session/timeline';
import { dialog, type FakeWebContents } from '../../fakes/electron';
import { ManualClock } from '../../fakes/manual-clock';
import { invokeAsPage, startFakeApp } from '../../fakes/start-fake-app';

const DAY_MS = 24 * 60 * 60 * 1000;

async function start() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'bedtime-health-'));
  const clock = new ManualClock();
  const running = await startFakeApp({ clock }, null, path.join(folder, 'user-data'));
  const contents = running.window.webContents as unknown as FakeWebContents;
  const call = (method: InvokeMethod, payload?: unknown) => invokeAsPage(contents, method, payload);
  return { running, call, clock, folder };
}

const kindsRunning = (snapshot: FullSessionSnapshot) => {
  if (snapshot.status !== 'running') throw new Error(`not running: ${snapshot.status}`);
  return snapshot.routine.steps.map((step) => step.kind);
};

/** A routines file as another program (or an older app) might write it: warmth without `isHeat`. */
function warmthFile(step: Record<string, unknown>): string {
  const routine = {
    id: 'hot-bottle',
    name: 'Hot bottle',
    description: 'A hot-water bottle on the calf.',
    steps: [
      {
        id: 'bottle',
        kind: 'warmth',
        title: 'Bottle on the calf',
        instruction: 'Rest the bottle on the calf.',
        feel: 'Warm.',
        holdSeconds: 300,
        minHoldSeconds: 60,
        maxHoldSeconds: 300,
        sides: 'left-then-right',
        repetitions: 1,
        restSeconds: 0,
        illustration: 'warm-compress',
        ...step,
      },
      {
        id: 'stretch',
        kind: 'stretch',
        title: 'Toes toward you',
        instruction: 'Pull your toes toward you.',
        feel: 'A gentle pull.',
        holdSeconds: 20,
        minHoldSeconds: 10,
        maxHoldSeconds: 30,
        sides: 'left-then-right',
        repetitions: 1,
        restSeconds: 0,
        illustration: 'toes-toward-shin',
      },
    ],
  };
  return JSON.stringify({ format: 'bedtime-stretch-routines', version: 1, routines: [routine] });
}

describe('warmth from a routines file, in main', () => {
  it('is warmth whatever the file says: left out for a user with reduced feeling', async () => {
    const { running, call, folder } = await start();
    await call('updateSettings', { reducedFeeling: 'yes' });
    const file = path.join(folder, 'hot.bedtime-routines');
    await writeFile(file, warmthFile({ isHeat: false }));
    dialog.openAnswers.push(file);
    await expect(call('importRoutines')).resolves.toMatchObject({ value: { kind: 'imported' } });
    const [imported] = running.settings.get().ownRoutines as Routine[];
    await call('startSession', { routineId: imported!.id, skipHeat: true });
    expect(kindsRunning(running.session.snapshot())).toEqual(['stretch']);
  });

  it('asks the heat question first for a file’s warmth, like any other', async () => {
    const { call, folder, running } = await start();
    const file = path.join(folder, 'hot.bedtime-routines');
    await writeFile(file, warmthFile({}));
    dialog.openAnswers.push(file);
    await call('importRoutines');
    const [imported] = running.settings.get().ownRoutines as Routine[];
    await expect(
      call('startSession', { routineId: imported!.id, skipHeat: false }),
    ).resolves.toMatchObject({ ok: false, error: { message: expect.stringMatching(/question/) } });
  });

  it('refuses warmth of more than 20 minutes a leg, naming the field', async () => {
    const { call, folder, running } = await start();
    const file = path.join(folder, 'ten-hours.bedtime-routines');
    await writeFile(
      file,
      warmthFile({ holdSeconds: 1800, maxHoldSeconds: 1800, repetitions: 20, maxRepetitions: 20 }),
    );
    dialog.openAnswers.push(file);
    await expect(call('importRoutines')).resolves.toEqual({
      ok: true,
      value: {
        kind: 'refused',
        message: expect.stringMatching(/^Warmth may last at most 20 minutes on each leg/),
        where: 'routines[0].steps[0].holdSeconds',
      },
    });
    expect(running.settings.get().ownRoutines).toEqual([]);
  });

  it('never runs warmth past 20 minutes a leg, even fitted to 45 minutes with a favoured leg', async () => {
    const { call, folder, running } = await start();
    await call('updateSettings', { reducedFeeling: 'no', favourSide: 'left' });
    const file = path.join(folder, 'long.bedtime-routines');
    // 5 minutes × 4 as written: within the limit, but fitting could take it to 5 × 8.
    await writeFile(file, warmthFile({ repetitions: 4, maxRepetitions: 4 }));
    dialog.openAnswers.push(file);
    await call('importRoutines');
    const [imported] = running.settings.get().ownRoutines as Routine[];
    await call('startSession', { routineId: imported!.id, skipHeat: false, minutes: 45 });
    const snapshot = running.session.snapshot();
    if (snapshot.status !== 'running') throw new Error('not running');
    const warmthHolds = buildTimeline(snapshot.routine).segments.filter(
      (segment) => segment.kind === 'hold' && segment.stepIndex === 0,
    );
    for (const side of ['left', 'right'] as const) {
      const ms = warmthHolds
        .filter((s) => s.side === side)
        .reduce((sum, s) => sum + s.durationMs, 0);
      expect(ms, side).toBeLessThanOrEqual(20 * 60 * 1000);
    }
  });
});

describe('the clot caution, in main', () => {
  async function withClotSigns() {
    const started = await start();
    await started.call('saveDiaryEntry', {
      startedAtMs: started.clock.wallNow() - 60 * 60 * 1000,
      leg: 'left',
      symptoms: ['calf-swelling'],
    });
    return started;
  }

  it('leaves massage and warmth out of every routine for 14 days after calf swelling', async () => {
    const { call, running, clock } = await withClotSigns();
    await call('updateSettings', { reducedFeeling: 'no' });
    await call('startSession', { routineId: 'full-wind-down', skipHeat: false });
    expect(kindsRunning(running.session.snapshot())).toEqual([
      'hydrate',
      'stretch',
      'stretch',
      'rest',
    ]);
    await call('stopSession');
    // The preview says the same before it starts.
    const preview = (await call('previewRoutine', {
      routineId: 'cramp-now',
      minutes: null,
    })) as { value: { routine: Routine } };
    expect(preview.value.routine.steps.map((step) => step.kind)).toEqual(['stretch', 'stretch']);
    // A routine of only massage is refused, saying why.
    await expect(
      call('startSession', { routineId: 'calf-thigh-massage', skipHeat: false }),
    ).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/calf swelling, redness or warmth/) },
    });
    // Fourteen days on, they come back.
    clock.jumpWallClock(14 * DAY_MS);
    await call('startSession', { routineId: 'full-wind-down', skipHeat: false });
    expect(kindsRunning(running.session.snapshot())).toContain('massage');
  });

  it('ends when the user says a doctor has checked the leg, and says so to the window', async () => {
    const { call, running } = await withClotSigns();
    const before = (await call('getDiary')) as { value: { clotCaution: unknown } };
    expect(before.value.clotCaution).toMatchObject({ untilMs: expect.any(Number) });
    const after = (await call('confirmLegChecked')) as { value: { clotCaution: unknown } };
    expect(after.value.clotCaution).toBeNull();
    await call('startSession', { routineId: 'calf-thigh-massage', skipHeat: false });
    expect(kindsRunning(running.session.snapshot())).toEqual(['massage', 'massage']);
  });

  it('does not let the window date the doctor’s check itself', async () => {
    const { call } = await withClotSigns();
    await expect(call('updateSettings', { legCheckedAtMs: 0 })).resolves.toMatchObject({
      ok: false,
    });
  });
});
