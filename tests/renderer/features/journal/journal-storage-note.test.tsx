import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcOk } from '../../../../core/ipc/ipc-result';
import type { JournalsStorage } from '../../../../core/store/journal-storage';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

async function openJournalWith(storage: JournalsStorage) {
  const fake = createFakeBridge({
    getJournalsStorage: () => ipcOk(storage),
  });
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  await user.click(screen.getByRole('tab', { name: 'Journal' }));
  return { user, fake };
}

/** The Journal's note while a journal does not save, as Settings' while settings cannot be. */
describe('the Journal while a journal cannot save', () => {
  it('says the diary from a newer version is shown as far as it can be read, and why nothing new is saved', async () => {
    await openJournalWith({ history: 'saved', diary: 'newer-version' });
    const note = await screen.findByText(
      'Your cramp diary was saved by a newer version of Bedtime Stretch: it is shown as far as this version can read it, and new cramps cannot be saved until you update the app.',
    );
    expect(note).toBeVisible();
    expect(note).toHaveAttribute('role', 'status');
    expect(screen.queryByText(/routine history/)).not.toBeInTheDocument();
  });

  it('says so for the history and the diary when neither file can be written', async () => {
    await openJournalWith({ history: 'cannot-write', diary: 'cannot-write' });
    await screen.findByText(/^Your cramp diary cannot be saved at the moment/);
    expect(screen.getByText(/^Your routine history cannot be saved at the moment/)).toBeVisible();
  });

  it('says nothing while both save', async () => {
    const { fake } = await openJournalWith({ history: 'saved', diary: 'saved' });
    await waitFor(() => expect(fake.spies.getJournalsStorage).toHaveBeenCalled());
    await act(async () => {});
    expect(screen.queryByText(/cannot be saved|newer version/)).not.toBeInTheDocument();
  });
});
