import { ipcOk } from '../../../../core/ipc/ipc-result';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings-defaults';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withoutHeatSteps } from '../../../../core/routines/heat-steps';
import { findRoutine } from '../../../../core/routines/built-in-routines';
import { App, type AppAudio } from '../../../../renderer/app/app';
import type { CuePlayer } from '../../../../renderer/audio/cue-player';
import type { Speaker } from '../../../../renderer/audio/speech';
import { createFakeBridge } from '../../../fakes/fake-bridge';
import { snapshotAt } from '../../../fixtures/snapshots';

function fakeAudio() {
  const played: string[] = [];
  const said: string[] = [];
  let stops = 0;
  const player = {
    play: (sound: string) => played.push(sound),
    setVolume: () => {},
    setMuted: () => {},
  };
  const speaker = {
    say: (text: string) => {
      said.push(text);
      return true;
    },
    stop: () => {
      stops += 1;
    },
  };
  const audio: AppAudio = {
    player: player as unknown as CuePlayer,
    speaker: speaker as unknown as Speaker,
  };
  return { audio, played, said, stops: () => stops };
}

async function renderApp(audio?: AppAudio) {
  const fake = createFakeBridge();
  render(<App bridge={fake.bridge} audio={audio} />);
  await screen.findByRole('heading', { name: 'Tonight' });
  return fake;
}

describe('the player, further', () => {
  afterEach(() => vi.useRealTimers());

  it('takes focus to the step title when a routine starts, and back to the screen when it ends', async () => {
    const user = userEvent.setup();
    const fake = await renderApp();
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 1_000)));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Calf stretch at the wall' }),
    ).toHaveFocus();
    act(() =>
      fake.emit('sessionState', snapshotAt('before-sleep-stretches', 236_000, 'completed')),
    );
    await user.click(screen.getByRole('button', { name: 'Done' }));
    act(() => fake.emit('sessionState', { status: 'idle' }));
    // Focus on the screen's heading, where a screen reader starts; no frame round the screen.
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('Space on a focused button presses only that button', async () => {
    const user = userEvent.setup();
    const fake = await renderApp();
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 10_000)));
    screen.getByRole('button', { name: 'Pause' }).focus();
    await user.keyboard(' ');
    expect(fake.spies.pauseSession).toHaveBeenCalledTimes(1);
    expect(fake.spies.resumeSession).not.toHaveBeenCalled();
  });

  it('mutes and unmutes from the player, by button or the M key', async () => {
    const user = userEvent.setup();
    const fake = await renderApp();
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 10_000)));
    await user.keyboard('m');
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({ isMuted: true });
    expect(await screen.findByRole('button', { name: 'Sound on' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Sound on' }));
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({ isMuted: false });
  });

  it('keeps everything behind the stop question out of reach', async () => {
    const user = userEvent.setup();
    const fake = await renderApp();
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 10_000)));
    await user.keyboard('{Escape}');
    const title = screen.getByText('Calf stretch at the wall');
    expect(title.closest('[inert]')).not.toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(fake.spies.skipStep).not.toHaveBeenCalled();
  });

  it('says so when warmth was left out of the routine', async () => {
    const fake = await renderApp();
    const crampNow = withoutHeatSteps(findRoutine('cramp-now')!)!;
    act(() => fake.emit('sessionState', snapshotAt(crampNow, 2_000)));
    expect(await screen.findByText(/Warmth is left out until you answer/)).toBeInTheDocument();
  });

  it('plays each sounding cue once and takes its caption down after a few seconds, whatever follows', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const sound = fakeAudio();
    const fake = await renderApp(sound.audio);
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 8_000)));
    act(() =>
      fake.emit('sessionCue', {
        seq: 1,
        atMs: 8_000,
        segmentIndex: 1,
        kinds: ['hold-start'],
        sound: 'start',
      }),
    );
    act(() =>
      fake.emit('sessionCue', {
        seq: 2,
        atMs: 9_000,
        segmentIndex: 1,
        kinds: ['segment-start'],
        sound: null,
      }),
    );
    expect(sound.played).toEqual(['start']);
    expect(screen.getByLabelText('Sound captions')).toHaveTextContent('Soft bell: begin the hold');
    act(() => void vi.advanceTimersByTime(4_100));
    expect(screen.getByLabelText('Sound captions')).not.toHaveTextContent('Soft bell');
  });

  it('speaks each new segment’s prompt where a voice exists, and falls silent on pause', async () => {
    const sound = fakeAudio();
    const fake = await renderApp(sound.audio);
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 0)));
    expect(sound.said).toEqual(['Get ready. Calf stretch at the wall. Left leg.']);
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 18_000)));
    expect(sound.said.at(-1)).toBe('Relax.');
    const stopsBefore = sound.stops();
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 19_000, 'paused')));
    expect(sound.stops()).toBeGreaterThan(stopsBefore);
  });

  it('says the burn warning and the clot caution as a warmth step begins, for eyes closed', async () => {
    const sound = fakeAudio();
    const fake = await renderApp(sound.audio);
    act(() => fake.emit('sessionState', snapshotAt('warm-compress', 0)));
    expect(sound.said).toEqual([
      expect.stringMatching(
        /^Get ready\. Warm compress on the calf\. Left leg\. Not on a calf that is swollen, red, hot or tender.* Warm, never hot: hot tap water, never boiling\..*never sleep with it against your skin\.$/,
      ),
    ]);
  });

  it('says the clot caution as a massage step begins, and no burn warning', async () => {
    const sound = fakeAudio();
    const fake = await renderApp(sound.audio);
    act(() => fake.emit('sessionState', snapshotAt('calf-thigh-massage', 0)));
    expect(sound.said).toEqual([
      'Get ready. Calf massage. Left leg. Not on a calf that is swollen, red, hot or tender: that can be a clot, so get it checked today instead.',
    ]);
  });

  it('speaks nothing when spoken prompts are turned off', async () => {
    const sound = fakeAudio();
    const fake = createFakeBridge({
      getSettings: () => ipcOk({ ...DEFAULT_SETTINGS, speakPrompts: false }),
    });
    render(<App bridge={fake.bridge} audio={sound.audio} />);
    await screen.findByRole('heading', { name: 'Tonight' });
    await act(async () => {});
    act(() => fake.emit('sessionState', snapshotAt('before-sleep-stretches', 0)));
    expect(sound.said).toEqual([]);
  });
});

describe('the heat question as a dialog', () => {
  it('makes the page behind it inert, and gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('tab', { name: 'Routines' }));
    const start = await screen.findByRole('button', { name: 'Start Warm compress' });
    start.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(screen.getByRole('main', { hidden: true }).hasAttribute('inert')).toBe(true);
    await user.keyboard('{Escape}');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(start).toHaveFocus();
  });
});

describe('settings', () => {
  it('shows whether warmth is in routines as a choice, not yet chosen at first', async () => {
    const user = userEvent.setup();
    const fake = await renderApp();
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    const group = screen.getByRole('group', { name: 'Warmth in routines' });
    expect(within(group).getByText(/Not chosen yet/)).toBeInTheDocument();
    expect(
      within(group)
        .getAllByRole('radio')
        .every((radio) => !(radio as HTMLInputElement).checked),
    ).toBe(true);
    await user.click(within(group).getByRole('radio', { name: 'Leave warmth out' }));
    expect(fake.spies.updateSettings).toHaveBeenCalledWith({ reducedFeeling: 'yes' });
  });
});
