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
    expect(lastSchedule(fake)).toEqual({ isEnabled: true });
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

  it('take any lead time from 1 to 240 minutes, and refuse one out of range in plain words', async () => {
    const { user, fake } = await openSettings();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Remind me' }), 'Another time…');
    const minutes = screen.getByRole('spinbutton', { name: 'Minutes before bedtime' });
    await user.clear(minutes);
    await user.type(minutes, '90');
    expect(lastSchedule(fake)).toMatchObject({ leadMinutes: 90 });
    const sent = fake.spies.updateSettings.mock.calls.length;
    await user.clear(minutes);
    await user.type(minutes, '300');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Use a whole number of minutes from 1 to 240.',
    );
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    // "300" was typed as 3, 30, 300: the two in range were sent, 300 was not.
    expect(fake.spies.updateSettings.mock.calls.length).toBe(sent + 2);
    expect(lastSchedule(fake)).toMatchObject({ leadMinutes: 30 });
  });

  it('set a different bedtime on one evening, or none', async () => {
    const { fake } = await openSettings();
    fireEvent.change(screen.getByLabelText('Friday'), { target: { value: '00:30' } });
    // Only the evening that changed is sent; main merges it into the schedule.
    expect(lastSchedule(fake)).toEqual({ bedtimes: { friday: '00:30' } });
    fireEvent.change(await screen.findByLabelText('Sunday'), { target: { value: '' } });
    expect(lastSchedule(fake)).toEqual({ bedtimes: { sunday: null } });
    expect((await fake.bridge.getSettings()).ok && (await fake.bridge.getSettings())).toMatchObject(
      {
        value: {
          reminderSchedule: { bedtimes: { thursday: '22:30', friday: '00:30', sunday: null } },
        },
      },
    );
  });

  it('sends a test reminder in one press', async () => {
    const { user, fake } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Send a test reminder now' }));
    expect(fake.spies.sendTestReminder).toHaveBeenCalledTimes(1);
  });
});
