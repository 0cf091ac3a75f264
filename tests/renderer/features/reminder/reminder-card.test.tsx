import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ipcOk } from '../../../../core/ipc/ipc-result';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings-defaults';
import { ReminderCard } from '../../../../renderer/features/reminder/reminder-card';
import { createFakeBridge } from '../../../fakes/fake-bridge';

const bedtimeMs = new Date(2026, 10, 25, 22, 30).getTime();

function showReminder(overrides: Parameters<typeof createFakeBridge>[0] = {}) {
  const fake = createFakeBridge({
    getShownReminder: () => ipcOk({ bedtimeMs, isCatchUp: false }),
    ...overrides,
  });
  const chime = vi.fn();
  render(<ReminderCard bridge={fake.bridge} chime={chime} />);
  return { fake, chime };
}

describe('the reminder window', () => {
  it('says what it is for, at the user’s bedtime, and chimes once at the night volume with a caption', async () => {
    const { chime } = showReminder();
    expect(
      await screen.findByRole('heading', { name: 'Time for your bedtime stretch' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Bedtime is at 10:30/)).toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent('A soft chime sounded.');
    expect(chime).toHaveBeenCalledTimes(1);
    expect(chime).toHaveBeenCalledWith(DEFAULT_SETTINGS.volume);
  });

  it('stays silent, and shows no chime caption, when sounds are muted', async () => {
    const { chime } = showReminder({
      getSettings: () => ipcOk({ ...DEFAULT_SETTINGS, isMuted: true }),
    });
    await screen.findByRole('heading', { name: 'Time for your bedtime stretch' });
    expect(chime).not.toHaveBeenCalled();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('answers Start, a snooze of 10, 20 or 30 minutes, or Not tonight, each in one press', async () => {
    const user = userEvent.setup();
    const { fake } = showReminder();
    await user.click(await screen.findByRole('button', { name: 'Start now' }));
    expect(fake.spies.answerReminder).toHaveBeenLastCalledWith({ kind: 'start-tonight' });
    const snooze = screen.getByRole('group', { name: 'Remind me again in' });
    expect(snooze).toHaveTextContent('10 minutes20 minutes30 minutes');
    await user.click(screen.getByRole('button', { name: '20 minutes' }));
    expect(fake.spies.answerReminder).toHaveBeenLastCalledWith({ kind: 'snooze', minutes: 20 });
    await user.click(screen.getByRole('button', { name: 'Not tonight' }));
    expect(fake.spies.answerReminder).toHaveBeenLastCalledWith({ kind: 'skip-tonight' });
  });

  it('works by keyboard: Tab to Start, Enter; Escape closes it with nothing changed', async () => {
    const user = userEvent.setup();
    const { fake } = showReminder();
    await screen.findByRole('button', { name: 'Start now' });
    await user.tab();
    expect(screen.getByRole('button', { name: 'Start now' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(fake.spies.answerReminder).toHaveBeenLastCalledWith({ kind: 'start-tonight' });
    await user.keyboard('{Escape}');
    expect(fake.spies.answerReminder).toHaveBeenLastCalledWith({ kind: 'dismiss' });
  });

  it('after a sleep, says the reminder came late', async () => {
    showReminder({ getShownReminder: () => ipcOk({ bedtimeMs, isCatchUp: true }) });
    expect(await screen.findByText(/while the computer was asleep/)).toBeInTheDocument();
  });

  it('after a start at login, says the time passed before login, not that the computer slept', async () => {
    showReminder({
      getShownReminder: () => ipcOk({ bedtimeMs, isCatchUp: true, isAfterLogin: true }),
    });
    expect(
      await screen.findByText(
        /^Your reminder time passed before you logged in\. Bedtime is at 10:30/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/asleep/)).not.toBeInTheDocument();
  });

  it('on a trial night says what tonight is: a night off first and plainly, or a routine night', async () => {
    showReminder({
      getShownReminder: () => ipcOk({ bedtimeMs, isCatchUp: false, trialArm: 'none' }),
    });
    expect(
      await screen.findByRole('heading', { name: 'Tonight is a night off' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/tonight is a night without the routine/)).toBeInTheDocument();
    expect(screen.queryByText(/^Bedtime is at/)).toBeNull();
  });

  it('on a routine night of the trial adds it to the bedtime', async () => {
    showReminder({
      getShownReminder: () => ipcOk({ bedtimeMs, isCatchUp: false, trialArm: 'routine' }),
    });
    expect(
      await screen.findByText(
        /^Bedtime is at 10:30.*In your trial, tonight is a night with the routine\.$/,
      ),
    ).toBeInTheDocument();
  });
});
