import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcFail, ipcOk } from '../../../../core/ipc/ipc-result';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

async function openSettings(fake = createFakeBridge()) {
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  await user.click(await screen.findByRole('tab', { name: 'Settings' }));
  return { user, fake };
}

describe('the Settings screen', () => {
  it('shows a change once main has saved it', async () => {
    const { user, fake } = await openSettings();
    await user.click(screen.getByRole('checkbox', { name: 'Mute all sounds' }));
    expect(fake.spies.updateSettings).toHaveBeenCalledWith({ isMuted: true });
    expect(await screen.findByRole('checkbox', { name: 'Mute all sounds' })).toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('when a change cannot be saved: says so beside the control, which shows the value in force', async () => {
    const fake = createFakeBridge({
      updateSettings: () =>
        ipcFail('not-saved', 'That change could not be saved, so it was not made.'),
    });
    const { user } = await openSettings(fake);
    const mute = screen.getByRole('checkbox', { name: 'Mute all sounds' });
    await user.click(mute);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('That change could not be saved, so it was not made.');
    expect(screen.getByRole('checkbox', { name: 'Mute all sounds' })).not.toBeChecked();
    // Beside the control it concerns: in the same group, right after it.
    const soundGroup = screen.getByRole('region', { name: 'Sound' });
    expect(within(soundGroup).getByRole('alert')).toBe(alert);
  });

  it('says, for as long as it lasts, that changes are kept only until the app closes', async () => {
    const fake = createFakeBridge({ getSettingsStorage: () => ipcOk('memory-only') });
    const { user } = await openSettings(fake);
    const notice = () =>
      screen
        .getAllByRole('status')
        .filter((status) => /kept only until the app closes/.test(status.textContent ?? ''));
    await screen.findByText(/kept only until the app closes/);
    expect(notice()).toHaveLength(1);
    await user.click(screen.getByRole('checkbox', { name: 'Mute all sounds' }));
    expect(await screen.findByRole('checkbox', { name: 'Mute all sounds' })).toBeChecked();
    expect(notice()).toHaveLength(1);
  });

  it('keeps a save problem where it happened: gone once the user moves to another screen', async () => {
    const fake = createFakeBridge({
      updateSettings: () => ipcFail('not-saved', 'That change could not be saved.'),
    });
    const { user } = await openSettings(fake);
    await user.click(screen.getByRole('checkbox', { name: 'Mute all sounds' }));
    await screen.findByRole('alert');
    await user.click(screen.getByRole('tab', { name: 'Tonight' }));
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says nothing about memory when changes are saved to disk', async () => {
    await openSettings();
    expect(screen.queryByText(/kept only until the app closes/)).not.toBeInTheDocument();
  });
});
