import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesEn } from '../../core/i18n/catalog-en';
import { pseudoCatalog, pseudoRoutineTexts, PSEUDO_MARKS } from '../../core/i18n/pseudo-locale';
import { routineTextsEn } from '../../core/i18n/routines-en';
import { eveningOf } from '../../core/reminders/next-reminder';
import { BrowserWindow, Notification, Tray, type FakeMenu } from '../fakes/electron';
import { writeSeededDiary } from '../fixtures/seeded-diary';
import { pseudoFindings } from './pseudo-check';
import {
  keyToSleepWell,
  lastSessionState,
  startAppInChromium,
  type AppInChromium,
} from './start-app-in-chromium';

/** A message as the pseudo-locale says it (to find buttons by their names). */
const pseudo = pseudoCatalog(messagesEn);
const say = (key: keyof typeof messagesEn) => pseudo[key];
const hasMark = (text: string) => PSEUDO_MARKS.some((mark) => text.includes(mark));

/** Every label of a menu and its submenus. */
const menuLabels = (menu: FakeMenu | null): string[] =>
  (menu?.items ?? []).flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...menuLabels(item.submenu),
  ]);

/**
 * The whole app in the pseudo-locale (every message accented, in ⟦ ⟧ and a third longer), on the
 * built app in Chromium with Electron's shell faked: every screen at 1280×800 and 800×600, the
 * tray menu and the notifications. Any text not from the catalog stays plain and fails the test,
 * and so does any layout that clips the longer words.
 */
