import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActiveSnapshot } from '../../../../core/session/session-state';
import { endingWords } from '../../../../renderer/features/player/player-text';
import { SleepWell } from '../../../../renderer/features/player/sleep-well';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';
import { snapshotAt } from '../../../fixtures/snapshots';

/** The snapshot main sends at the end, with its own counts of what was done. */
function ended(counts: { activeMs: number; holdsDone: number; stepsDone: number }): ActiveSnapshot {
  return {
    ...snapshotAt('before-sleep-stretches', 236_000, 'completed'),
    holdCount: 12,
    ...counts,
  };
}

const show = (snapshot: ActiveSnapshot) =>
  render(<SleepWell snapshot={snapshot} onDone={() => {}} onAgain={() => {}} />);

describe('Sleep well tells the truth', () => {
  it('gives the time actually spent, not the routine’s length, and the holds actually done', () => {
    show(ended({ activeMs: 130_000, holdsDone: 7, stepsDone: 1 }));
    expect(
      screen.getByText(
        'You did part of Before sleep: calf and hamstring stretches: 2 min, 7 of 12 holds.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/You finished|4 min/)).not.toBeInTheDocument();
  });

  it('calls a run with nearly every hold done finished', () => {
    show(ended({ activeMs: 220_000, holdsDone: 11, stepsDone: 1 }));
    expect(
      screen.getByText(
        'You finished Before sleep: calf and hamstring stretches: 4 min, 11 of 12 holds.',
      ),
    ).toBeInTheDocument();
  });

  it('says something calm and honest when every step was skipped', () => {
    show(ended({ activeMs: 0, holdsDone: 0, stepsDone: 0 }));
    expect(
      screen.getByText('You skipped the steps tonight. That’s fine, tomorrow is another night.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/finished|min/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sleep well' })).toHaveFocus();
  });

  it('says “under a minute” for a short spell', () => {
    show(ended({ activeMs: 40_000, holdsDone: 1, stepsDone: 0 }));
    expect(
      screen.getByText(
        'You did part of Before sleep: calf and hamstring stretches: under a minute, 1 of 12 holds.',
      ),
    ).toBeInTheDocument();
  });
});

describe('the words at the end of a routine', () => {
  it('praise only a routine really done; a skipped one simply ends', () => {
    expect(endingWords(ended({ activeMs: 220_000, holdsDone: 12, stepsDone: 2 }))).toEqual({
      spoken: 'Well done. Sleep well.',
      announced: 'Routine complete. Sleep well.',
    });
    expect(endingWords(ended({ activeMs: 0, holdsDone: 0, stepsDone: 0 }))).toEqual({
      spoken: 'That is the end of the routine. Sleep well.',
      announced: 'The routine has ended. Sleep well.',
    });
  });
});

describe('Sleep well when the routine could not be kept', () => {
  it('says so, in main’s words, beside the summary', async () => {
    const fake = createFakeBridge();
    render(<App bridge={fake.bridge} />);
    await screen.findByRole('heading', { name: 'Tonight' });
    act(() =>
      fake.emit('sessionState', snapshotAt('before-sleep-stretches', 236_000, 'completed')),
    );
    act(() => fake.emit('sessionNotKept', { message: 'Tonight’s routine could not be kept.' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tonight’s routine could not be kept.',
    );
    expect(screen.getByRole('heading', { name: 'Sleep well' })).toBeInTheDocument();
  });
});
