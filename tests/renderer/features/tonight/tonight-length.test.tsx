import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcOk } from '../../../../core/ipc/ipc-result';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings-defaults';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

describe('tonight’s length', () => {
  it('is chosen in one press, kept as the default, previewed live, and sent with Start', async () => {
    const user = userEvent.setup();
    const fake = createFakeBridge();
    render(<App bridge={fake.bridge} />);
    // The length is one small control, opened on demand; the steps too.
    expect(screen.queryByRole('group', { name: 'How long tonight' })).not.toBeInTheDocument();
    const lengthControl = await screen.findByRole('button', { name: /^About 4 min/ });
    expect(lengthControl).toHaveAttribute('aria-expanded', 'false');
    await user.click(lengthControl);
    expect(lengthControl).toHaveAttribute('aria-expanded', 'true');
    const lengths = await screen.findByRole('group', { name: 'How long tonight' });
    expect(within(lengths).getByRole('button', { name: 'As written' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await screen.findByText(/^About 4 minutes tonight/)).toBeInTheDocument();
    await user.click(within(lengths).getByRole('button', { name: '5 minutes' }));
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({ tonightMinutes: 5 });
    expect(await screen.findByText('About 5 minutes tonight')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^About 5 min/ })).toBe(lengthControl);
    expect(within(lengths).getByRole('button', { name: '5 minutes' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // The fitted steps and what changed, once the steps are opened.
    expect(screen.queryByText(/Holds lengthened to 17 seconds/)).not.toBeVisible();
    await user.click(screen.getByRole('button', { name: 'The steps' }));
    expect(screen.getByText(/Holds lengthened to 17 seconds/)).toBeVisible();
    expect(screen.getAllByText(/hold 17 seconds · 3 times on each leg/)).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: /^Start Before sleep/ }));
    expect(fake.spies.startSession).toHaveBeenLastCalledWith({
      routineId: 'before-sleep-stretches',
      skipHeat: false,
      minutes: 5,
    });
  });

  it('takes any length from 3 to 45 minutes on the slider', async () => {
    const fake = createFakeBridge();
    render(<App bridge={fake.bridge} />);
    await userEvent.click(await screen.findByRole('button', { name: /^About 4 min/ }));
    const slider = await screen.findByRole('slider', { name: /^Or any length/ });
    expect(slider).toHaveAttribute('min', '3');
    expect(slider).toHaveAttribute('max', '45');
    fireEvent.change(slider, { target: { value: '11' } });
    fireEvent.change(slider, { target: { value: '12' } });
    // Saved once, on letting go, not at every step of the way.
    expect(fake.spies.updateSettings).not.toHaveBeenCalled();
    expect(slider).toHaveValue('12');
    fireEvent.pointerUp(slider);
    expect(fake.spies.updateSettings).toHaveBeenCalledTimes(1);
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({ tonightMinutes: 12 });
  });

  it('offers the routine the user made tonight’s, and shows the favoured leg’s extra time', async () => {
    const fake = createFakeBridge({
      getSettings: () =>
        ipcOk({ ...DEFAULT_SETTINGS, tonightRoutineId: 'seated-stretches', favourSide: 'left' }),
      previewRoutine: () =>
        ipcOk({
          routine: {
            id: 'seated-stretches',
            name: 'Before sleep: seated stretch',
            description: 'x',
            steps: [
              {
                ...DEFAULT_STEP,
                favour: { side: 'left', extraHoldSeconds: 4, extraRepetitions: 0 },
              },
            ],
          },
          totalSeconds: 200,
          shortestSeconds: null,
          longestSeconds: null,
          summary: null,
        }),
    });
    render(<App bridge={fake.bridge} />);
    expect(
      await screen.findByRole('heading', { name: 'Before sleep: seated stretch' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'The steps' }));
    expect(await screen.findByText(/left leg 14 seconds, 3 times/)).toBeVisible();
  });
});

const DEFAULT_STEP = {
  id: 'seated-stretch',
  kind: 'stretch',
  title: 'Seated calf and hamstring stretch',
  instruction: 'Sit.',
  feel: 'Gentle.',
  holdSeconds: 10,
  minHoldSeconds: 10,
  maxHoldSeconds: 30,
  sides: 'left-then-right',
  whichLeg: 'both',
  repetitions: 3,
  restSeconds: 10,
  isOptional: false,
  illustration: 'seated-stretch',
  isHeat: false,
} as const;
