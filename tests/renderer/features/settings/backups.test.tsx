import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcFail, ipcOk } from '../../../../core/ipc/ipc-result';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

const BACKUPS = [
  { id: '2026-11-24', sessions: 12, diaryEntries: 1 },
  { id: '2026-11-23', sessions: 1, diaryEntries: 0 },
];

async function openBackups(overrides: Parameters<typeof createFakeBridge>[0] = {}) {
  const fake = createFakeBridge({ listBackups: () => ipcOk(BACKUPS), ...overrides });
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  await user.click(screen.getByRole('tab', { name: 'Settings' }));
  const group = screen.getByRole('list', { name: 'Backups kept' });
  await within(group).findAllByRole('listitem');
  return { user, fake, group };
}

describe('backups in Settings', () => {
  it('lists each day kept, newest first, with what it holds', async () => {
    const { group } = await openBackups();
    expect(
      within(group)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Tue, Nov 24 · 12 sessions · 1 cramp Restore…',
      'Mon, Nov 23 · 1 session · 0 cramps Restore…',
    ]);
  });

  it('asks first, focused on keeping what is there; "Keep what I have" changes nothing', async () => {
    const { user, fake, group } = await openBackups();
    const restore = within(within(group).getAllByRole('listitem')[1]!).getByRole('button', {
      name: 'Restore…',
    });
    await user.click(restore);
    const confirm = screen.getByRole('group', { name: /^Restore Mon, Nov 23\?/ });
    expect(confirm).toHaveTextContent('What you have now is kept aside and the app restarts.');
    expect(within(confirm).getByRole('button', { name: 'Keep what I have' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Keep what I have' }));
    expect(screen.queryByRole('group', { name: /^Restore/ })).not.toBeInTheDocument();
    expect(restore).toHaveFocus();
    expect(fake.spies.restoreBackup).not.toHaveBeenCalled();
  });

  it('restores the chosen backup once confirmed', async () => {
    const { user, fake, group } = await openBackups();
    await user.click(within(group).getAllByRole('button', { name: 'Restore…' })[0]!);
    await user.click(screen.getByRole('button', { name: 'Restore this backup' }));
    expect(fake.spies.restoreBackup).toHaveBeenCalledWith({ id: '2026-11-24' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when a restore does not work', async () => {
    const { user } = await openBackups({
      restoreBackup: () => ipcFail('internal', 'copy failed'),
    });
    await user.click(screen.getAllByRole('button', { name: 'Restore…' })[0]!);
    await user.click(screen.getByRole('button', { name: 'Restore this backup' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Something went wrong. Please try again.',
    );
  });

  it('says in main’s words why a restore that could not be done changed nothing', async () => {
    const why =
      'The backup of Nov 24 could not be put back (the disk is full), so nothing was changed.';
    const { user } = await openBackups({ restoreBackup: () => ipcFail('not-saved', why) });
    await user.click(screen.getAllByRole('button', { name: 'Restore…' })[0]!);
    await user.click(screen.getByRole('button', { name: 'Restore this backup' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(why);
  });

  it('explains in plain words when a backup is made, how many are kept and what Restore does', async () => {
    await openBackups();
    const data = screen.getByRole('region', { name: 'Your data' });
    expect(data).toHaveTextContent(/Once a day the app backs up your data by itself/);
    expect(data).toHaveTextContent(/The last 7 backups are kept/);
    expect(data).toHaveTextContent(/What you have now is first kept aside/);
  });

  it('“Back up now” makes today’s backup, lists it first and says where backups are', async () => {
    const { user, fake, group } = await openBackups({
      backUpNow: () =>
        ipcOk({
          made: { id: '2026-11-25', sessions: 13, diaryEntries: 2 },
          folder: '/home/me/backups',
        }),
    });
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(fake.spies.backUpNow).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText('Backed up: Wed, Nov 25. Your backups are in /home/me/backups.'),
    ).toHaveAttribute('role', 'status');
    expect(within(group).getAllByRole('listitem')[0]).toHaveTextContent(
      'Wed, Nov 25 · 13 sessions · 2 cramps',
    );
    expect(within(group).getAllByRole('listitem')).toHaveLength(3);
  });

  it('says in main’s words when a backup could not be made', async () => {
    const why = 'The backup could not be made (the disk is full).';
    const { user, group } = await openBackups({ backUpNow: () => ipcFail('not-saved', why) });
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(why);
    expect(within(group).getAllByRole('listitem')).toHaveLength(2);
  });
});
