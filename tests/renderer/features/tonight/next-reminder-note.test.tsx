import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcOk } from '../../../../core/ipc/ipc-result';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

const at = Date.parse('2026-11-25T22:00:00Z');

describe('the next reminder on Tonight', () => {
  it('says when it is, and skips tonight in one press', async () => {
    const user = userEvent.setup();
    const fake = createFakeBridge({
      getNextReminder: () =>
        ipcOk({ atMs: at, arePaused: false, isTonightQuiet: false, canSnooze: false }),
      actOnReminders: () =>
        ipcOk({ atMs: at + 86_400_000, arePaused: false, isTonightQuiet: true, canSnooze: false }),
    });
    render(<App bridge={fake.bridge} />);
    expect(await screen.findByText(/^Next bedtime reminder: Wednesday/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'No reminder tonight' }));
    expect(fake.spies.actOnReminders).toHaveBeenCalledWith({ kind: 'skip-tonight' });
    expect(await screen.findByText(/^Next bedtime reminder: Thursday/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'No reminder tonight' })).not.toBeInTheDocument();
  });

  it('while paused, offers to turn reminders back on', async () => {
    const user = userEvent.setup();
    const fake = createFakeBridge({
      getNextReminder: () =>
        ipcOk({ atMs: null, arePaused: true, isTonightQuiet: false, canSnooze: false }),
    });
    render(<App bridge={fake.bridge} />);
    await user.click(await screen.findByRole('button', { name: 'Turn reminders back on' }));
    expect(fake.spies.actOnReminders).toHaveBeenCalledWith({ kind: 'reminders-back-on' });
  });

  it('once tonight’s reminder has come, offers a snooze of 10, 20 or 30 minutes', async () => {
    const user = userEvent.setup();
    const fake = createFakeBridge({
      getNextReminder: () =>
        ipcOk({ atMs: at + 86_400_000, arePaused: false, isTonightQuiet: false, canSnooze: false }),
    });
    render(<App bridge={fake.bridge} />);
    await screen.findByText(/^Next bedtime reminder/);
    expect(screen.queryByRole('group', { name: 'Remind me again in' })).not.toBeInTheDocument();
    // Main says the reminder was just given.
    act(() =>
      fake.emit('nextReminder', {
        atMs: at + 86_400_000,
        arePaused: false,
        isTonightQuiet: false,
        canSnooze: true,
      }),
    );
    const snooze = await screen.findByRole('group', { name: 'Remind me again in' });
    await user.click(within(snooze).getByRole('button', { name: '30 minutes' }));
    expect(fake.spies.actOnReminders).toHaveBeenCalledWith({ kind: 'snooze', minutes: 30 });
  });

  it('says nothing while reminders are off', async () => {
    render(<App bridge={createFakeBridge().bridge} />);
    await screen.findByRole('heading', { name: 'Tonight' });
    expect(screen.queryByText(/Next bedtime reminder/)).not.toBeInTheDocument();
  });
});
