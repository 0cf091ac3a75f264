import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcOk } from '../../../../core/ipc/ipc-result';
import type { DiaryEntry } from '../../../../core/journal/diary-entry';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

/** Two cramps: one early on 24 November (the night of the 23rd), one late on 20 November. */
const EARLY: DiaryEntry = {
  id: 'cramp-7',
  startedAtMs: new Date(2026, 10, 24, 2, 10).getTime(),
  night: '2026-11-23',
  leg: 'left',
  muscle: 'calf',
  intensity: 7,
  durationMinutes: 3,
  feel: ['knotted'],
};
const OLDER: DiaryEntry = {
  id: 'cramp-3',
  startedAtMs: new Date(2026, 10, 20, 23, 40).getTime(),
  night: '2026-11-20',
  muscle: 'foot',
};

async function openJournal(fake = createFakeBridge({}, { diary: { entries: [EARLY, OLDER] } })) {
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  await user.click(screen.getByRole('tab', { name: 'Journal' }));
  return { user, fake };
}

const entryNames = () =>
  screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('the Journal', () => {
  it('lists cramps newest first: night, time, leg, muscle, strength and how long', async () => {
    const { user } = await openJournal();
    const early = await screen.findByRole('heading', { level: 3, name: /^Night of Mon, Nov 23/ });
    expect(entryNames()).toEqual([
      expect.stringMatching(/^Night of Mon, Nov 23 · cramp at 2:10\sAM$/),
      expect.stringMatching(/^Night of Fri, Nov 20 · cramp at 11:40\sPM$/),
    ]);
    const item = early.closest('li')!;
    expect(item).toHaveTextContent('Left leg · Calf · strength 7 of 10 · 1 to 5 minutes');
    // The rest, and Change and Delete, on demand: a line or two a cramp until then.
    expect(within(item).queryByText('Knotted')).not.toBeVisible();
    expect(within(item).queryByRole('button', { name: /^Change/ })).not.toBeInTheDocument();
    const show = within(item).getByRole('button', { name: /^Show details: Night of Mon, Nov 23/ });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    expect(show).toHaveAttribute('aria-expanded', 'true');
    expect(show).toHaveTextContent('Hide details');
    expect(within(item).getByText('It felt')).toBeVisible();
    expect(within(item).getByText('Knotted')).toBeVisible();
    expect(
      within(item).getByRole('button', { name: /^Change: Night of Mon, Nov 23/ }),
    ).toBeVisible();
    expect(
      within(item).getByRole('button', { name: /^Delete: Night of Mon, Nov 23/ }),
    ).toBeVisible();
    // An entry with nothing more noted says so.
    await user.click(screen.getByRole('button', { name: /^Show details: Night of Fri/ }));
    expect(screen.getByText('Nothing more was noted.')).toBeVisible();
    await user.click(show);
    expect(within(item).queryByText('Knotted')).not.toBeVisible();
  });

  it('says gently when there is nothing yet, and still offers to log one', async () => {
    await openJournal(createFakeBridge());
    expect(await screen.findByText('No cramps logged yet.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Log a cramp' })).toBeVisible();
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('changes an entry in the same form, saved under its id, then returns to it', async () => {
    const { user, fake } = await openJournal();
    await user.click(await screen.findByRole('button', { name: /^Show details: Night of Mon/ }));
    const change = screen.getByRole('button', { name: /^Change: Night of Mon/ });
    await user.click(change);
    expect(screen.getByRole('heading', { level: 1, name: 'Change this cramp' })).toHaveFocus();
    // Its answers are there, the details too.
    expect(screen.getByRole('radio', { name: 'Left leg' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Calf' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '7' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Knotted' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Foot' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(fake.spies.saveDiaryEntry.mock.calls[0]?.[0]).toStrictEqual({
      id: 'cramp-7',
      startedAtMs: EARLY.startedAtMs,
      leg: 'left',
      muscle: 'foot',
      intensity: 7,
      durationMinutes: 3,
      feel: ['knotted'],
    });
    const item = (await screen.findByRole('heading', { name: /^Night of Mon/ })).closest('li')!;
    expect(item).toHaveTextContent('Left leg · Foot · strength 7 of 10');
    expect(entryNames()).toHaveLength(2);
    expect(screen.getByRole('button', { name: /^Change: Night of Mon/ })).toHaveFocus();
  });

  it('deletes with a calm line and an Undo that brings the entry back', async () => {
    const { user, fake } = await openJournal();
    await user.click(await screen.findByRole('button', { name: /^Show details: Night of Mon/ }));
    await user.click(screen.getByRole('button', { name: /^Delete: Night of Mon/ }));

    expect(fake.spies.deleteDiaryEntry).toHaveBeenCalledWith({ id: 'cramp-7' });
    expect(
      await screen.findByText(/^Cramp of Mon, Nov 23 deleted\./, { selector: 'p' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Cramp of Mon, Nov 23 deleted.');
    expect(entryNames()).toEqual([expect.stringMatching(/^Night of Fri/)]);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();

    await user.click(undo);
    expect(fake.spies.restoreDiaryEntry).toHaveBeenCalledWith({ id: 'cramp-7' });
    expect(await screen.findByRole('heading', { name: /^Night of Mon/ })).toBeVisible();
    expect(screen.queryByText(/deleted\./, { selector: 'p' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Journal' })).toHaveFocus();
  });

  it('keeps Undo offered until the next thing is done', async () => {
    const { user } = await openJournal();
    await user.click(await screen.findByRole('button', { name: /^Show details: Night of Mon/ }));
    await user.click(screen.getByRole('button', { name: /^Delete: Night of Mon/ }));
    await user.click(screen.getByRole('button', { name: 'Log a cramp' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('saves as CSV and says where; says nothing when the dialog is cancelled', async () => {
    const fake = createFakeBridge(
      { exportJournal: () => ipcOk({ kind: 'saved', file: 'cramps.csv', nights: 12 }) },
      { diary: { entries: [EARLY] } },
    );
    const { user } = await openJournal(fake);
    await user.click(screen.getByRole('button', { name: 'Save as CSV…' }));
    expect(await screen.findByText('Saved to cramps.csv.', { selector: 'p' })).toBeVisible();

    fake.spies.exportJournal.mockResolvedValueOnce(ipcOk({ kind: 'cancelled' }));
    await user.click(screen.getByRole('button', { name: 'Save as CSV…' }));
    expect(fake.spies.exportJournal).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(/Saved to/, { selector: 'p' })).not.toBeInTheDocument();
  });

  it('follows changes made elsewhere (the tray, another window)', async () => {
    const { fake } = await openJournal(createFakeBridge());
    await screen.findByText('No cramps logged yet.');
    act(() => fake.emit('diaryChanged', { entries: [OLDER], checkIn: null, clotCaution: null }));
    expect(entryNames()).toEqual([expect.stringMatching(/^Night of Fri, Nov 20/)]);
  });

  it('reads the diary again when the window comes back into view', async () => {
    const { fake } = await openJournal();
    await screen.findByRole('heading', { name: /^Night of Mon/ });
    const reads = fake.spies.getDiary.mock.calls.length;
    fake.spies.getDiary.mockResolvedValue(
      ipcOk({ entries: [OLDER], checkIn: null, clotCaution: null }),
    );
    await act(async () => window.dispatchEvent(new Event('focus')));
    expect(fake.spies.getDiary.mock.calls.length).toBe(reads + 1);
    expect(entryNames()).toEqual([expect.stringMatching(/^Night of Fri/)]);
    await act(async () => document.dispatchEvent(new Event('visibilitychange')));
    expect(fake.spies.getDiary.mock.calls.length).toBe(reads + 2);
  });
});
