import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcFail } from '../../../../core/ipc/ipc-result';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

async function openSettings(overrides: Parameters<typeof createFakeBridge>[0] = {}) {
  const user = userEvent.setup();
  const fake = createFakeBridge(overrides);
  render(<App bridge={fake.bridge} />);
  await user.click(await screen.findByRole('tab', { name: 'Settings' }));
  return { user, fake };
}

describe('how reminders reach the user', () => {
  it('offer the window, a notification, or both (both by default), in one press', async () => {
    const { user, fake } = await openSettings();
    const group = screen.getByRole('group', { name: 'A reminder comes as' });
    expect(group).toBeInTheDocument();
    expect(
      screen.getByRole('radio', { name: 'A small reminder window and a notification' }),
    ).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'A notification only' }));
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({ reminderStyle: 'notification' });
    expect(await screen.findByRole('radio', { name: 'A notification only' })).toBeChecked();
  });

  it('say that Do Not Disturb can hide notifications, and offer the window when it is off', async () => {
    const { user, fake } = await openSettings();
    expect(screen.getByText(/Do Not Disturb or Focus can hide notifications/)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Show the reminder window too' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'A notification only' }));
    await user.click(await screen.findByRole('button', { name: 'Show the reminder window too' }));
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({ reminderStyle: 'both' });
  });

  it('turn starting at login on, and say so beside it when the system refuses', async () => {
    const { user, fake } = await openSettings();
    const login = screen.getByRole('checkbox', { name: /^Start Bedtime Stretch when I log in/ });
    expect(login).not.toBeChecked();
    await user.click(login);
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({ launchAtLogin: true });
    expect(
      await screen.findByRole('checkbox', { name: /^Start Bedtime Stretch when I log in/ }),
    ).toBeChecked();

    fake.spies.updateSettings.mockImplementationOnce(async () =>
      ipcFail('not-saved', 'Starting at login could not be changed.'),
    );
    await user.click(
      screen.getByRole('checkbox', { name: /^Start Bedtime Stretch when I log in/ }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Starting at login could not be changed.',
    );
    // Still on: the value in force, read back from main.
    expect(
      screen.getByRole('checkbox', { name: /^Start Bedtime Stretch when I log in/ }),
    ).toBeChecked();
  });
});
