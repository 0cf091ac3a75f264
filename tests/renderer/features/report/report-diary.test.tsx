import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setWindowCatalog } from '../../../../core/i18n/format-window-message';
import { windowMessagesEn } from '../../../../core/i18n/messages-en';
import { ipcOk } from '../../../../core/ipc/ipc-result';
import type { DiaryEntry } from '../../../../core/journal/diary-entry';
import { replayDiary } from '../../../../core/journal/diary-log';
import { buildDoctorReport } from '../../../../core/report/build-report';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

const NOW_MS = Date.UTC(2026, 10, 26, 21, 0);
const cramp = (id: string, iso: string, details: Partial<DiaryEntry>): DiaryEntry => ({
  id,
  startedAtMs: Date.parse(iso),
  night: '2026-11-10',
  ...details,
});

async function openReport(fake: ReturnType<typeof createFakeBridge>) {
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  await user.click(screen.getByRole('tab', { name: 'Journal' }));
  await user.click(screen.getByRole('button', { name: 'Report for the doctor' }));
  const report = screen.getByRole('article', { name: 'Report for the doctor' });
  return { user, fake, report };
}

/** The answer the report gives to one of a doctor's questions. */
const answerTo = (report: HTMLElement, question: string) =>
  within(report).getByText(question, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('the report’s cramps in detail', () => {
  it('prints each cramp at the real day and time it began, and a night as its evening to its morning', async () => {
    // London, BST: a cramp at 23:50 on Saturday 10 October and one at 00:40 on Sunday 11 October
    // (still 23:40 on Saturday in UTC), both of the night of Sat 10 to Sun 11; a "yes" the night
    // after, with none logged.
    const london = (iso: string) => Date.parse(`${iso}+01:00`);
    const built = buildDoctorReport({
      history: [],
      diary: replayDiary([
        {
          kind: 'saved',
          atMs: 0,
          entry: { id: 'a', startedAtMs: london('2026-10-10T23:50'), night: '2026-10-10' },
        },
        {
          kind: 'saved',
          atMs: 0,
          entry: {
            id: 'b',
            startedAtMs: london('2026-10-11T00:40'),
            night: '2026-10-10',
            medicines: 'New water tablet',
          },
        },
        { kind: 'morning', atMs: 0, night: '2026-10-11', answer: 'cramps' },
      ]),
      timeZone: 'Europe/London',
      nowMs: london('2026-10-13T20:00'),
    });
    const shown = async () => {
      const { report } = await openReport(
        createFakeBridge({ getDoctorReport: () => ipcOk(built) }),
      );
      const diary = await within(report).findByRole('region', { name: 'The diary in detail' });
      const began = within(diary)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
      return { report, diary, began };
    };

    const { report, diary, began } = await shown();
    expect(began).toEqual([
      expect.stringMatching(/^Sat, Oct 10, 11:50\sPM$/),
      expect.stringMatching(/^Sun, Oct 11, 12:40\sAM$/),
    ]);
    expect(answerTo(report, 'When did the cramps start?')).toHaveTextContent(
      /^The first cramp in the diary was in the night of Sat, Oct 10 to Sun, Oct 11, 2026\./,
    );
    expect(answerTo(report, 'Medicines started or changed')).toHaveTextContent(
      'Night of Sat, Oct 10 to Sun, Oct 11, 2026: “New water tablet”',
    );
    expect(diary).toHaveTextContent(
      'Nights said to have had cramps, none logged: Sun, Oct 11 to Mon, Oct 12.',
    );
    cleanup();

    // In British English, the day and the 24-hour clock as written there.
    setWindowCatalog({ ...windowMessagesEn, 'app.lang': 'en-GB' });
    try {
      expect((await shown()).began).toEqual(['Sat 10 Oct, 23:50', 'Sun 11 Oct, 00:40']);
    } finally {
      setWindowCatalog(windowMessagesEn);
    }
  });

  it('says the signs a doctor should hear about in words, in the answers and in the diary', async () => {
    const report = buildDoctorReport({
      history: [],
      diary: replayDiary([
        {
          kind: 'saved',
          atMs: 0,
          entry: cramp('s', '2026-11-11T01:00:00Z', {
            symptoms: ['calf-pain-walking', 'pale-or-cold-skin', 'twitching'],
          }),
        },
        {
          kind: 'saved',
          atMs: 0,
          entry: cramp('t', '2026-11-11T02:00:00Z', {
            symptoms: ['cramps-elsewhere', 'pale-or-cold-skin', 'muscle-wasting'],
          }),
        },
      ]),
      timeZone: 'UTC',
      nowMs: NOW_MS,
    });
    const { report: shown } = await openReport(
      createFakeBridge({ getDoctorReport: () => ipcOk(report) }),
    );
    await within(shown).findByText('The diary in detail');
    expect(answerTo(shown, 'What comes with them?')).toHaveTextContent(
      'Pale or cold skin (2), Calf pain when walking, easing with rest (1), Muscle twitching (1), A muscle getting thinner (wasting) (1), Cramps elsewhere in the body (1). Noted with 2 of 2 cramps.',
    );
    const diary = within(shown).getByRole('region', { name: 'The diary in detail' });
    // Each cramp's as it was ticked.
    expect(diary).toHaveTextContent(
      'Calf pain when walking, easing with rest, Pale or cold skin, Muscle twitching',
    );
    expect(diary).toHaveTextContent(
      'Cramps elsewhere in the body, Pale or cold skin, A muscle getting thinner (wasting)',
    );
  });
});
