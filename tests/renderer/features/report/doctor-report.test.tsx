import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcFail, ipcOk } from '../../../../core/ipc/ipc-result';
import { LINKED_MEDICINES } from '../../../../core/health/health-lists';
import type { DiaryEntry } from '../../../../core/journal/diary-entry';
import { replayDiary } from '../../../../core/journal/diary-log';
import { buildDoctorReport } from '../../../../core/report/build-report';
import type { DoctorReport } from '../../../../core/report/doctor-report';
import { completedSession } from '../../../fixtures/completed-session';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

const NOW_MS = Date.UTC(2026, 10, 26, 21, 0);
const cramp = (id: string, iso: string, details: Partial<DiaryEntry>): DiaryEntry => ({
  id,
  startedAtMs: Date.parse(iso),
  night: '2026-11-10',
  ...details,
});

/** A short diary, as main would report it: three cramps of one night, a routine the next. */
function sampleReport(): DoctorReport {
  const entries = [
    cramp('a', '2026-11-11T00:30:00Z', {
      leg: 'left',
      muscle: 'calf',
      intensity: 7,
      durationMinutes: 3,
      feel: ['tight'],
      helped: ['stretching'],
      medicines: 'Started atorvastatin',
    }),
    cramp('b', '2026-11-11T02:00:00Z', { leg: 'left', muscle: 'foot', intensity: 4 }),
    cramp('c', '2026-11-11T03:15:00Z', {
      muscle: 'calf',
      symptoms: ['soreness-after'],
      note: 'Woke <b>twice</b>',
    }),
  ];
  return buildDoctorReport({
    history: [completedSession(Date.UTC(2026, 10, 11, 21, 30), { routineName: 'Before sleep' })],
    diary: replayDiary(entries.map((entry) => ({ kind: 'saved', atMs: 0, entry }))),
    timeZone: 'UTC',
    nowMs: NOW_MS,
  });
}

