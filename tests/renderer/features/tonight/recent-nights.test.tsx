import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ipcOk } from '../../../../core/ipc/ipc-result';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

describe('recent nights on Tonight', () => {
  it('says what last night was and the nights in a row, gently', async () => {
    const fake = createFakeBridge({
      getRecentNights: () =>
        ipcOk({
          lastNight: { routineName: 'Before sleep', activeMinutes: 6, outcome: 'completed' },
          isTonightDone: false,
          nightsInARow: 4,
        }),
    });
    render(<App bridge={fake.bridge} />);
    expect(
      await screen.findByText(
        'Last night: Before sleep, about 6 minutes. 4 nights in a row with a routine.',
      ),
    ).toBeInTheDocument();
  });

  it('says nothing at all about a night without a routine', async () => {
    render(<App bridge={createFakeBridge().bridge} />);
    await screen.findByRole('heading', { name: 'Tonight' });
    expect(screen.queryByText(/Last night|in a row/)).not.toBeInTheDocument();
  });
});
