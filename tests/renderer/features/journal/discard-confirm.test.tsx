import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DiaryEntry } from '../../../../core/journal/diary-entry';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

/** 02:10 on 24 November 2026, local time. */
const NOW = new Date(2026, 10, 24, 2, 10, 30).getTime();

const ENTRY: DiaryEntry = {
  id: 'cramp-7',
  startedAtMs: new Date(2026, 10, 24, 1, 40).getTime(),
  night: '2026-11-23',
  leg: 'left',
  feel: ['knotted', 'sharp'],
  note: 'woke twice',
};

function renderApp(fake = createFakeBridge({}, { diary: { entries: [ENTRY] } })) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  return { user, fake };
}

const form = () => screen.queryByRole('heading', { level: 1, name: /cramp/ });

afterEach(() => {
  vi.useRealTimers();
});

describe('leaving the diary form with Escape', () => {
  it('asks before discarding a choice made, with "Keep editing" on the keyboard', async () => {
    const { user, fake } = renderApp();
    const logButton = await screen.findByRole('button', { name: 'Log a cramp' });
    await user.click(logButton);
    const calf = screen.getByRole('radio', { name: 'Calf' });
    await user.click(calf);
    await user.keyboard('{Escape}');

    const ask = screen.getByRole('alertdialog', { name: 'Discard this cramp?' });
    expect(ask).toHaveAccessibleDescription('What you entered is not saved.');
    const keep = within(ask).getByRole('button', { name: 'Keep editing' });
    const discard = within(ask).getByRole('button', { name: 'Discard' });
    expect(keep).toHaveFocus();
    // Tab stays on the question's two buttons; the form behind cannot be reached.
    await user.tab();
    expect(discard).toHaveFocus();
    await user.tab();
    expect(keep).toHaveFocus();
    expect(calf.closest('form')).toHaveAttribute('inert');

    // A second Escape keeps editing: the choice is there, the keyboard back on it.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Calf' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Calf' })).toHaveFocus();

    // Asked again, Discard: the form closes, nothing is saved, focus is where it was.
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(form()).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Tonight' })).toBeVisible();
    expect(logButton).toHaveFocus();
    expect(fake.spies.saveDiaryEntry).not.toHaveBeenCalled();
  });

  it('keeps editing with Enter on the focused button, the answers as they were', async () => {
    const { user, fake } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Log a cramp' }));
    await user.click(screen.getByText('More details'));
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'after a long walk');
    await user.keyboard('{Escape}');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('after a long walk');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveFocus();
    expect(fake.spies.saveDiaryEntry).not.toHaveBeenCalled();
  });

  it('just closes when what was entered was taken back, or an entry was opened and not changed', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Log a cramp' }));
    await user.click(screen.getByText('More details'));
    const note = screen.getByRole('textbox', { name: 'Note' });
    await user.type(note, 'x');
    await user.clear(note);
    await user.click(screen.getByRole('checkbox', { name: 'Tight' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tight' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(form()).not.toBeInTheDocument();

    // An entry opened to change: its own answers are no change (ticked again in another order).
    await user.click(screen.getByRole('tab', { name: 'Journal' }));
    await user.click(await screen.findByRole('button', { name: /^Show details: Night of/ }));
    await user.click(screen.getByRole('button', { name: /^Change: Night of/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Knotted' }));
    await user.click(screen.getByRole('checkbox', { name: 'Knotted' }));
    await user.keyboard('{Escape}');
    expect(form()).not.toBeInTheDocument();

    // Its time moved is a change: asked.
    await user.click(screen.getByRole('button', { name: /^Change: Night of/ }));
    const when = screen.getByLabelText('When it started');
    await user.clear(when);
    await user.type(when, '2026-11-24T01:50');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('alertdialog', { name: 'Discard this cramp?' })).toBeVisible();
  });
});
