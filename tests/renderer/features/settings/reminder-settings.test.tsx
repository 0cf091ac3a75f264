import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

async function openSettings() {
  const user = userEvent.setup();
  const fake = createFakeBridge();
  render(<App bridge={fake.bridge} />);
  await user.click(await screen.findByRole('tab', { name: 'Settings' }));
  return { user, fake };
}

/** The reminder schedule sent in the last settings change. */
const lastSchedule = (fake: ReturnType<typeof createFakeBridge>) =>
  (fake.spies.updateSettings.mock.calls.at(-1)?.[0] as { reminderSchedule: unknown })
    .reminderSchedule;

describe('the bedtime reminder settings', () => {
  it('turn the reminder on, off by default', async () => {
    const { user, fake } = await openSettings();
    const isOn = screen.getByRole('checkbox', { name: 'Remind me before bedtime' });
    expect(isOn).not.toBeChecked();
    await user.click(isOn);
    expect(lastSchedule(fake)).toMatchObject({ isEnabled: true, leadMinutes: 30 });
    expect(await screen.findByRole('checkbox', { name: 'Remind me before bedtime' })).toBeChecked();
  });

  it('set one bedtime for every evening, and how long before it to remind', async () => {
    const { user, fake } = await openSettings();
    fireEvent.change(screen.getByLabelText('Bedtime, every evening'), {
      target: { value: '23:15' },
    });
    expect(lastSchedule(fake)).toMatchObject({
      bedtimes: { monday: '23:15', friday: '23:15', sunday: '23:15' },
    });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Remind me' }),
      '45 minutes before',
    );
    expect(lastSchedule(fake)).toMatchObject({ leadMinutes: 45 });
  });

  it('set a different bedtime on one evening, or none', async () => {
    const { fake } = await openSettings();
    fireEvent.change(screen.getByLabelText('Friday'), { target: { value: '00:30' } });
    expect(lastSchedule(fake)).toMatchObject({
      bedtimes: { thursday: '22:30', friday: '00:30', saturday: '22:30' },
    });
    fireEvent.change(await screen.findByLabelText('Sunday'), { target: { value: '' } });
    expect(lastSchedule(fake)).toMatchObject({ bedtimes: { sunday: null, friday: '00:30' } });
  });

  it('sends a test reminder in one press', async () => {
    const { user, fake } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Send a test reminder now' }));
    expect(fake.spies.sendTestReminder).toHaveBeenCalledTimes(1);
  });
});
