import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ipcOk } from '../../../../core/ipc/ipc-result';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings-defaults';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

describe('tonight’s routine when the chosen one is gone', () => {
  it('offers the recommended routine in its place, and says so', async () => {
    const fake = createFakeBridge({
      getSettings: () => ipcOk({ ...DEFAULT_SETTINGS, tonightRoutineId: 'deleted-long-ago' }),
    });
    render(<App bridge={fake.bridge} />);
    expect(
      await screen.findByRole('button', {
        name: 'Start Before sleep: calf and hamstring stretches',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The routine you chose for tonight is no longer there/),
    ).toBeInTheDocument();
  });

  it('says nothing of the kind when the chosen routine is there', async () => {
    render(<App bridge={createFakeBridge().bridge} />);
    await screen.findByRole('button', { name: 'Start Before sleep: calf and hamstring stretches' });
    expect(screen.queryByText(/no longer there/)).toBeNull();
  });
});
