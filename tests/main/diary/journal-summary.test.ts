import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InvokeMethod } from '../../../core/ipc/contract';
import type { JournalSummary } from '../../../core/journal/journal-summary';
import { app, type FakeWebContents } from '../../fakes/electron';
import { ManualClock } from '../../fakes/manual-clock';
import { invokeAsPage, startFakeApp } from '../../fakes/start-fake-app';

const MINUTE = 60_000;

async function start(timeZone: string) {
  // The clock starts on Wednesday 25 November 2026, 21:30 UTC.
  const clock = new ManualClock();
  const folder = mkdtempSync(path.join(os.tmpdir(), 'bedtime-journal-'));
  const running = await startFakeApp({ clock, timeZone: () => timeZone }, null, folder);
  const contents = running.window.webContents as unknown as FakeWebContents;
  const call = (method: InvokeMethod, payload?: unknown) => invokeAsPage(contents, method, payload);
  const summary = async () => {
    const result = (await call('getJournalSummary')) as { ok: true; value: JournalSummary };
    expect(result.ok).toBe(true);
    return result.value;
  };
  const quit = async () => {
    const hasQuit = new Promise<void>((resolve) => app.once('quit', () => resolve()));
    running.quit();
    await hasQuit;
  };
  return { call, clock, summary, quit };
}

describe('the Journal’s weeks from main', () => {
  it('sums up the history and the diary to last night, in the user’s zone', async () => {
    const { call, clock, summary, quit } = await start('Europe/London');
    await call('startSession', { routineId: 'seated-stretches' });
    clock.advance(20 * MINUTE); // to its end

    // Tonight's routine is done: the 12 weeks end with tonight, the 25th, and show it at once.
    const evening = await summary();
    expect(evening.nights).toHaveLength(84);
    expect(evening.weeks).toHaveLength(12);
    expect(evening.nights.at(-1)).toEqual({
      date: '2026-11-25',
      routine: true,
      cramps: 'unknown',
      crampCount: 0,
    });

    // The next morning, 07:30 on the 26th: the night just over is still the last one shown.
    clock.advance(9 * 60 * MINUTE + 40 * MINUTE);
    expect((await summary()).nights.at(-1)).toMatchObject({ date: '2026-11-25', routine: true });

    // That afternoon the 26th's evening begins; a cramp at 01:30 and the routine are the 25th's.
    clock.advance(5 * 60 * MINUTE + 30 * MINUTE); // 13:00 on the 26th
    await call('saveDiaryEntry', { startedAtMs: Date.UTC(2026, 10, 26, 1, 30), leg: 'left' });
    await call('answerMorning', { night: '2026-11-24', answer: 'none' });
    await call('answerMorning', { night: '2026-11-23', answer: 'cramps' });

    const morning = await summary();
    expect(morning.nights).toHaveLength(84);
    expect(morning.nights[0]!.date).toBe('2026-09-04');
    expect(morning.nights.slice(-4)).toEqual([
      { date: '2026-11-23', routine: false, cramps: 'cramps', crampCount: 0 },
      { date: '2026-11-24', routine: false, cramps: 'none', crampCount: 0 },
      { date: '2026-11-25', routine: true, cramps: 'cramps', crampCount: 1 },
      { date: '2026-11-26', routine: false, cramps: 'unknown', crampCount: 0 },
    ]);
    expect(morning.weeks.at(-1)).toEqual({
      start: '2026-11-20',
      cramps: 2, // one logged, one said without a log
      routineNights: 1,
      knownNights: 3,
    });
    expect(morning.seeDoctor).toBe('no');
    await quit();
  });

  it('works the nights out in the zone it is given', async () => {
    // 21:30 UTC is 08:30 on the 26th in Sydney: still the 25th's night there, as in London…
    const { call, clock, summary, quit } = await start('Australia/Sydney');
    await call('startSession', { routineId: 'seated-stretches' });
    clock.advance(20 * MINUTE);
    // …but by 02:00 UTC it is 13:00 in Sydney: the 26th's evening has begun there, and the
    // routine (08:30 Sydney time) is the 25th's.
    clock.advance(4 * 60 * MINUTE + 10 * MINUTE);
    const nights = (await summary()).nights;
    expect(nights.slice(-2)).toEqual([
      { date: '2026-11-25', routine: true, cramps: 'unknown', crampCount: 0 },
      { date: '2026-11-26', routine: false, cramps: 'unknown', crampCount: 0 },
    ]);
    await quit();
  });
});
