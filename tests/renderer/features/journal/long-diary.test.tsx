import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DiaryEntry } from '../../../../core/journal/diary-entry';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge, nightOf } from '../../../fakes/fake-bridge';

const DAY_MS = 86_400_000;
/** 02:00 on Tuesday 24 November 2026, local: the newest cramp. */
const NEWEST_MS = new Date(2026, 10, 24, 2, 0).getTime();

/** `count` cramps, one a night, newest first as main sends them; the n-th is `cramp-n`. */
const diaryOf = (count: number): DiaryEntry[] =>
  Array.from({ length: count }, (_, index) => {
    const startedAtMs = NEWEST_MS - index * DAY_MS;
    return { id: `cramp-${index}`, startedAtMs, night: nightOf(startedAtMs), leg: 'left' };
  });

async function openJournal(count: number) {
  const user = userEvent.setup();
  const fake = createFakeBridge({}, { diary: { entries: diaryOf(count) } });
  render(<App bridge={fake.bridge} />);
  await user.click(screen.getByRole('tab', { name: 'Journal' }));
  return { user, fake };
}

const entryNames = () =>
  screen.getAllByRole('heading', { level: 3, name: /^Night of/ }).map((h) => h.textContent);

describe('a long diary in the Journal', () => {
  it('lists the latest 30 cramps, says how many there are, and offers the older ones', async () => {
    await openJournal(75);
    await screen.findByRole('heading', { level: 3, name: /^Night of Mon, Nov 23/ });
    expect(entryNames()).toHaveLength(30);
    expect(entryNames()[0]).toMatch(/^Night of Mon, Nov 23/);
    expect(screen.getByText('Showing the latest 30 of 75 cramps.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Show 30 older cramps' })).toBeVisible();
  });

  it('shows older cramps from the keyboard, moves to the first of them and says so', async () => {
    const { user } = await openJournal(75);
    const older = await screen.findByRole('button', { name: 'Show 30 older cramps' });
    older.focus();
    await user.keyboard('{Enter}');

    expect(entryNames()).toHaveLength(60);
    // The keyboard is on the first cramp it brought, the 31st, 30 nights before the newest.
    const first = screen.getAllByRole('heading', { level: 3, name: /^Night of/ })[30]!;
    expect(first).toHaveTextContent(/^Night of Sat, Oct 24/);
    expect(first).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Showing the latest 60 of 75 cramps.');
    expect(
      screen.getByText('Showing the latest 60 of 75 cramps.', { selector: 'p' }),
    ).toBeVisible();

    // The rest: fewer than 30 left, then everything is shown and nothing more is offered.
    await user.click(screen.getByRole('button', { name: 'Show 15 older cramps' }));
    expect(entryNames()).toHaveLength(75);
    expect(screen.getAllByRole('heading', { level: 3, name: /^Night of/ })[60]).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 75 cramps.');
    expect(screen.queryByRole('button', { name: /older cramp/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Showing the latest/, { selector: 'p' })).not.toBeInTheDocument();
  });

  it('offers nothing more when every cramp is shown', async () => {
    await openJournal(30);
    await screen.findByRole('heading', { level: 3, name: /^Night of Mon, Nov 23/ });
    expect(entryNames()).toHaveLength(30);
    expect(screen.queryByRole('button', { name: /older cramp/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Showing/)).not.toBeInTheDocument();
  });

  it('keeps an older cramp shown to change, and back from the form its button has the keyboard', async () => {
    const { user, fake } = await openJournal(31);
    await user.click(await screen.findByRole('button', { name: 'Show 1 older cramp' }));
    const oldest = screen.getByRole('heading', { level: 3, name: /^Night of Sat, Oct 24/ });
    const item = within(oldest.closest('li')!);
    await user.click(item.getByRole('button', { name: /^Show details:/ }));
    const change = item.getByRole('button', { name: /^Change:/ });
    await user.click(change);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(entryNames()).toHaveLength(31);
    expect(change).toHaveFocus();
    expect(fake.spies.saveDiaryEntry).not.toHaveBeenCalled();
  });
});
