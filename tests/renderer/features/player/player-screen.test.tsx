import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';
import { snapshotAt } from '../../../fixtures/snapshots';

// before-sleep-stretches at the default pace: get ready 0-8 s, left calf hold 8-18 s, rest 18-28 s ...
async function renderPlayer(elapsedMs = 10_000) {
  const fake = createFakeBridge();
  render(<App bridge={fake.bridge} />);
  await screen.findByRole('heading', { name: 'Tonight' });
  act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', elapsedMs)));
  return fake;
}

describe('the player', () => {
  it('shows the step, which leg, the countdown, the repetition and what comes next', async () => {
    await renderPlayer(10_000);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Calf stretch at the wall' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Hold · Left leg')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveAccessibleName('0:08');
    expect(screen.getByText('Repetition 1 of 3')).toBeInTheDocument();
    expect(screen.getByText('Next: Hamstring stretch')).toBeInTheDocument();
    expect(screen.getByText(/Step 1 of 2/)).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Drawing: Calf stretch at the wall' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/It should feel like: A moderate pull/)).toBeInTheDocument();
  });

  it('counts down each second as main reports the time', async () => {
    const fake = await renderPlayer(10_000);
    expect(screen.getByRole('timer')).toHaveAccessibleName('0:08');
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 11_000)));
    expect(screen.getByRole('timer')).toHaveAccessibleName('0:07');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '4');
    // Between changes main sends only the time.
    act(() => fake.emit('sessionTick', { elapsedMs: 12_000 }));
    expect(screen.getByRole('timer')).toHaveAccessibleName('0:06');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Calf stretch at the wall' }),
    ).toBeInTheDocument();
  });

  it('works by keyboard: Space pauses, Left goes back, Right to the next hold, N to the next step', async () => {
    const user = userEvent.setup();
    const fake = await renderPlayer();
    await user.keyboard(' ');
    expect(fake.spies.pauseSession).toHaveBeenCalledTimes(1);
    await user.keyboard('{ArrowLeft}');
    expect(fake.spies.backStep).toHaveBeenCalledTimes(1);
    await user.keyboard('{ArrowRight}');
    expect(fake.spies.skipStep).toHaveBeenCalledTimes(1);
    await user.keyboard('n');
    expect(fake.spies.nextStep).toHaveBeenCalledTimes(1);
  });

  it('says beside “Next step” that it leaves out the other leg, while the first leg is under way', async () => {
    const user = userEvent.setup();
    const fake = await renderPlayer(10_000); // the first left hold
    const nextStep = screen.getByRole('button', { name: 'Next step' });
    expect(nextStep).toHaveAccessibleDescription(
      'Next step leaves out the right leg of this one too.',
    );
    await user.click(nextStep);
    expect(fake.spies.nextStep).toHaveBeenCalledTimes(1);
    expect(fake.spies.skipStep).not.toHaveBeenCalled();
    // On the right leg, it leaves out nothing more than the rest of this leg.
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 90_000)));
    expect(screen.getByText(/Right leg/, { selector: '.player__phase' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next step' })).not.toHaveAccessibleDescription();
    expect(screen.queryByText(/leaves out the/)).not.toBeInTheDocument();
  });

  it('a rest shows its own words, not the stretch’s instruction, and the buttons stay put', async () => {
    const fake = await renderPlayer(10_000);
    expect(screen.getByText(/^Stand facing a wall/)).toBeInTheDocument();
    const repetitionLine = screen.getByText('Repetition 1 of 3');
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 20_000)));
    expect(screen.getByText('Relax', { exact: false, selector: '.player__phase' })).toBeVisible();
    expect(screen.getByText(/^Let the leg go loose/)).toBeInTheDocument();
    expect(screen.queryByText(/^Stand facing a wall/)).not.toBeInTheDocument();
    expect(screen.queryByText(/It should feel like/)).not.toBeInTheDocument();
    // The repetition's line is still there, empty, so nothing below it moves.
    expect(repetitionLine).toBeInTheDocument();
    expect(repetitionLine.textContent?.trim()).toBe('');
  });

  it('captions a sound only while its segment lasts', async () => {
    const fake = await renderPlayer(8_000); // the hold has just begun
    act(() =>
      fake.emit('sessionCue', {
        seq: 1,
        atMs: 8_000,
        segmentIndex: 1,
        kinds: ['segment-start'],
        sound: 'start',
      }),
    );
    const caption = screen.getByRole('group', { name: /caption/i });
    expect(caption.textContent?.trim()).not.toBe('');
    // Skipped on at once: the next segment does not carry the last one's caption.
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 18_500)));
    expect(screen.getByRole('group', { name: /caption/i }).textContent?.trim()).toBe('');
  });

  it('Space resumes when paused, and the pause reason is shown', async () => {
    const user = userEvent.setup();
    const fake = await renderPlayer();
    act(() =>
      fake.emit(
        'sessionState',
        snapshotAt('before-sleep-stretches', 12_000, 'paused', 'system-sleep'),
      ),
    );
    expect(
      screen.getByText(/Paused while the computer was asleep/, { selector: '.player__paused' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(/Paused while the computer was asleep/);
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(fake.spies.resumeSession).toHaveBeenCalledTimes(1);
    expect(fake.spies.pauseSession).not.toHaveBeenCalled();
  });

  it('asks before stopping: Escape opens the question, Escape again keeps going', async () => {
    const user = userEvent.setup();
    const fake = await renderPlayer();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('alertdialog', { name: 'Stop this routine?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep going' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(fake.spies.stopSession).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await user.click(screen.getByRole('button', { name: 'Stop the routine' }));
    expect(fake.spies.stopSession).toHaveBeenCalledTimes(1);
  });

  it('announces each new segment and side switch to screen readers', async () => {
    const fake = await renderPlayer(10_000);
    expect(screen.getByRole('status')).toHaveTextContent('Hold. Left leg. 10 seconds.');
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 18_000)));
    expect(screen.getByRole('status')).toHaveTextContent('Relax for 10 seconds.');
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 58_000)));
    expect(screen.getByRole('status')).toHaveTextContent('Switch to your right leg.');
    // A per-second snapshot within the same segment does not repeat it.
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 59_000)));
    expect(screen.getByRole('status')).toHaveTextContent('Switch to your right leg.');
  });

  it('captions every sound', async () => {
    const fake = await renderPlayer();
    const captions = {
      start: 'Soft bell: begin the hold',
      halfway: 'Single chime: halfway',
      switch: 'Rising chime: switch legs',
      tick: 'Soft tick: a few seconds left',
      end: 'Falling bell: relax',
      complete: 'Three gentle chimes: routine complete',
    } as const;
    let seq = 0;
    for (const [sound, text] of Object.entries(captions)) {
      act(() =>
        fake.emit('sessionCue', {
          seq: seq++,
          atMs: 8_000,
          segmentIndex: 1,
          kinds: ['hold-start'],
          sound: sound as keyof typeof captions,
        }),
      );
      expect(screen.getByLabelText('Sound captions')).toHaveTextContent(text);
    }
  });

  it('shows the burn warning and the clot caution on a heat step', async () => {
    const fake = await renderPlayer();
    act(() => fake.emit('sessionState', snapshotAt('warm-compress', 20_000)));
    const notes = screen.getAllByRole('note').map((note) => note.textContent);
    expect(notes).toEqual([
      expect.stringMatching(/^Not on a calf that is swollen, red, hot or tender/),
      expect.stringMatching(/Warm, never hot: hot tap water, never boiling\..*never sleep with it/),
    ]);
  });

  it('shows the clot caution on a massage step, and no burn warning', async () => {
    const fake = await renderPlayer();
    act(() => fake.emit('sessionState', snapshotAt('calf-thigh-massage', 20_000)));
    expect(screen.getByRole('note')).toHaveTextContent(
      'Not on a calf that is swollen, red, hot or tender',
    );
  });

  it('shows no caution on a stretch', async () => {
    const fake = await renderPlayer();
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 20_000)));
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('ends on a calm Sleep well screen, with the time spent and the holds done', async () => {
    const user = userEvent.setup();
    const fake = await renderPlayer();
    const done = {
      ...snapshotAt('before-sleep-stretches', 236_000, 'completed'),
      activeMs: 236_000,
      holdsDone: 12,
      holdCount: 12,
      stepsDone: 2,
    };
    act(() => fake.emit('sessionState', done));
    expect(screen.getByRole('heading', { name: 'Sleep well' })).toHaveFocus();
    expect(
      screen.getByText(
        'You finished Before sleep: calf and hamstring stretches: 4 min, 12 of 12 holds.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Routine complete. Sleep well.');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(fake.spies.stopSession).toHaveBeenCalledTimes(1);
  });

  it('a held Right arrow skips once: its auto-repeats are ignored, but still kept from scrolling', async () => {
    const fake = await renderPlayer();
    expect(fireEvent.keyDown(window, { key: 'ArrowRight' })).toBe(false);
    for (let repeat = 0; repeat < 5; repeat += 1) {
      expect(fireEvent.keyDown(window, { key: 'ArrowRight', repeat: true })).toBe(false);
    }
    expect(fake.spies.skipStep).toHaveBeenCalledTimes(1);
  });

  it('ignores the auto-repeat of every player key', async () => {
    const fake = await renderPlayer();
    for (const key of ['ArrowLeft', ' ', 'm', 'Escape']) {
      expect(fireEvent.keyDown(window, { key, repeat: true })).toBe(false);
    }
    expect(fake.spies.backStep).not.toHaveBeenCalled();
    expect(fake.spies.pauseSession).not.toHaveBeenCalled();
    expect(fake.spies.updateSettings).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('shows main’s reason when it refuses a control', async () => {
    const user = userEvent.setup();
    const fake = createFakeBridge({
      skipStep: () => ({
        ok: false,
        error: { code: 'not-allowed-now', message: 'This routine has finished.' },
      }),
    });
    render(<App bridge={fake.bridge} />);
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 10_000)));
    await user.click(screen.getByRole('button', { name: 'Next hold' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This routine has finished.');
  });

  it('picks up a routine in progress when the page loads (after a reload)', async () => {
    const fake = createFakeBridge({
      getSessionState: () => ({ ok: true, value: snapshotAt('before-sleep-stretches', 30_000) }),
    });
    render(<App bridge={fake.bridge} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Calf stretch at the wall' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Hold · Left leg')).toBeInTheDocument();
    expect(screen.getByText('Repetition 2 of 3')).toBeInTheDocument();
  });
});
