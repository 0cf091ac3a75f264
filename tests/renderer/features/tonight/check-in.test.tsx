import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcFail } from '../../../../core/ipc/ipc-result';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

/** The morning question about the night of 23 November; a cramp from it would be at 03:00. */
const CHECK_IN = { night: '2026-11-23', suggestedStartMs: new Date(2026, 10, 24, 3, 0).getTime() };

async function openTonight(overrides: Parameters<typeof createFakeBridge>[0] = {}) {
  const fake = createFakeBridge(overrides, { diary: { checkIn: CHECK_IN } });
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  const card = (await screen.findByRole('heading', { name: 'Any leg cramps last night?' }))
    .parentElement!;
  return { user, fake, card };
}

describe('the morning check-in on Tonight', () => {
  it('"No" answers in one click, and the question goes', async () => {
    const { user, fake, card } = await openTonight();
    await user.click(within(card).getByRole('button', { name: 'No' }));
    expect(fake.spies.answerMorning).toHaveBeenCalledWith({ night: '2026-11-23', answer: 'none' });
    expect(screen.queryByText('Any leg cramps last night?')).not.toBeInTheDocument();
    expect(fake.spies.saveDiaryEntry).not.toHaveBeenCalled();
  });

  it('"Not now" puts it off, and the question goes', async () => {
    const { user, fake, card } = await openTonight();
    await user.click(within(card).getByRole('button', { name: 'Not now' }));
    expect(fake.spies.answerMorning).toHaveBeenCalledWith({ night: '2026-11-23', answer: 'later' });
    expect(screen.queryByText('Any leg cramps last night?')).not.toBeInTheDocument();
  });

  it('"Yes" opens the diary at the suggested time, and Save logs it then', async () => {
    const { user, fake, card } = await openTonight();
    await user.click(within(card).getByRole('button', { name: 'Yes' }));
    expect(fake.spies.answerMorning).toHaveBeenCalledWith({
      night: '2026-11-23',
      answer: 'cramps',
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Log a cramp' })).toHaveFocus();
    expect(screen.getByLabelText('When it started')).toHaveValue('2026-11-24T03:00');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(fake.spies.saveDiaryEntry).toHaveBeenCalledWith({
      startedAtMs: CHECK_IN.suggestedStartMs,
    });
    // Back on Tonight (the question answered), focus on the screen rather than lost.
    expect(await screen.findByText('Cramp saved.', { selector: 'p' })).toBeVisible();
    expect(screen.queryByText('Any leg cramps last night?')).not.toBeInTheDocument();
    // Focus on the screen's heading, where a screen reader starts; no frame round the screen.
    expect(screen.getByRole('heading', { level: 1, name: 'Tonight' })).toHaveFocus();
  });

  it('is not there when there is nothing to ask', async () => {
    render(<App bridge={createFakeBridge().bridge} />);
    await screen.findByRole('button', { name: 'Log a cramp' });
    expect(screen.queryByText('Any leg cramps last night?')).not.toBeInTheDocument();
  });

  it('when an answer cannot be saved, says so and keeps asking', async () => {
    const { user, card } = await openTonight({
      answerMorning: () =>
        ipcFail('not-saved', 'Your answer could not be saved. Please try again.'),
    });
    await user.click(within(card).getByRole('button', { name: 'No' }));
    expect(
      await screen.findByText('Your answer could not be saved. Please try again.', {
        selector: 'p',
      }),
    ).toBeVisible();
    expect(screen.getByText('Any leg cramps last night?')).toBeVisible();
  });
});
