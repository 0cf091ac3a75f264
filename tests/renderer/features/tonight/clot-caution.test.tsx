import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { findRoutine } from '../../../../core/routines/built-in-routines';
import type { Routine } from '../../../../core/routines/routine-schema';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';
import { snapshotAt } from '../../../fixtures/snapshots';

/** The app with a cramp logged an hour ago with a swollen calf. */
function renderWithClotSigns() {
  const fake = createFakeBridge(
    {},
    {
      diary: {
        entries: [
          {
            id: 'swollen',
            startedAtMs: Date.now() - 60 * 60 * 1000,
            night: '2026-11-25',
            leg: 'left',
            symptoms: ['calf-swelling'],
          },
        ],
      },
    },
  );
  render(<App bridge={fake.bridge} />);
  return fake;
}

describe('the clot caution on Tonight and in the player', () => {
  it('says plainly on Tonight that massage and warmth are left out, and to get the leg checked today', async () => {
    renderWithClotSigns();
    const note = await screen.findByRole('region', {
      name: 'Massage and warmth are left out for now',
    });
    expect(note).toHaveTextContent(/get your leg checked today/);
    expect(note).toHaveTextContent(/Until \w+day, \w+ \d+, or until a doctor has checked it/);
  });

  it('ends when the user says a doctor has checked the leg, after asking once more', async () => {
    const user = userEvent.setup();
    const fake = renderWithClotSigns();
    const note = await screen.findByRole('region', {
      name: 'Massage and warmth are left out for now',
    });
    await user.click(within(note).getByRole('button', { name: 'A doctor has checked my leg' }));
    const question = within(note).getByRole('group', {
      name: 'Has a doctor checked your leg and said it is fine?',
    });
    // "Not yet" keeps everything as it was.
    await user.click(within(question).getByRole('button', { name: 'Not yet' }));
    expect(fake.spies.confirmLegChecked).not.toHaveBeenCalled();
    await user.click(within(note).getByRole('button', { name: 'A doctor has checked my leg' }));
    await user.click(screen.getByRole('button', { name: 'Yes, a doctor checked it' }));
    expect(fake.spies.confirmLegChecked).toHaveBeenCalledOnce();
    expect(
      screen.queryByRole('region', { name: 'Massage and warmth are left out for now' }),
    ).toBeNull();
  });

  it('tells the player why massage and warmth are missing from the routine', async () => {
    const fake = renderWithClotSigns();
    await screen.findByRole('region', { name: 'Massage and warmth are left out for now' });
    const windDown = findRoutine('full-wind-down')!;
    const withoutThem: Routine = {
      ...windDown,
      steps: windDown.steps.filter((step) => !['massage', 'warmth'].includes(step.kind)),
    };
    act(() => fake.emit('sessionState', snapshotAt(withoutThem, 1_000)));
    expect(
      screen.getByText(
        'Massage and warmth are left out: your diary noted calf swelling, redness or warmth. Get your leg checked today.',
      ),
    ).toBeInTheDocument();
  });

  it('shows nothing of the kind without clot signs', async () => {
    render(<App bridge={createFakeBridge().bridge} />);
    await screen.findByRole('button', { name: 'Log a cramp' });
    expect(screen.queryByText(/left out for now/)).toBeNull();
  });
});
