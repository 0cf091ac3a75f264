import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/app';
import { ipcFail } from '../../../../core/ipc/ipc-result';
import { createFakeBridge } from '../../../fakes/fake-bridge';

async function openRoutines(fake = createFakeBridge()) {
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  await user.click(await screen.findByRole('tab', { name: 'Routines' }));
  await screen.findByRole('button', { name: 'Start Warm compress' });
  return { user, fake };
}

describe('starting a routine', () => {
  it('starts tonight’s routine in one press from Tonight', async () => {
    const user = userEvent.setup();
    const fake = createFakeBridge();
    render(<App bridge={fake.bridge} />);
    await user.click(await screen.findByRole('button', { name: /^Start Before sleep/ }));
    expect(fake.spies.startSession).toHaveBeenCalledWith({
      routineId: 'before-sleep-stretches',
      skipHeat: false,
    });
  });

  it('lists every routine with its length and warmth', async () => {
    await openRoutines();
    const cards = screen.getAllByRole('listitem');
    expect(cards).toHaveLength(6);
    expect(
      within(cards[3]!).getByText(/About \d+ minutes · 1 step · Includes warmth/),
    ).toBeInTheDocument();
  });

  it('asks the heat question once before warmth; "yes" leaves warmth out and is remembered', async () => {
    const { user, fake } = await openRoutines();
    await user.click(screen.getByRole('button', { name: 'Start Full wind-down' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Before any warmth' });
    expect(within(dialog).getByRole('button', { name: 'Yes, leave out warmth' })).toHaveFocus();
    expect(fake.spies.startSession).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Yes, leave out warmth' }));
    expect(fake.spies.updateSettings).toHaveBeenCalledWith({ reducedFeeling: 'yes' });
    expect(fake.spies.startSession).toHaveBeenCalledWith({
      routineId: 'full-wind-down',
      skipHeat: true,
    });

    // Remembered: no question again, the cards say warmth is left out, and warmth alone cannot start.
    const cards = screen.getAllByRole('listitem');
    expect(within(cards[4]!).getByText(/Warmth left out/)).toBeInTheDocument();
    expect(within(cards[3]!).queryByRole('button', { name: /^Start/ })).not.toBeInTheDocument();
    expect(within(cards[3]!).getByText(/it is all warmth/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start Full wind-down' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(fake.spies.startSession).toHaveBeenLastCalledWith({
      routineId: 'full-wind-down',
      skipHeat: false,
    });
  });

  it('"no" keeps warmth in; Escape cancels and starts nothing', async () => {
    const { user, fake } = await openRoutines();
    await user.click(screen.getByRole('button', { name: 'Start Warm compress' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(fake.spies.startSession).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Start Warm compress' }));
    await user.click(screen.getByRole('button', { name: 'No, neither' }));
    expect(fake.spies.updateSettings).toHaveBeenCalledWith({ reducedFeeling: 'no' });
    expect(fake.spies.startSession).toHaveBeenCalledWith({
      routineId: 'warm-compress',
      skipHeat: false,
    });
  });

  it('Cramp now starts at once, without a question, leaving warmth out until it is answered', async () => {
    const user = userEvent.setup();
    const fake = createFakeBridge();
    render(<App bridge={fake.bridge} />);
    await user.click(await screen.findByRole('button', { name: 'Cramp now' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(fake.spies.startSession).toHaveBeenCalledWith({
      routineId: 'cramp-now',
      skipHeat: true,
    });
  });

  it('shows main’s reason when a start is refused', async () => {
    const user = userEvent.setup();
    const fake = createFakeBridge({
      startSession: () => ({
        ok: false,
        error: { code: 'not-allowed-now', message: 'A routine is already in progress.' },
      }),
    });
    render(<App bridge={fake.bridge} />);
    await user.click(await screen.findByRole('button', { name: 'Cramp now' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A routine is already in progress.');
  });

  it('keeps the heat question open and says so when the answer could not be saved', async () => {
    const fake = createFakeBridge({
      updateSettings: () => ipcFail('not-saved', 'That change could not be saved.'),
    });
    const { user } = await openRoutines(fake);
    await user.click(screen.getByRole('button', { name: 'Start Full wind-down' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Before any warmth' });
    await user.click(within(dialog).getByRole('button', { name: 'No, neither' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /Your answer could not be saved/,
    );
    expect(fake.spies.startSession).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog', { name: 'Before any warmth' })).toBeInTheDocument();
  });
});
