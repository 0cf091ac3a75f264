import { describe, expect, it } from 'vitest';
import type { InvokeMethod } from '../../../core/ipc/contract';
import type { FullSessionSnapshot } from '../../../core/session/session-state';
import { buildTimeline } from '../../../core/session/timeline';
import { Tray, type FakeWebContents } from '../../fakes/electron';
import { ManualClock } from '../../fakes/manual-clock';
import { invokeAsPage, startFakeApp } from '../../fakes/start-fake-app';

async function start() {
  const clock = new ManualClock();
  const running = await startFakeApp({ clock });
  const contents = running.window.webContents as unknown as FakeWebContents;
  const call = (method: InvokeMethod, payload?: unknown) => invokeAsPage(contents, method, payload);
  return { running, call };
}

const runningRoutine = (snapshot: FullSessionSnapshot) => {
  if (snapshot.status !== 'running') throw new Error(`not running: ${snapshot.status}`);
  return snapshot.routine;
};

describe('a routine made to measure in main', () => {
  it('runs fitted to the minutes asked for, as the preview said', async () => {
    const { running, call } = await start();
    const preview = (await call('previewRoutine', {
      routineId: 'before-sleep-stretches',
      minutes: 5,
    })) as { value: { totalSeconds: number; summary: string } };
    expect(preview.value.totalSeconds).toBe(300);
    expect(preview.value.summary).toMatch(/^Holds lengthened to 17 seconds/);
    await call('startSession', { routineId: 'before-sleep-stretches', minutes: 5 });
    const routine = runningRoutine(running.session.snapshot());
    expect(buildTimeline(routine).totalMs).toBe(300_000);
    expect(routine.steps.map((step) => step.holdSeconds)).toEqual([17, 17]);
  });

  it('gives the favoured leg its extra time, in every routine, unless a routine says otherwise', async () => {
    const { running, call } = await start();
    await call('updateSettings', { favourSide: 'left' });
    await call('setRoutineFavour', { routineId: 'seated-stretches', favour: 'none' });
    await call('startSession', { routineId: 'before-sleep-stretches' });
    const routine = runningRoutine(running.session.snapshot());
    expect(routine.steps[0]!.favour).toMatchObject({ side: 'left' });
    const holds = buildTimeline(routine).segments.filter(
      (s) => s.kind === 'hold' && s.stepIndex === 0,
    );
    const left = holds.filter((s) => s.side === 'left').map((s) => s.durationMs);
    const right = holds.filter((s) => s.side === 'right').map((s) => s.durationMs);
    expect(Math.min(...left)).toBeGreaterThan(Math.max(...right));
    await call('stopSession');
    await call('startSession', { routineId: 'seated-stretches' });
    expect(runningRoutine(running.session.snapshot()).steps[0]!.favour).toBeUndefined();
  });

  it('keeps to the length asked for with the favoured leg’s extra time counted in it', async () => {
    const { running, call } = await start();
    await call('updateSettings', { favourSide: 'left' });
    for (const minutes of [5, 10]) {
      const preview = (await call('previewRoutine', {
        routineId: 'before-sleep-stretches',
        minutes,
      })) as { value: { totalSeconds: number } };
      expect(Math.abs(preview.value.totalSeconds - minutes * 60)).toBeLessThanOrEqual(15);
    }
    await call('startSession', { routineId: 'before-sleep-stretches', minutes: 5 });
    const routine = runningRoutine(running.session.snapshot());
    expect(routine.steps[0]!.favour?.side).toBe('left');
    expect(Math.abs(buildTimeline(routine).totalMs / 1000 - 300)).toBeLessThanOrEqual(15);
  });

  it('starts tonight’s routine from the tray at tonight’s length', async () => {
    const { running, call } = await start();
    await call('setTonightRoutine', { routineId: 'seated-stretches' });
    await call('updateSettings', { tonightMinutes: 3, reducedFeeling: 'no' });
    const menu = Tray.all[0]!.contextMenu!;
    menu.clickItem('Start tonight’s routine: Before sleep: seated stretch');
    const routine = runningRoutine(running.session.snapshot());
    expect(routine.id).toBe('seated-stretches');
    expect(Math.abs(buildTimeline(routine).totalMs / 1000 - 180)).toBeLessThanOrEqual(15);
  });
});
