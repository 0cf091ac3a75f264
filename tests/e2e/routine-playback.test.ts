import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventContract } from '../../core/ipc/contract';
import type { CueEvent } from '../../core/session/session-state';
import { AUDIO_PROBE_SCRIPT, soundOfUrl, type AudioProbe } from './audio-probe';
import {
  keyToSleepWell,
  lastSessionState,
  startAppInChromium,
  type AppInChromium,
} from './start-app-in-chromium';

const MAX_OFFSET_MS = 50;
/** The first hold of "Before sleep stretches": get ready 8 s, then a 10 s hold. */
const FIRST_HOLD_END_MS = 18_000;

/**
 * A routine plays end to end on the built app: the engine runs in the built main bundle on the
 * real clock, the page is the built renderer in Chromium, and howler is watched through Web Audio.
 */
describe('a routine playing in Chromium', () => {
  let app: AppInChromium;
  beforeAll(async () => {
    app = await startAppInChromium({ initScript: AUDIO_PROBE_SCRIPT });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const probe = () =>
    app.page.evaluate(() => (window as unknown as { __audioProbe: AudioProbe }).__audioProbe);

  it('asks howler to play every cue in order, each within 50 ms of the engine’s instant', async () => {
    const { page, launched } = app;
    await expect.poll(async () => (await probe()).decoded.length, { timeout: 10_000 }).toBe(6);

    await page.getByRole('button', { name: /^Start Before sleep/ }).click();
    await expect.poll(() => lastSessionState(launched.contents).status).toBe('running');
    await page.screenshot({ path: 'screenshots/player-get-ready.png' });

    const cueMessages = () =>
      launched.contents.sent.filter(
        (message) => message.channel === eventContract.sessionCue.channel,
      );
    // Through the first hold on the real clock: its start bell, three ticks and its end bell.
    await expect
      .poll(() => cueMessages().some((m) => (m.payload as CueEvent).atMs === FIRST_HOLD_END_MS), {
        timeout: FIRST_HOLD_END_MS + 5_000,
        interval: 250,
      })
      .toBe(true);
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'screenshots/player-first-hold-done.png' });

    const messages = cueMessages();
    // The routine's clock started when main sent its first cue (instant 0, sent at start).
    const first = messages[0]!;
    expect((first.payload as CueEvent).atMs).toBe(0);
    const startedAt = performance.timeOrigin + first.sentAt;
    const sounding = messages
      .map((message) => message.payload as CueEvent)
      .filter((cue) => cue.sound !== null);
    // Howler plays one empty scratch buffer on the first click to unlock audio; it is no cue.
    const plays = (await probe()).plays.filter((play) => play.url !== 'unknown');

    expect(sounding.map((cue) => cue.sound)).toEqual(['start', 'tick', 'tick', 'tick', 'end']);
    expect(plays.map((play) => soundOfUrl(play.url))).toEqual(sounding.map((cue) => cue.sound));
    const offsets = sounding.map((cue, index) => plays[index]!.at - (startedAt + cue.atMs));
    console.info(`cue offsets (ms): ${offsets.map((offset) => offset.toFixed(1)).join(', ')}`);
    for (const offset of offsets) expect(Math.abs(offset)).toBeLessThanOrEqual(MAX_OFFSET_MS);
    expect(app.host.consoleLines.filter((line) => /^(error|pageerror)/.test(line))).toEqual([]);
  });

  it('shows the caption of the last sound', async () => {
    await expect
      .poll(() => app.page.getByLabel('Sound captions').textContent(), { timeout: 5_000 })
      .toMatch(/Falling bell: relax/);
    await app.page.getByRole('button', { name: 'Stop', exact: true }).click();
    await app.page.getByRole('button', { name: 'Stop the routine' }).click();
    await expect.poll(() => lastSessionState(app.launched.contents).status).toBe('idle');
  });

  it('tells the truth when every step is skipped: no "finished", no praise', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^Start Before sleep/ }).click();
    await expect.poll(() => lastSessionState(app.launched.contents).status).toBe('running');
    // N leaves each step for the next, to the end.
    await keyToSleepWell(page, app.launched.contents, 'n', 'Sleep well');
    expect(await page.getByText('You skipped the steps tonight.', { exact: false }).count()).toBe(
      1,
    );
    expect(await page.getByText(/You finished|Well done/).count()).toBe(0);
    await page.screenshot({ path: 'screenshots/sleep-well-skipped.png' });
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => lastSessionState(app.launched.contents).status).toBe('idle');
  });
});