async function openReport(
  fake = createFakeBridge({ getDoctorReport: () => ipcOk(sampleReport()) }),
) {
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

describe('the report for the doctor', () => {
  it('opens from the Journal and answers a doctor’s questions from the diary', async () => {
    const { report } = await openReport();
    await within(report).findByText('What a doctor asks, answered from the diary');
    expect(report).toHaveTextContent(
      'Nights from the evening of Nov 6, 2026 to the morning of Nov 27, 2026. Made on Nov 26, 2026.',
    );
    expect(answerTo(report, 'When did the cramps start?')).toHaveTextContent(
      /^The first cramp in the diary was in the night of Tue, Nov 10 to Wed, Nov 11, 2026\.Most began between 12:30\sAM and 3:15\sAM\.$/,
    );
    expect(answerTo(report, 'Where are they?')).toHaveTextContent(
      'Calf (2), Foot (1). 3 of 3 cramps answered.Left leg (2). 2 of 3 cramps answered.',
    );
    expect(answerTo(report, 'How do they feel?')).toHaveTextContent(
      'Tight (1). 1 of 3 cramps answered.Strength 4 to 7 out of 10, the middle value 5.5. 2 of 3 cramps answered.',
    );
    expect(answerTo(report, 'How long does each one last?')).toHaveTextContent(
      '1 to 5 minutes (1). 1 of 3 cramps answered.',
    );
    expect(answerTo(report, 'What comes with them?')).toHaveTextContent(
      'Sore afterwards (1). Noted with 1 of 3 cramps.',
    );
    expect(answerTo(report, 'How often?')).toHaveTextContent(
      /^3 cramps in 3 weeks\.\s*Cramps are known for 1 of 21 nights/,
    );
    expect(answerTo(report, 'The bedtime routine')).toHaveTextContent(
      'Done on 1 of 21 nights.Before sleep (1 night).',
    );
    expect(answerTo(report, 'Medicines started or changed')).toHaveTextContent(
      'Night of Tue, Nov 10 to Wed, Nov 11, 2026: “Started atorvastatin”As written in the diary.',
    );
    expect(answerTo(report, 'What helped?')).toHaveTextContent(
      'Stretching (1). 1 of 3 cramps answered.',
    );
    // Cramps each week: the Journal's weeks, from the one holding the diary's first night.
    const weeks = within(report).getByRole('table', { name: 'Cramps each week' });
    // A week a row, its figures across (four columns fit a narrow window), each week named.
    const cells = (row: HTMLElement) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);
    expect(within(weeks).getAllByRole('row').map(cells)).toEqual([
      ['Week from', 'Cramps', 'Nights known (of 7)', 'Nights with the routine'],
      ['Nov 6', '3', '1', '1'],
      ['Nov 13', '0', '0', '0'],
      ['Nov 20', '0', '0', '0'],
    ]);
    expect(
      within(weeks)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Nov 6', 'Nov 13', 'Nov 20']);
  });

  it('then lists every cramp in detail, oldest first, its notes shown as written', async () => {
    const { report } = await openReport();
    const diary = await within(report).findByRole('region', { name: 'The diary in detail' });
    const rows = within(diary)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'BeganWhereStrength (0 to 10)How longHow it feltWhat helpedAlso noticed',
      // Each at the day it began: after midnight, the day after its night's.
      expect.stringMatching(/^Wed, Nov 11, 12:30\sAMLeft leg, Calf71 to 5 minutesTightStretching$/),
      'Medicines: Started atorvastatin',
      expect.stringMatching(/^Wed, Nov 11, 2:00\sAMLeft leg, Foot4$/),
      expect.stringMatching(/^Wed, Nov 11, 3:15\sAMCalfSore afterwards$/),
      'Note: Woke <b>twice</b>',
    ]);
    expect(diary.querySelector('b')).toBeNull();
  });

  it('says plainly what an empty diary holds, rather than empty answers', async () => {
    const { report } = await openReport(createFakeBridge());
    await within(report).findByText('What a doctor asks, answered from the diary');
    expect(answerTo(report, 'When did the cramps start?')).toHaveTextContent(
      'No cramps are in the diary yet.',
    );
    expect(answerTo(report, 'How do they feel?')).toHaveTextContent('Not answered in the diary.');
    expect(answerTo(report, 'Medicines started or changed')).toHaveTextContent(
      'None written in the diary.',
    );
    expect(report).toHaveTextContent('No cramps were logged in these weeks.');
  });

  it('saves as PDF and says where; gives main’s reason when it could not; says nothing when cancelled', async () => {
    const fake = createFakeBridge({
      getDoctorReport: () => ipcOk(sampleReport()),
      saveDoctorReport: () => ipcOk({ kind: 'saved', file: 'report.pdf' }),
    });
    const { user, report } = await openReport(fake);
    await within(report).findByText('The diary in detail');
    // Saving asks for a name first (optional): Save as PDF… again goes on without one.
    const save = async () => {
      await user.click(within(report).getByRole('button', { name: 'Save as PDF…' }));
      const asked = within(report).getByRole('form', { name: 'Your name on the report?' });
      await user.click(within(asked).getByRole('button', { name: 'Save as PDF…' }));
    };
    await save();
    expect(await within(report).findByText('Saved to report.pdf.')).toBeVisible();

    fake.spies.saveDoctorReport.mockResolvedValueOnce(
      ipcFail('not-saved', 'The report could not be saved there.'),
    );
    await save();
    expect(await within(report).findByText('The report could not be saved there.')).toBeVisible();

    fake.spies.saveDoctorReport.mockResolvedValueOnce(ipcOk({ kind: 'cancelled' }));
    await save();
    expect(fake.spies.saveDoctorReport).toHaveBeenCalledTimes(3);
    expect(within(report).queryByText(/could not|Saved to/)).not.toBeInTheDocument();
  });

  it('offers Save only once the report is there to print', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const fake = createFakeBridge({
      getDoctorReport: () => new Promise((resolve) => (answer = resolve)),
    });
    const { report } = await openReport(fake);
    expect(within(report).getByText('Putting the report together…')).toBeVisible();
    expect(within(report).getByRole('button', { name: 'Save as PDF…' })).toBeDisabled();
    await act(async () => answer(ipcOk(sampleReport())));
    expect(within(report).getByRole('button', { name: 'Save as PDF…' })).toBeEnabled();
  });

  it('names the page for the PDF while it is shown, and goes back to the Journal with its button focused', async () => {
    const { user, report } = await openReport();
    expect(within(report).getByRole('heading', { level: 1 })).toHaveFocus();
    expect(document.title).toBe('Bedtime Stretch: report for the doctor');
    await user.click(within(report).getByRole('button', { name: 'Back to the Journal' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Report for the doctor' })).toHaveFocus();
    expect(document.title).not.toBe('Bedtime Stretch: report for the doctor');
  });

  it('is read again when the diary changes', async () => {
    const { fake, report } = await openReport();
    await within(report).findByText('The diary in detail');
    const before = fake.spies.getDoctorReport.mock.calls.length;
    act(() => fake.emit('diaryChanged', { entries: [], checkIn: null, clotCaution: null }));
    await expect.poll(() => fake.spies.getDoctorReport.mock.calls.length).toBe(before + 1);
  });

  it('lists what the health notes hold: conditions, medicines with their dates, the note', async () => {
    const report: DoctorReport = {
      ...sampleReport(),
      healthNotes: {
        conditions: ['diabetes', 'kidney'],
        medicines: [
          { medicine: 'statin', changedOn: '2026-10-02' },
          { medicine: 'diuretic', changedOn: null },
        ],
        other: 'Knee replaced in 2019',
      },
    };
    await openReport(createFakeBridge({ getDoctorReport: () => ipcOk(report) }));
    const notes = (await screen.findByText('From the patient’s health notes')).closest('div')!;
    expect(notes).toHaveTextContent('Conditions: Diabetes, Kidney disease.');
    expect(notes).toHaveTextContent(
      'Takes a statin, for cholesterol, started or changed on Oct 2, 2026.',
    );
    expect(notes).toHaveTextContent('Takes a water tablet (diuretic).');
    expect(notes).toHaveTextContent('Also noted: “Knee replaced in 2019”');
  });

  it('writes every medicine ticked as a sentence: “Takes” and its name in lower case', async () => {
    const report: DoctorReport = {
      ...sampleReport(),
      healthNotes: {
        conditions: [],
        medicines: LINKED_MEDICINES.map((medicine) => ({ medicine, changedOn: null })),
        other: '',
      },
    };
    await openReport(createFakeBridge({ getDoctorReport: () => ipcOk(report) }));
    const notes = (await screen.findByText('From the patient’s health notes')).closest('div')!;
    const sentences = [...notes.querySelectorAll('dd p')].map((line) => line.textContent);
    expect(sentences).toHaveLength(LINKED_MEDICINES.length);
    for (const sentence of sentences) expect(sentence).toMatch(/^Takes [a-z][^A-Z]*\.$/);
  });
});
