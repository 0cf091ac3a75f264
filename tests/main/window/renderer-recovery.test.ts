import { beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_RELOADS,
  RELOAD_WINDOW_MS,
  setupRendererRecovery,
} from '../../../main/window/renderer-recovery';
import { BrowserWindow, fakeElectron } from '../../fakes/electron';
import { FakeEvent } from '../../fakes/fake-event';
import { recordingLog } from '../../fakes/start-fake-app';

const settle = () => new Promise((resolve) => setImmediate(resolve));

function recoveringWindow() {
  const window = new BrowserWindow({});
  const contents = window.webContents;
  let now = 0;
  const loads: string[] = [];
  contents.on('did-finish-load', () => loads.push(contents.getURL()));
  void contents.loadURL('app://bedtime/index.html');
  const log = recordingLog();
  const gaveUp: number[] = [];
  setupRendererRecovery(window as never, log, {
    monotonicNow: () => now,
    onGiveUp: () => gaveUp.push(now),
  });
  return {
    contents,
    log,
    loads,
    gaveUp,
    advance: (ms: number) => {
      now += ms;
    },
    crash: () => contents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed' }),
  };
}

describe('renderer recovery', () => {
  it('tries again after a reload that failed to load', async () => {
    const app = recoveringWindow();
    await settle();
    app.loads.length = 0;
    app.crash();
    app.contents.emit('did-fail-load', new FakeEvent(), -2, 'failed');
    app.crash();
    await settle();
    expect(app.loads.length).toBeGreaterThanOrEqual(1);
    expect(app.log.lines.filter((line) => line.includes('reloading it'))).toHaveLength(2);
  });

  it('past its budget, leaves a hung renderer alone and gives up, so the app can pause', async () => {
    const app = recoveringWindow();
    await settle();
    for (let crash = 0; crash < MAX_RELOADS; crash += 1) {
      app.crash();
      await settle();
    }
    app.loads.length = 0;
    app.contents.simulateUnresponsive();
    await settle();
    expect(app.loads).toEqual([]);
    expect(app.gaveUp).toHaveLength(1);
  });

  beforeEach(() => fakeElectron.reset());

  it('reloads the page after its renderer crashes', async () => {
    const app = recoveringWindow();
    await settle();
    app.loads.length = 0;
    app.crash();
    await settle();
    expect(app.loads).toEqual(['app://bedtime/index.html']);
    expect(app.log.lines).toContainEqual(expect.stringContaining('reloading'));
  });

  it('leaves a page that exited cleanly alone', async () => {
    const app = recoveringWindow();
    await settle();
    app.loads.length = 0;
    app.contents.emit('render-process-gone', new FakeEvent(), { reason: 'clean-exit' });
    await settle();
    expect(app.loads).toEqual([]);
  });

  it('ends a hung renderer and reloads once (its own "killed" report is no new crash)', async () => {
    const app = recoveringWindow();
    await settle();
    app.loads.length = 0;
    app.contents.simulateUnresponsive();
    await settle();
    await settle();
    expect(app.loads).toEqual(['app://bedtime/index.html']);
  });

  it(`stops after ${MAX_RELOADS} reloads in a minute, so a page that crashes at once does not spin`, async () => {
    const app = recoveringWindow();
    await settle();
    app.loads.length = 0;
    for (let crash = 0; crash < MAX_RELOADS + 2; crash += 1) {
      app.crash();
      await settle();
      app.advance(1_000);
    }
    expect(app.loads).toHaveLength(MAX_RELOADS);
    expect(app.log.lines).toContainEqual(expect.stringContaining('not reloading it any more'));
    expect(app.gaveUp.length).toBeGreaterThan(0);
    app.advance(RELOAD_WINDOW_MS);
    app.crash();
    await settle();
    expect(app.loads).toHaveLength(MAX_RELOADS + 1);
  });
});
