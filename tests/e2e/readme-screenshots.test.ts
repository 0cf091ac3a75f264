import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { everyEvening } from '../../core/reminders/weekdays';
import { readSystemTimeZone } from '../../main/time-zone/system-time-zone';
import { seasonedUserData } from '../fixtures/seasoned-user-data';
import { setWindowSize, WINDOW_SIZES } from './in-view';
import { lastSessionState, startAppInChromium, type AppInChromium } from './start-app-in-chromium';

/*
 * The README's pictures, taken from the built app (built main, preload and page in Chromium; only
 * Electron's native shell faked) on a fixed evening with eight weeks of diary behind it.
 *
 * By default the pictures go to `screenshots/` (kept out of git), and the test checks that every
 * picture the README shows is in `docs/images/` as a PNG of the window's size. With
 * `UPDATE_README_IMAGES=1` (`npm run screenshots`) they are written into `docs/images/` instead.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const IMAGES_DIR = path.join(ROOT, 'docs/images');
const isUpdate = process.env['UPDATE_README_IMAGES'] === '1';
const OUT_DIR = isUpdate ? IMAGES_DIR : path.join(ROOT, 'screenshots');

/** The window the pictures show: a laptop's, at 100%. */
const SIZE = WINDOW_SIZES.find((size) => size.name === '1280x800')!;

/** The pictures, by the name the README links them under (`docs/images/<name>.png`). */
const PICTURES = ['tonight', 'player', 'journal'] as const;

/** A fixed Wednesday evening, 21:30 in the system's zone: the reminder (22:00) is still to come. */
const EVENING = { year: 2025, month: 10, day: 15, hour: 21, minute: 30 };

/** The width and height a PNG says in its header, or null if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The images under `docs/images/` that README.md links to. */
async function readmeImages(): Promise<string[]> {
  const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
  return links.filter((link) => link.startsWith('docs/images/'));
}

/** Photographs the window (not the whole page), scrolled down by `scrollY` CSS pixels. */
async function photograph(page: Page, name: (typeof PICTURES)[number], scrollY = 0): Promise<void> {
  // No caret blinking in a field, no pointer hovering a button: the app as it rests.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate((y) => window.scrollTo(0, y), scrollY);
  await page.screenshot({ path: path.join(OUT_DIR, `${name}.png`), fullPage: false });
}

describe('the README’s screenshots, from the built app', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    vi.useRealTimers();
  });

  it('photographs Tonight, the player and the Journal at 1280×800', async () => {
    const zone = readSystemTimeZone();
    const now = Temporal.PlainDateTime.from(EVENING)
      .toZonedDateTime(zone)
      .toInstant().epochMilliseconds;
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now });
    const folder = await seasonedUserData({
      nowMs: now,
      timeZone: zone,
      settings: {
        reducedFeeling: 'no',
        crampLeg: 'left',
        reminderSchedule: { isEnabled: true, leadMinutes: 30, bedtimes: everyEvening('22:30') },
      },
    });
    await mkdir(OUT_DIR, { recursive: true });
    app = await startAppInChromium({ userDataDir: folder });
    const { page } = app;
    await setWindowSize(page, SIZE);

    // Tonight: tonight's routine, its length, the next reminder.
    await page.getByRole('heading', { name: 'Tonight', level: 1 }).waitFor();
    await page.getByRole('button', { name: /^Start Before sleep/ }).waitFor();
    await photograph(page, 'tonight');

    // The player, running: past "get ready" to the first hold, on the left leg.
    await page.getByRole('button', { name: /^Start Before sleep/ }).click();
    await page.getByRole('timer').waitFor();
    const atLeftHold = () => {
      const state = lastSessionState(app!.launched.contents);
      return (
        state.status === 'running' && state.segment.kind === 'hold' && state.segment.side === 'left'
      );
    };
    for (let press = 0; press < 4 && !atLeftHold(); press += 1) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(200);
    }
    expect(atLeftHold()).toBe(true);
    // A few seconds into the hold, so the ring shows time passing.
    await page.waitForTimeout(3_000);
    expect(atLeftHold()).toBe(true);
    await photograph(page, 'player');
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.getByRole('button', { name: 'Stop the routine' }).click();
    await page.getByRole('heading', { name: 'Tonight', level: 1 }).waitFor();

    // The Journal: the weeks' calendar and charts, and the diary.
    await page.getByRole('tab', { name: 'Journal' }).click();
    const weeks = page.getByRole('region', { name: 'The last 12 weeks' });
    await expect.poll(() => weeks.getByRole('img', { name: /Cramps each week/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('listitem').count()).toBeGreaterThan(10);
    // Scrolled to the weeks: the figures, the two charts and the calendar in one window.
    const weeksTop = await weeks.evaluate((region) => region.getBoundingClientRect().top);
    await photograph(page, 'journal', weeksTop - 16);

    for (const name of PICTURES) {
      const size = pngSize(await readFile(path.join(OUT_DIR, `${name}.png`)));
      expect(size, `${name}.png`).toEqual({ width: SIZE.width, height: SIZE.height });
    }
  }, 90_000);

  it('the README shows every picture, each in docs/images/ as a PNG of the window’s size', async () => {
    const linked = await readmeImages();
    expect(linked.sort()).toEqual(PICTURES.map((name) => `docs/images/${name}.png`).sort());
    for (const link of linked) {
      const bytes = await readFile(path.join(ROOT, link)).catch(() => null);
      expect(bytes, `${link} is missing`).not.toBeNull();
      expect(pngSize(bytes!), link).toEqual({ width: SIZE.width, height: SIZE.height });
    }
  });
});
