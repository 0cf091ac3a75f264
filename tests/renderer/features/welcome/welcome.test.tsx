import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ipcOk } from '../../../../core/ipc/ipc-result';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings-defaults';
import { App, type AppAudio } from '../../../../renderer/app/app';
import type { CuePlayer } from '../../../../renderer/audio/cue-player';
import type { Speaker } from '../../../../renderer/audio/speech';
import { createFakeBridge } from '../../../fakes/fake-bridge';

function firstLaunch(settings: Partial<typeof DEFAULT_SETTINGS> = {}, hasVoice = true) {
  let current = { ...DEFAULT_SETTINGS, welcomeSeen: false, ...settings };
  const fake = createFakeBridge({ getSettings: () => ipcOk(current) });
  fake.spies.updateSettings.mockImplementation(async (patch: Partial<typeof current>) => {
    current = { ...current, ...patch } as typeof current;
    return ipcOk(current);
  });
  const play = vi.fn();
  const say = vi.fn(() => hasVoice);
  const audio: AppAudio = {
    player: { play, setVolume: vi.fn(), setMuted: vi.fn(), stop: vi.fn() } as unknown as CuePlayer,
    speaker: { say, stop: vi.fn() } as unknown as Speaker,
  };
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} audio={audio} />);
  return { fake, user, play, say };
}

const next = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Next' }));

