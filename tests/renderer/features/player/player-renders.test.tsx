import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { withoutRoutine } from '../../../../core/session/snapshot-shape';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';
import { snapshotAt } from '../../../fixtures/snapshots';

async function renderCounted() {
  const fake = createFakeBridge();
  const commits: string[] = [];
  render(
    <Profiler id="app" onRender={(_id, phase) => commits.push(phase)}>
      <App bridge={fake.bridge} />
    </Profiler>,
  );
  await screen.findByRole('heading', { name: 'Tonight' });
  return { fake, commits };
}

describe('what the player redraws', () => {
  it('draws nothing with React on a tick: only the countdown follows the time', async () => {
    const { fake, commits } = await renderCounted();
    const start = snapshotAt('before-sleep-stretches', 12_000);
    act(() => fake.emit('sessionState', start));
    const timer = screen.getByRole('timer');
    const before = timer.textContent;
    const rendered = commits.length;
    for (let second = 13; second <= 17; second += 1) {
      act(() => fake.emit('sessionTick', { elapsedMs: second * 1_000 }));
    }
    expect(commits.length).toBe(rendered);
    // The countdown still moved on, by its own small write, outside React.
    expect(timer.textContent).not.toBe(before);
    expect(timer).toHaveAccessibleName(timer.textContent?.trim() ?? '');
  });

  it('keeps the step’s drawing and title in place across a segment of the same step', async () => {
    const { fake } = await renderCounted();
    const hold = snapshotAt('before-sleep-stretches', 12_000);
    act(() => fake.emit('sessionState', hold));
    const drawing = screen.getByRole('img');
    const title = screen.getByRole('heading', { level: 1 });
    const src = drawing.getAttribute('src');
    // The rest after the hold, sent as main sends it: without the routine.
    const rest = snapshotAt(
      'before-sleep-stretches',
      hold.segment.startMs + hold.segment.durationMs,
    );
    expect(rest.segment.stepIndex).toBe(hold.segment.stepIndex);
    expect(rest.segment.index).toBe(hold.segment.index + 1);
    act(() => fake.emit('sessionState', withoutRoutine(rest)));
    expect(screen.getByRole('img')).toBe(drawing);
    expect(screen.getByRole('heading', { level: 1 })).toBe(title);
    // Not loaded again: the same element, the same address.
    expect(drawing.getAttribute('src')).toBe(src);
  });
});
