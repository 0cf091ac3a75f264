import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ipcFail, ipcOk } from '../../../../core/ipc/ipc-result';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings-defaults';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

/** 02:10 on 24 November 2026, local time. */
const NOW = new Date(2026, 10, 24, 2, 10, 30).getTime();

function renderApp(fake = createFakeBridge()) {
  // Only the clock is fixed: user-event's own timers stay real.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  return { user, fake };
}

/** Presses Tab until `target` has focus (as a keyboard user would), at most 40 times. */
async function tabTo(user: ReturnType<typeof userEvent.setup>, target: HTMLElement) {
  for (let presses = 0; presses < 40 && document.activeElement !== target; presses++)
    await user.tab();
  expect(target).toHaveFocus();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('logging a cramp', () => {
  it('takes three clicks from Tonight: Log a cramp, a leg, Save', async () => {
    const { user, fake } = renderApp();
    const logButton = await screen.findByRole('button', { name: 'Log a cramp' });
    await user.click(logButton);
    expect(screen.getByRole('heading', { level: 1, name: 'Log a cramp' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'Left leg' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(fake.spies.saveDiaryEntry).toHaveBeenCalledTimes(1);
    // Only what was answered is sent; the moment is now, to the millisecond.
    expect(fake.spies.saveDiaryEntry.mock.calls[0]?.[0]).toStrictEqual({
      startedAtMs: NOW,
      leg: 'left',
    });
    // Back on Tonight, told it is saved, with focus where the user left it.
    expect(await screen.findByText('Cramp saved.', { selector: 'p' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Cramp saved.');
    expect(screen.getByRole('heading', { level: 1, name: 'Tonight' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Log a cramp' })).not.toBeInTheDocument();
    expect(logButton).toHaveFocus();
  });

  it('starts on the leg that cramps most (from Settings), so Log a cramp and Save are enough', async () => {
    const fake = createFakeBridge({
      getSettings: () => ipcOk({ ...DEFAULT_SETTINGS, favourSide: 'right' }),
    });
    const { user } = renderApp(fake);
    await screen.findByRole('heading', { name: 'Tonight' });
    // Settings arrive from main after the first render.
    await act(async () => {});
    await user.click(screen.getByRole('button', { name: 'Log a cramp' }));
    expect(screen.getByRole('radio', { name: 'Right leg' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(fake.spies.saveDiaryEntry).toHaveBeenCalledWith({ startedAtMs: NOW, leg: 'right' });
  });

  it('works by keyboard alone: a leg, a strength, Save', async () => {
    const { user, fake } = renderApp();
    await tabTo(user, await screen.findByRole('button', { name: 'Log a cramp' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Log a cramp' })).toHaveFocus();
    await tabTo(user, screen.getByRole('radio', { name: 'Left leg' }));
    await user.keyboard('{ArrowDown}'); // arrows move within a group and choose
    expect(screen.getByRole('radio', { name: 'Right leg' })).toBeChecked();
    await tabTo(user, screen.getByRole('radio', { name: '0' }));
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('radio', { name: '4' })).toBeChecked();
    await tabTo(user, screen.getByRole('button', { name: 'Save' }));
    await user.keyboard('{Enter}');
    expect(fake.spies.saveDiaryEntry).toHaveBeenCalledWith({
      startedAtMs: NOW,
      leg: 'right',
      intensity: 4,
    });
    expect(await screen.findByText('Cramp saved.', { selector: 'p' })).toBeInTheDocument();
  });

  it('saves with Enter from the time field, the quickest way by keyboard', async () => {
    const { user, fake } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Log a cramp' }));
    await user.tab();
    expect(screen.getByLabelText('When it started')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(fake.spies.saveDiaryEntry).toHaveBeenCalledWith({ startedAtMs: NOW });
  });

  it('cancels an untouched form with Escape: nothing is saved, and focus goes back to where it was', async () => {
    const { user, fake } = renderApp();
    const logButton = await screen.findByRole('button', { name: 'Log a cramp' });
    await user.click(logButton);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Log a cramp' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Tonight' })).toBeVisible();
    expect(logButton).toHaveFocus();
    expect(fake.spies.saveDiaryEntry).not.toHaveBeenCalled();
  });

  it('saves a changed "when", and the other details, dropping what was left empty', async () => {
    const { user, fake } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Log a cramp' }));
    fireEvent.change(screen.getByLabelText('When it started'), {
      target: { value: '2026-11-23T23:45' },
    });
    await user.click(screen.getByText('More details'));
    await user.click(screen.getByRole('checkbox', { name: 'Knotted' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stretching' }));
    await user.click(screen.getByRole('checkbox', { name: 'Walking' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stretching' })); // changed their mind
    await user.click(screen.getByRole('radio', { name: '5 to 15 minutes' }));
    await user.type(screen.getByLabelText('Medicines started or changed lately'), 'New statin');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(fake.spies.saveDiaryEntry.mock.calls[0]?.[0]).toStrictEqual({
      startedAtMs: new Date(2026, 10, 23, 23, 45).getTime(),
      durationMinutes: 10,
      feel: ['knotted'],
      helped: ['walking'],
      medicines: 'New statin',
    });
  });

  it('shows and reads the time in main’s zone, right on the night the clocks go back', async () => {
    // 02:00 EST on Sunday 1 November 2026 in New York, whatever zone this process is in.
    const twoAm = Date.UTC(2026, 10, 1, 7, 0);
    const fake = createFakeBridge({ getTimeZone: async () => ipcOk('America/New_York') });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(twoAm);
    const user = userEvent.setup();
    render(<App bridge={fake.bridge} />);
    await user.click(await screen.findByRole('button', { name: 'Log a cramp' }));
    const when = screen.getByLabelText('When it started');
    await vi.waitFor(() => expect(when).toHaveValue('2026-11-01T02:00'));
    // 01:30 comes twice that night: the one nearer the time the field held (EST) is meant.
    fireEvent.change(when, { target: { value: '2026-11-01T01:30' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(fake.spies.saveDiaryEntry.mock.calls[0]?.[0]).toMatchObject({
      startedAtMs: Date.UTC(2026, 10, 1, 6, 30),
    });
  });

  it('when the save fails, says why and keeps everything typed; Save again works', async () => {
    let isDiskFull = true;
    const fake = createFakeBridge({
      saveDiaryEntry: (draft) =>
        isDiskFull
          ? ipcFail('not-saved', 'Your cramp could not be saved: the disk is full.')
          : ipcOk({
              entries: [{ id: 'cramp-1', night: '2026-11-23', ...(draft as object) }],
              checkIn: null,
            }),
    });
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Log a cramp' }));
    await user.click(screen.getByRole('radio', { name: 'Back of thigh' }));
    await user.click(screen.getByText('More details'));
    await user.type(screen.getByLabelText('Note'), 'After a long walk');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your cramp could not be saved: the disk is full.',
    );
    expect(screen.getByRole('heading', { name: 'Log a cramp' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Back of thigh' })).toBeChecked();
    expect(screen.getByLabelText('Note')).toHaveValue('After a long walk');
    expect(screen.queryByText('Cramp saved.', { selector: 'p' })).not.toBeInTheDocument();

    isDiskFull = false;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Cramp saved.', { selector: 'p' })).toBeInTheDocument();
    expect(fake.spies.saveDiaryEntry).toHaveBeenLastCalledWith({
      startedAtMs: NOW,
      muscle: 'back-of-thigh',
      note: 'After a long walk',
    });
  });

  it('opens from the tray’s "Log a cramp", ready to save', async () => {
    const { user, fake } = renderApp();
    await screen.findByRole('heading', { name: 'Tonight' });
    act(() => fake.emit('navigate', { screen: 'log-cramp' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Log a cramp' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(fake.spies.saveDiaryEntry).toHaveBeenCalledWith({ startedAtMs: NOW });
  });

  it('leaves the form when another screen is chosen', async () => {
    const { user, fake } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Log a cramp' }));
    await user.click(screen.getByRole('tab', { name: 'Journal' }));
    expect(screen.queryByRole('heading', { name: 'Log a cramp' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Journal' })).toHaveFocus();
    expect(fake.spies.saveDiaryEntry).not.toHaveBeenCalled();
  });
});