describe('the welcome on first launch', () => {
  it('screen 1 saves the leg and the reduced-feeling answer as settings', async () => {
    const { fake, user } = firstLaunch();
    const heading = await screen.findByRole('heading', { name: 'Welcome to Bedtime Stretch' });
    // Each screen puts the keyboard on its heading (once React has run its effects).
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('Step 1 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'My right leg' }));
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await next(user);
    expect(fake.spies.updateSettings).toHaveBeenCalledWith({
      crampLeg: 'right',
      favourSide: 'right',
      reducedFeeling: 'yes',
    });
    const evenings = await screen.findByRole('heading', { name: 'Your evenings' });
    await waitFor(() => expect(evenings).toHaveFocus());
  });

  it('“both legs” favours neither routine side, and the diary starts on both legs; turning warmth back on shows the plain warning first', async () => {
    const { fake, user } = firstLaunch({ reducedFeeling: 'yes', favourSide: 'left' });
    await screen.findByRole('heading', { name: 'Welcome to Bedtime Stretch' });
    await user.click(screen.getByRole('radio', { name: 'Both legs' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'No' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/can burn the skin before you feel it/);
    await next(user);
    expect(fake.spies.updateSettings).toHaveBeenCalledWith({
      crampLeg: 'both',
      favourSide: null,
      reducedFeeling: 'no',
    });
  });

  it('screen 2 turns the reminder on for every evening at the bedtime given, and fits the minutes', async () => {
    const { fake, user } = firstLaunch();
    await screen.findByRole('heading', { name: 'Welcome to Bedtime Stretch' });
    await next(user);
    await screen.findByRole('heading', { name: 'Your evenings' });
    const time = screen.getByLabelText('When do you usually go to bed?');
    // jsdom's time field takes a value as the browser's picker would give it.
    fireEvent.change(time, { target: { value: '23:15' } });
    // No reminder unless the user asks for one.
    expect(screen.getByRole('radio', { name: 'No reminder' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Yes, 15 minutes before bedtime' }));
    await user.click(screen.getByRole('radio', { name: '15 minutes' }));
    await next(user);
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({
      reminderSchedule: {
        isEnabled: true,
        leadMinutes: 15,
        bedtimes: {
          monday: '23:15',
          tuesday: '23:15',
          wednesday: '23:15',
          thursday: '23:15',
          friday: '23:15',
          saturday: '23:15',
          sunday: '23:15',
        },
      },
      tonightMinutes: 15,
    });
  });

  it('screen 2 leaves the reminder off when the user keeps “No reminder”, and the summary says none', async () => {
    const { fake, user } = firstLaunch();
    await screen.findByRole('heading', { name: 'Welcome to Bedtime Stretch' });
    await next(user);
    await screen.findByRole('heading', { name: 'Your evenings' });
    await user.click(screen.getByRole('radio', { name: 'Yes, 30 minutes before bedtime' }));
    await user.click(screen.getByRole('radio', { name: 'No reminder' }));
    await next(user);
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({
        reminderSchedule: expect.objectContaining({ isEnabled: false }),
      }),
    );
  });

  it('screen 3 plays a cue and the spoken prompt at the night volume, with a caption for each', async () => {
    const { fake, user, play, say } = firstLaunch({ volume: 0.3 });
    await screen.findByRole('heading', { name: 'Welcome to Bedtime Stretch' });
    await next(user);
    await screen.findByRole('heading', { name: 'Your evenings' });
    await next(user);
    await screen.findByRole('heading', { name: 'A sound check' });
    expect(screen.getByRole('slider', { name: 'Night volume' })).toHaveValue('30');
    await user.click(screen.getByRole('button', { name: 'Play the sound check' }));
    expect(play).toHaveBeenCalledWith('start');
    expect(say).toHaveBeenCalledWith('Breathe out slowly, and let your shoulders drop.', 0.3);
    const caption = screen.getByText('A soft chime sounded.').closest('[role="status"]')!;
    expect(caption).toHaveTextContent('A soft chime sounded.');
    expect(caption).toHaveTextContent('Spoken: “Breathe out slowly, and let your shoulders drop.”');
    fireEvent.change(screen.getByRole('slider', { name: 'Night volume' }), {
      target: { value: '35' },
    });
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({ volume: 0.35 });
  });

  it('without a voice, says the words are shown instead', async () => {
    const { user } = firstLaunch({}, false);
    await screen.findByRole('heading', { name: 'Welcome to Bedtime Stretch' });
    await next(user);
    await next(user);
    await user.click(await screen.findByRole('button', { name: 'Play the sound check' }));
    expect(screen.getByText(/no voice for spoken prompts/)).toBeInTheDocument();
  });

  it('screen 4 sums tonight up and ends on Later: the welcome is marked seen and Tonight shows', async () => {
    const { fake, user } = firstLaunch({ tonightMinutes: 10 });
    await screen.findByRole('heading', { name: 'Welcome to Bedtime Stretch' });
    for (const heading of ['Your evenings', 'A sound check', 'Tonight is ready']) {
      await next(user);
      await screen.findByRole('heading', { name: heading });
    }
    expect(screen.getByRole('list')).toHaveTextContent(/Tonight’s routine: .*, 10 minutes\./);
    // Passed by with Next, the reminder was never asked for: the summary does not announce one.
    expect(screen.getByRole('list')).not.toHaveTextContent(/reminder/i);
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({ welcomeSeen: true });
    expect(await screen.findByRole('heading', { name: 'Tonight', level: 1 })).toBeInTheDocument();
  });

  it('can be skipped from the first screen, and run again from Settings', async () => {
    const { fake, user } = firstLaunch();
    await screen.findByRole('heading', { name: 'Welcome to Bedtime Stretch' });
    await user.click(screen.getByRole('button', { name: 'Skip the welcome' }));
    expect(fake.spies.updateSettings).toHaveBeenCalledWith({ welcomeSeen: true });
    await screen.findByRole('heading', { name: 'Tonight', level: 1 });
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    await user.click(screen.getByRole('button', { name: 'Show the welcome again' }));
    expect(
      await screen.findByRole('heading', { name: 'Welcome to Bedtime Stretch' }),
    ).toBeInTheDocument();
    expect(within(document.body).queryByRole('tab', { name: 'Settings' })).toBeNull();
  });

  it('is not shown to a user who has seen it', async () => {
    const fake = createFakeBridge();
    render(<App bridge={fake.bridge} />);
    await screen.findByRole('heading', { name: 'Tonight', level: 1 });
    expect(screen.queryByRole('heading', { name: 'Welcome to Bedtime Stretch' })).toBeNull();
  });

  it('a diary entry starts on the leg the welcome was told: both legs too', async () => {
    const { user } = firstLaunch({ welcomeSeen: true, crampLeg: 'both', favourSide: null });
    await user.click(await screen.findByRole('button', { name: 'Log a cramp' }));
    expect(screen.getByRole('radio', { name: 'Both legs' })).toBeChecked();
  });
});