describe('the pseudo-locale', () => {
  let app: AppInChromium;
  beforeAll(async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'bedtime-pseudo-'));
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    await writeSeededDiary(folder, {
      tonight: eveningOf(Date.now(), zone).toString(),
      weeks: 4,
      timeZone: zone,
    });
    app = await startAppInChromium({ userDataDir: folder, keepWelcome: true, locale: 'pseudo' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** Checks the page at both sizes; the problems found, by screen. */
  const problems: string[] = [];
  async function look(page: Page, name: string): Promise<void> {
    for (const [width, height] of [
      [1280, 800],
      [800, 600],
    ] as const) {
      await page.setViewportSize({ width, height });
      const { untransformed, clipped } = await pseudoFindings(page);
      for (const text of untransformed)
        problems.push(`${name} ${width}: not from the catalog: “${text}”`);
      for (const box of clipped) problems.push(`${name} ${width}: clipped: ${box}`);
      await page.screenshot({
        path: `screenshots/pseudo-${name}-${width}x${height}.png`,
        fullPage: true,
      });
    }
  }
  const tab = (page: Page, key: keyof typeof messagesEn) =>
    page.getByRole('tab', { name: say(key) }).click();

  it('shows every screen of the window transformed, and nothing clipped', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: say('welcome.heading') }).waitFor();
    // The check itself finds plain words and a box that cuts its text (or it would prove nothing).
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<p id="probe">Plain words</p><p id="cut">⟦ábçdéfghíjkl⟧</p>',
      );
      // Styled through the DOM: the page's CSP refuses inline style attributes.
      Object.assign(document.getElementById('cut')!.style, {
        width: '3em',
        overflow: 'hidden',
        whiteSpace: 'nowrap',
      });
    });
    const probe = await pseudoFindings(page);
    expect(probe.untransformed).toContain('Plain words');
    expect(probe.clipped.some((box) => box.includes('ábçdéfghíjkl'))).toBe(true);
    await page.evaluate(() => {
      document.getElementById('probe')?.remove();
      document.getElementById('cut')?.remove();
    });

    // The welcome, screen by screen.
    await look(page, 'welcome-1');
    for (const [heading, name] of [
      ['welcome.eveningHeading', 'welcome-2'],
      ['welcome.soundHeading', 'welcome-3'],
      ['welcome.readyHeading', 'welcome-4'],
    ] as const) {
      await page.getByRole('button', { name: say('welcome.next') }).click();
      await page.getByRole('heading', { name: say(heading) }).waitFor();
      if (name === 'welcome-3')
        await page.getByRole('button', { name: say('welcome.soundPlay') }).click();
      await look(page, name);
    }
    await page.getByRole('button', { name: say('welcome.later') }).click();

    await page.getByRole('heading', { name: say('tonight.heading'), level: 1 }).waitFor();
    await look(page, 'tonight');
    await tab(page, 'nav.routines');
    await look(page, 'routines');
    // The editor, on a copy of a built-in routine.
    const beforeSleep = pseudoRoutineTexts(routineTextsEn).routines['before-sleep-stretches'].name;
    await page
      .getByRole('button', { name: say('routines.copyNamed').replace('{routine}', beforeSleep) })
      .click();
    await page.getByRole('button', { name: say('editor.close') }).waitFor();
    await look(page, 'routine-editor');
    await page.getByRole('button', { name: say('editor.close') }).click();
    await tab(page, 'nav.journal');
    await page.getByRole('heading', { name: say('journal.weeksHeading') }).waitFor();
    await look(page, 'journal');
    await page.getByRole('button', { name: say('report.open') }).click();
    await page.getByRole('heading', { name: say('report.heading'), level: 1 }).waitFor();
    await look(page, 'report');
    // Saving asks for a name and date of birth first.
    await page.getByRole('button', { name: say('report.save') }).click();
    await page.getByRole('heading', { name: say('report.patientHeading') }).waitFor();
    await look(page, 'report-save-ask');
    await page.getByRole('button', { name: say('common.cancel') }).click();
    await page.getByRole('button', { name: say('report.back') }).click();
    await page
      .getByRole('button', { name: say('diary.log') })
      .first()
      .click();
    await page.getByText(say('diary.more')).click();
    await look(page, 'diary-form');
    await page.getByRole('button', { name: say('common.cancel') }).click();
    await tab(page, 'nav.learn');
    await look(page, 'learn');
    await tab(page, 'nav.settings');
    await look(page, 'settings');

    // A routine: the heat question first (warmth not yet answered), then the player.
    await tab(page, 'nav.routines');
    const warmName = pseudoRoutineTexts(routineTextsEn).routines['warm-compress'].name;
    await page
      .getByRole('button', { name: say('routines.startNamed').replace('{routine}', warmName) })
      .click();
    await page.getByRole('alertdialog').waitFor();
    await look(page, 'heat-question');
    await page.getByRole('button', { name: say('heat.no') }).click();
    await expect.poll(() => lastSessionState(app.launched.contents).status).toBe('running');
    await look(page, 'player');
    // Skipped to its end: Sleep well.
    await keyToSleepWell(page, app.launched.contents, 'ArrowRight', say('sleepWell.heading'));
    await look(page, 'sleep-well');
    await page.getByRole('button', { name: say('sleepWell.done') }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: say('sleepWell.heading') }).count())
      .toBe(0);

    expect(problems).toEqual([]);
  });

  it('says the tray menu and the notifications in the pseudo-locale too', async () => {
    const labels = Tray.all.flatMap((tray) => [tray.tooltip, ...menuLabels(tray.contextMenu)]);
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.filter((label) => label && !hasMark(label))).toEqual([]);

    // A test reminder from Settings: the notification and the app's own reminder window.
    const { page } = app;
    await tab(page, 'nav.settings');
    const before = Notification.shown.length;
    await page.getByRole('button', { name: say('reminders.test') }).click();
    await expect.poll(() => Notification.shown.length).toBeGreaterThan(before);
    const shown = Notification.shown.at(-1)!.options;
    for (const field of ['title', 'body'] as const) {
      expect(hasMark(String(shown[field])), `${field}: ${String(shown[field])}`).toBe(true);
    }
    const reminderWindow = BrowserWindow.getAllWindows().find(
      (window) => window !== app.launched.window,
    );
    expect(reminderWindow).toBeDefined();
    const reminderPage = await app.host.pageFor(reminderWindow!.webContents);
    await reminderPage.getByRole('heading').first().waitFor();
    await look(reminderPage, 'reminder-window');
    expect(problems).toEqual([]);
  });
});
