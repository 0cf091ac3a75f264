import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcOk } from '../../../../core/ipc/ipc-result';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings-defaults';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

async function openSettings(fake = createFakeBridge()) {
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  await user.click(await screen.findByRole('tab', { name: 'Settings' }));
  const notes = screen.getByRole('region', { name: 'My health' });
  return { user, fake, notes };
}

describe('My health notes', () => {
  it('ticking diabetes saves it and leaves warmth out, and says so', async () => {
    const { user, fake, notes } = await openSettings(
      createFakeBridge({ getSettings: () => ipcOk({ ...DEFAULT_SETTINGS, reducedFeeling: 'no' }) }),
    );
    expect(notes).toHaveTextContent(/stay on this computer/);
    await user.click(within(notes).getByRole('checkbox', { name: 'Diabetes' }));
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({
      healthNotes: { conditions: ['diabetes'], medicines: [], other: '' },
    });
    expect(await within(notes).findByRole('status')).toHaveTextContent(
      /Warmth is now left out of your routines/,
    );
    expect(screen.getByRole('radio', { name: 'Leave warmth out' })).toBeChecked();
  });

  it('a medicine is ticked with the date it was started or changed; the note is saved when left', async () => {
    const { user, fake, notes } = await openSettings();
    await user.click(within(notes).getByRole('checkbox', { name: 'A statin, for cholesterol' }));
    const date = await within(notes).findByLabelText(
      'A statin, for cholesterol: started or changed on (if you know)',
    );
    await user.type(date, '2026-10-02');
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({
      healthNotes: {
        conditions: [],
        medicines: [{ medicine: 'statin', changedOn: '2026-10-02' }],
        other: '',
      },
    });
    await user.type(within(notes).getByLabelText('Anything else you want to remember'), 'Knee');
    const calls = fake.spies.updateSettings.mock.calls.length;
    await user.tab();
    expect(fake.spies.updateSettings.mock.calls.length).toBe(calls + 1);
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({
      healthNotes: expect.objectContaining({ other: 'Knee' }),
    });
    expect(notes).toHaveTextContent(/never stop or change a medicine on your own/);
    expect(notes).not.toHaveTextContent(/quinine/i);
  });
});

describe('turning warmth back on', () => {
  it('asks first, with a plain warning; “Keep warmth off” changes nothing', async () => {
    const { user, fake } = await openSettings(
      createFakeBridge({
        getSettings: () => ipcOk({ ...DEFAULT_SETTINGS, reducedFeeling: 'yes' }),
      }),
    );
    await user.click(screen.getByRole('radio', { name: 'Include warmth' }));
    const ask = screen.getByRole('alertdialog', { name: 'Turn warmth back on?' });
    expect(ask).toHaveTextContent(/can burn the skin before you feel it/);
    expect(within(ask).getByRole('button', { name: 'Keep warmth off' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Keep warmth off' }));
    expect(fake.spies.updateSettings).not.toHaveBeenCalled();
    expect(screen.getByRole('radio', { name: 'Include warmth' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Leave warmth out' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Include warmth' }));
    await user.click(screen.getByRole('button', { name: 'Yes, turn warmth on' }));
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({ reducedFeeling: 'no' });
  });

  it('keeps two quick changes: a note left, then a box ticked at once, both reach main', async () => {
    let answer: (() => void) | null = null;
    const fake = createFakeBridge();
    const update = fake.spies.updateSettings.getMockImplementation() as (p: unknown) => unknown;
    // Main answers the first change only later, as a busy disk might.
    fake.spies.updateSettings.mockImplementationOnce(
      (patch: unknown) =>
        new Promise((resolve) => {
          answer = () => resolve(update(patch));
        }),
    );
    const { user, notes } = await openSettings(fake);
    await user.type(within(notes).getByLabelText('Anything else you want to remember'), 'Knee');
    await user.click(within(notes).getByRole('checkbox', { name: 'Flat feet' }));
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({
      healthNotes: { conditions: ['flat-feet'], medicines: [], other: 'Knee' },
    });
    answer!();
    // Flat feet is not a reason to leave warmth out: no such notice.
    expect(within(notes).queryByText(/Warmth is now left out/)).toBeNull();
  });
});
