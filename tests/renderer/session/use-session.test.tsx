import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withoutRoutine } from '../../../core/session/snapshot-shape';
import { App } from '../../../renderer/app/app';
import { createFakeBridge } from '../../fakes/fake-bridge';
import { snapshotAt } from '../../fixtures/snapshots';

async function renderApp() {
  const fake = createFakeBridge();
  render(<App bridge={fake.bridge} />);
  await screen.findByRole('heading', { name: 'Tonight' });
  return fake;
}

const title = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('the routine of a session, sent once', () => {
  it('is kept from the first snapshot and drawn with later ones that only name it', async () => {
    const fake = await renderApp();
    const first = snapshotAt('before-sleep-stretches', 1_000);
    act(() => fake.emit('sessionState', first));
    expect(title()).toBe('Calf stretch at the wall');
    // Into the last step, with no routine in the snapshot: the one kept is used.
    const later = snapshotAt('before-sleep-stretches', first.totalMs - 2_000);
    expect(later.segment.stepIndex).toBeGreaterThan(0);
    act(() => fake.emit('sessionState', withoutRoutine(later)));
    expect(title()).toBe(later.routine.steps[later.segment.stepIndex]!.title);
    expect(fake.spies.getSessionState).toHaveBeenCalledTimes(1);
  });

  it('asks main for the whole state when a snapshot names a routine it was never given', async () => {
    const fake = await renderApp();
    const first = snapshotAt('before-sleep-stretches', 1_000);
    // Main sent the routine while the page was not listening (a reload, say).
    fake.spies.getSessionState.mockResolvedValueOnce({ ok: true, value: first });
    await act(async () => fake.emit('sessionState', withoutRoutine(first)));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Calf stretch at the wall',
    );
    expect(fake.spies.getSessionState).toHaveBeenCalledTimes(2);
  });

  it('does not take one session’s routine for another’s', async () => {
    const fake = await renderApp();
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 1_000)));
    const other = { ...snapshotAt('seated-stretches', 1_000), routineKey: '2:seated-stretches' };
    fake.spies.getSessionState.mockResolvedValueOnce({ ok: true, value: other });
    await act(async () => fake.emit('sessionState', withoutRoutine(other)));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      other.routine.steps[0]!.title,
    );
  });
});
