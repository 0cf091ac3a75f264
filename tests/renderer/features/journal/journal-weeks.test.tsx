import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcOk } from '../../../../core/ipc/ipc-result';
import type { JournalSummary, NightMark } from '../../../../core/journal/journal-summary';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

/** 12 weeks ending on the night of 24 November 2026; each week's nights as the test gives them. */
function summaryOf(
  nightOf: (index: number) => Omit<NightMark, 'date'>,
  seeDoctor: JournalSummary['seeDoctor'] = 'no',
): JournalSummary {
  const first = new Date(2026, 8, 2); // 2 September: 84 nights to 24 November
  const nights = Array.from({ length: 84 }, (_, index) => {
    const day = new Date(first.getFullYear(), first.getMonth(), first.getDate() + index);
    const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    return { date, ...nightOf(index) };
  });
  const weeks = Array.from({ length: 12 }, (_, week) => {
    const seven = nights.slice(week * 7, week * 7 + 7);
    return {
      start: seven[0]!.date,
      cramps: seven.reduce((sum, night) => sum + night.crampCount, 0),
      routineNights: seven.filter((night) => night.routine).length,
      knownNights: seven.filter((night) => night.cramps !== 'unknown').length,
    };
  });
  return { nights, weeks, seeDoctor };
}

async function openJournal(summary: JournalSummary) {
  const fake = createFakeBridge({ getJournalSummary: async () => ipcOk(summary) });
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  await user.click(screen.getByRole('tab', { name: 'Journal' }));
  return screen.findByRole('region', { name: 'The last 12 weeks' });
}

describe('the Journal’s last 12 weeks', () => {
  it('shows each night: the routine, the cramps, none said, and unknown never as none', async () => {
    // Routine on even nights; 2 cramps on nights 80 and 81, "none" said on 82, 83 unknown.
    const section = await openJournal(
      summaryOf((index) => ({
        routine: index % 2 === 0,
        cramps: index === 80 || index === 81 ? 'cramps' : index === 82 ? 'none' : 'unknown',
        crampCount: index === 80 || index === 81 ? 2 : 0,
      })),
    );
    const table = within(section).getByRole('table', { name: 'Night by night, a week a row' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(12);
    const lastWeek = within(rows[11]!).getAllByRole('cell');
    expect(lastWeek.map((cell) => cell.textContent)).toEqual([
      expect.stringContaining('?'),
      expect.stringContaining('?'),
      expect.stringContaining('?'),
      expect.stringMatching(/^2.*Nov 21: routine done, 2 cramps$/),
      expect.stringMatching(/^2.*Nov 22: no routine, 2 cramps$/),
      expect.stringMatching(/^0.*Nov 23: routine done, no cramps$/),
      expect.stringMatching(/^\?.*Nov 24: no routine, cramps not known$/),
    ]);
    // The figures: 4 cramps, 42 routine nights, 81 nights not known.
    expect(within(section).getByText('Cramps logged').nextSibling).toHaveTextContent('4');
    expect(within(section).getByText('Nights with the routine').nextSibling).toHaveTextContent(
      '42',
    );
    expect(within(section).getByText('Nights not known').nextSibling).toHaveTextContent('81');
    expect(within(section).getByRole('img', { name: /^Cramps each week/ })).toBeVisible();
    expect(within(section).getByText(/not proof either way/)).toBeVisible();
    expect(within(section).queryByRole('note')).toBeNull();
  });

  it('suggests a doctor, calmly, when the diary shows frequent or rising cramps', async () => {
    const frequent = await openJournal(
      summaryOf(() => ({ routine: false, cramps: 'cramps', crampCount: 1 }), 'frequent'),
    );
    expect(within(frequent).getByRole('note')).toHaveTextContent(
      /3 or more cramps a week, two weeks running.*talking over with a doctor/,
    );
  });
});
