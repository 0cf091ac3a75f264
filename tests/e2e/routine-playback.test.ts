import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventContract } from '../../core/ipc/contract';
import type { CueEvent } from '../../core/session/session-state';
import type { FakeWebContents } from '../fakes/electron';
import { oneSecondPace, shortRoutine } from '../fixtures/short-routine';
import { AUDIO_PROBE_SCRIPT, soundOfUrl, type AudioProbe } from './audio-probe';
import { startAppInChromium, type AppInChromium } from './start-app-in-chromium';

const MAX_OFFSET_MS = 50;

/**
 * A routine plays end to end: the engine runs in the real main code on the real clock, the page
 * is the real renderer in Chromium, and howler is watched through Web Audio.
 */
describe('a routine playing in Chromium', () => {
  let app: AppInChromium;
  beforeAll(async () => {
    app = await startAppInChromium(
      { routines: [shortRoutine], timelineOptions: oneSecondPace },
      AUDIO_PROBE_SCRIPT,
    );
  });
  afterAll(async () => {
    await app?.stop();
  });

  const probe = () =>
    app.page.evaluate(() => (window as unknown as { __audioProbe: AudioProbe }).__audioProbe);

  it('asks howler to play every cue in order, each within 50 ms of the engine’s instant', async () => {
    const { page, running } = app;
    await expect.poll(async () => (await probe()).decoded.length, { timeout: 10_000 }).toBe(6);

    await page.getByRole('tab', { name: 'Routines' }).click();
    await page.getByRole('button', { name: 'Start Short test routine' }).click();
    await expect.poll(() => running.session.snapshot().status, { timeout: 5_000 }).toBe('running');
    const anchor = running.session.dueInstantOf(0)!;
    await page.screenshot({ path: 'screenshots/player-short-routine.png' });

    await expect
      .poll(() => running.session.snapshot().status, { timeout: 30_000, interval: 200 })
      .toBe('completed');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Sleep well' }).count(), { timeout: 5_000 })
      .toBe(1);
    await page.screenshot({ path: 'screenshots/sleep-well.png' });

    const contents = running.window.webContents as unknown as FakeWebContents;
    const cues = contents.sent
      .filter((message) => message.channel === eventContract.sessionCue.channel)
      .map((message) => message.payload as CueEvent)
      .filter((cue) => cue.sound !== null);
    // Howler plays one empty scratch buffer on the first click to unlock audio; it is no cue.
    const plays = (await probe()).plays.filter((play) => play.url !== 'unknown');

    expect(cues.length).toBeGreaterThanOrEqual(10);
    expect(plays.map((play) => soundOfUrl(play.url))).toEqual(cues.map((cue) => cue.sound));
    const offsets = cues.map(
      (cue, index) => plays[index]!.at - (performance.timeOrigin + anchor + cue.atMs),
    );
    for (const offset of offsets) expect(Math.abs(offset)).toBeLessThanOrEqual(MAX_OFFSET_MS);
    console.info(`cue offsets (ms): ${offsets.map((offset) => offset.toFixed(1)).join(', ')}`);
    expect(app.host.consoleLines.filter((line) => /^(error|pageerror)/.test(line))).toEqual([]);
  });

  it('shows the caption of the last sound', async () => {
    await app.running.session.restart();
    await expect
      .poll(() => app.page.getByLabel('Sound captions').textContent(), { timeout: 5_000 })
      .toMatch(/Soft bell: begin the hold|Falling bell: relax|Rising chime: switch legs/);
    app.running.session.stop();
  });
});
