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

/** The numbers on a chart's scale, bottom to top. */
const ticksOf = (chart: HTMLElement) =>
  [...chart.querySelectorAll('.week-bars__tick')].map((tick) => tick.textContent);

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
    const [weekdays, ...rows] = within(table).getAllByRole('row');
    // 2 September 2026 was a Wednesday: the columns are the weekdays from there.
    expect(
      within(weekdays!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Week of', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue']);
    expect(rows).toHaveLength(12);
    expect(within(rows[11]!).getByRole('rowheader')).toHaveTextContent('Nov 18');
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
    // Each mark of the calendar in its legend.
    const legend = within(section).getByRole('list', { name: 'What the marks mean' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'A routine done that night',
      '2Cramps logged that night',
      '0No cramps: you said so',
      '!Cramps, not logged',
      '?Not known yet',
    ]);
    // Two charts, each on its own scale, each week's figure in words.
    const cramps = within(section).getByRole('img', { name: /^Cramps each week/ });
    expect(cramps).toHaveAccessibleName(
      expect.stringMatching(
        /oldest first\. Week of Sep 2: 0 · .* · Week of Nov 11: 0 · Week of Nov 18: 4\.$/,
      ),
    );
    expect(within(section).getByText('Each bar: the cramps logged in one week.')).toBeVisible();
    const routine = within(section).getByRole('img', {
      name: /^Nights with the routine each week/,
    });
    expect(routine).toHaveAccessibleName(
      expect.stringMatching(/Week of Sep 2: 4 · Week of Sep 9: 3 · /),
    );
    // The scales: the routine's 0 to 7, the cramps' 0 to 4 (the most in a week).
    expect(ticksOf(routine)).toEqual(['0', '7']);
    expect(ticksOf(cramps)).toEqual(['0', '2', '4']);
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

  it('starts at the first week with anything noted, and in the first week says so in words', async () => {
    // Nothing before night 70 (a Wednesday); a routine on nights 70 and 72.
    const later = await openJournal(
      summaryOf((index) => ({
        routine: index === 70 || index === 72,
        cramps: 'unknown',
        crampCount: 0,
      })),
    );
    expect(
      within(later).getByText('From your first week with anything noted, Wed, Nov 11.'),
    ).toBeVisible();
    expect(within(within(later).getByRole('table')).getAllByRole('row')).toHaveLength(3);
    expect(within(later).getByText('Nights not known').nextSibling).toHaveTextContent('14');
  });

  it('in the first week: plain words, no grid of question marks', async () => {
    const first = await openJournal(
      summaryOf((index) => ({
        routine: index === 80,
        cramps: index === 81 ? 'cramps' : 'unknown',
        crampCount: index === 81 ? 2 : 0,
      })),
    );
    expect(within(first).getByText(/^Your first week\./)).toBeVisible();
    expect(
      within(first).getByText('So far: 1 night with the routine, 2 cramps logged.'),
    ).toBeVisible();
    expect(within(first).queryByRole('table')).toBeNull();
    expect(within(first).queryByRole('img')).toBeNull();
    expect(first).not.toHaveTextContent('?');
  });
});
