import type { Page } from 'playwright-core';
import { eventContract } from '../../core/ipc/contract';
import { lastSessionState, startAppInChromium } from '../../tests/e2e/start-app-in-chromium';
import { printTable, quantile } from './stats';

/** Playing may cost at most this many times the blank page's floor measured in the same run. */
const GOAL_RATIO = 1.5;

interface Busy {
  task: number;
  script: number;
  layout: number;
}

/** Main-thread busy time in Chromium over a window, from DevTools Performance metrics. */
async function busyMsPerSecond(page: Page, seconds: number): Promise<Busy> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
    return {
      task: get('TaskDuration'),
      script: get('ScriptDuration'),
      layout: get('LayoutDuration') + get('RecalcStyleDuration'),
    };
  };
  const before = await read();
  await page.waitForTimeout(seconds * 1000);
  const after = await read();
  await cdp.detach();
  const perSecond = (key: keyof Busy) => ((after[key] - before[key]) * 1000) / seconds;
  return { task: perSecond('task'), script: perSecond('script'), layout: perSecond('layout') };
}

/**
 * What one change of segment costs the page: while paused (no ticks), main is asked to skip on
 * one hold, as the Skip button does, and the busy time until the page has settled is counted,
 * less what the same wait costs with nothing happening. The median over a few skips.
 */
async function segmentChangeMs(page: Page, skips: number): Promise<number> {
  const settleMs = 600;
  const quiet = await busyMsPerSecond(page, 2);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
  };
  const costs: number[] = [];
  try {
    for (let i = 0; i < skips; i += 1) {
      const before = await taskSeconds();
      const startedAt = Date.now();
      await page.evaluate(async () => {
        const bridge = (window as unknown as { bedtime: { skipStep(): Promise<unknown> } }).bedtime;
        await bridge.skipStep();
        // Until the change is drawn: two frames after main's answer.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      await page.waitForTimeout(settleMs);
      const after = await taskSeconds();
      const seconds = (Date.now() - startedAt) / 1000;
      costs.push((after - before) * 1000 - quiet.task * seconds);
    }
  } finally {
    await cdp.detach();
  }
  return quantile(costs, 0.5);
}

/**
 * The floor of this browser: a blank page whose only work is one line of text changing each
 * second, with the pointer over it. Any page with a countdown costs at least this here.
 */
async function floorOfThisBrowser(page: Page, seconds: number): Promise<Busy> {
  const blank = await page.context().newPage();
  try {
    await blank.setContent(
      '<body style="background:#1d1713;color:#f3e6d8;font:2.4rem sans-serif"><span id="n">0</span>' +
        '<script>let n = 0; setInterval(() => { document.getElementById("n").textContent = String(++n); }, 1000);</script></body>',
    );
    await blank.mouse.move(0, 0);
    return await busyMsPerSecond(blank, seconds);
  } finally {
    await blank.close();
  }
}

/**
 * Renderer cost while a routine plays: the built renderer in Debian Chromium, driven by the built
 * main bundle (Electron's shell faked), from the start of "Before sleep" (get ready, the first
 * hold, its countdown and the rest after it). Beside it, measured in the same run: the page
 * receiving the same once-a-second messages with nothing to change (the fake shell's delivery),
 * the page idle, and the floor of this headless browser (a blank page changing one line a second).
 */
export async function benchRendererCost(
  seconds = Number(process.env['BENCH_RENDERER_SECONDS'] ?? 20),
): Promise<void> {
  console.log(
    `\n== Renderer cost: main-thread busy ms per second, ${seconds} s each, Chromium, built app (fake Electron shell) ==`,
  );
  const app = await startAppInChromium();
  try {
    const { page, launched } = app;
    await page.getByRole('heading', { name: 'Tonight', level: 1 }).waitFor();
    await page.mouse.move(0, 0);
    const idle = await busyMsPerSecond(page, seconds);

    await page.getByRole('button', { name: /^Start Before sleep/ }).click();
    await page.getByRole('timer').waitFor();
    // The pointer rests in a corner, as it would while someone follows with their eyes closed.
    await page.mouse.move(0, 0);
    const playing = await busyMsPerSecond(page, seconds);

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.mouse.move(0, 0);
    const paused = lastSessionState(launched.contents);
    const elapsedMs = paused.status === 'idle' ? 0 : paused.elapsedMs;
    // What main sends each second while playing, repeated with nothing in it that changes.
    const resend = setInterval(
      () => launched.contents.send(eventContract.sessionTick.channel, { elapsedMs }),
      1000,
    );
    const deliveryOnly = await busyMsPerSecond(page, seconds);
    clearInterval(resend);
    const segmentChange = await segmentChangeMs(page, 6);
    const floor = await floorOfThisBrowser(page, seconds);

    const f = (value: number) => value.toFixed(2);
    const row = (label: string, key: keyof Busy) => [
      label,
      f(playing[key]),
      f(deliveryOnly[key]),
      f(idle[key]),
      f(floor[key]),
    ];
    printTable(
      [
        'ms per second',
        'playing',
        'same messages, no change',
        'idle',
        'blank page, one line a second',
      ],
      [
        row('all main-thread tasks', 'task'),
        row('script', 'script'),
        row('style and layout', 'layout'),
      ],
    );
    const ratio = playing.task / floor.task;
    console.log(
      `playing: ${f(playing.task)} ms per second; blank-page floor: ${f(floor.task)} ms per second; ` +
        `ratio ${ratio.toFixed(2)}x (goal: at most ${GOAL_RATIO}x the floor) ${ratio <= GOAL_RATIO ? 'met' : 'NOT met'}`,
    );
    console.log(`segment change (Skip while paused, median of 6): ${f(segmentChange)} ms`);
  } finally {
    await app.stop();
  }
}
