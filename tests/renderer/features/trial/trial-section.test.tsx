import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcFail, ipcOk } from '../../../../core/ipc/ipc-result';
import type { TrialAction } from '../../../../core/trial/trial-action';
import { pauseTrial, startTrialState } from '../../../../core/trial/trial-state';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';
import { analysisOf } from '../../../fixtures/trial-analyses';
import {
  FIXTURE_TONIGHT,
  noneFirstTrial,
  noTrialView,
  startedTrial,
  viewOf,
} from '../../../fixtures/trial-views';

async function openJournal(overrides: Parameters<typeof createFakeBridge>[0] = {}) {
  const fake = createFakeBridge(overrides);
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  await user.click(screen.getByRole('tab', { name: 'Journal' }));
  const section = await screen.findByRole('region', { name: 'Find out if it helps me' });
  return { fake, user, section };
}

describe('Find out if it helps me, in the Journal', () => {
  it('before a trial says how long it takes, warns that few cramps may not be enough, and starts the length chosen', async () => {
    const actions: TrialAction[] = [];
    const { user, section } = await openJournal({
      getTrial: async () => ipcOk({ ...noTrialView, recentCrampsPerWeek: 1.5 }),
      actOnTrial: async (action) => {
        actions.push(action as TrialAction);
        return ipcOk(viewOf(startTrialState({ start: FIXTURE_TONIGHT, seed: 0, pairs: 5 })));
      },
    });
    const lengths = within(section).getByRole('group', { name: 'How long' });
    expect(
      within(lengths)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')!.textContent),
    ).toEqual(['8 weeks', '10 weeks', '12 weeks']);
    expect(section).toHaveTextContent(
      /From tonight until Tue, Jan 19: 4 pairs of blocks, each block 7 nights/,
    );
    await user.click(within(lengths).getByRole('radio', { name: '10 weeks' }));
    expect(section).toHaveTextContent(/until Tue, Feb 2: 5 pairs of blocks/);
    expect(section).toHaveTextContent(
      /with few cramps, a month or even the whole trial may not be enough to tell/i,
    );
    expect(section).toHaveTextContent('your diary shows about 1.5 cramps a week');
    expect(section).toHaveTextContent(/never counted as a night without cramps/);

    await user.click(within(section).getByRole('button', { name: 'Start the trial tonight' }));
    expect(actions).toEqual([{ kind: 'start', pairs: 5 }]);
    expect(
      await within(section).findByText('Night 1 of 70, until Tue, Feb 2.'),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent(
      'Tonight in your trial: a night with the routine (night 1 of 7). Tonight is a settling-in night: it is not counted.',
    );
    expect(within(section).queryByRole('button', { name: 'Start the trial tonight' })).toBeNull();
    // While it runs, the nights are counted and the answer waits for the end.
    expect(section).toHaveTextContent(/No nights are counted yet/);
    expect(section).toHaveTextContent(
      /The answer, and how sure it can be, comes when the trial ends/,
    );
  });

  it('during a trial pauses, and asks before stopping it', async () => {
    let state = noneFirstTrial;
    const actions: string[] = [];
    const { user, section } = await openJournal({
      getTrial: async () => ipcOk(viewOf(state)),
      actOnTrial: async (action) => {
        const { kind } = action as TrialAction;
        actions.push(kind);
        if (kind === 'pause') state = pauseTrial(state, FIXTURE_TONIGHT);
        return ipcOk(viewOf(state));
      },
    });
    expect(section).toHaveTextContent(
      /a night without the routine \(night 1 of 7\)\. Rest, and tell the diary in the morning/,
    );
    await user.click(within(section).getByRole('button', { name: 'Pause the trial' }));
    expect(
      await within(section).findByRole('button', { name: 'Resume the trial' }),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent('Paused since the night of Wed, Nov 25.');
    expect(section).toHaveTextContent('Your trial is paused: do as you like tonight.');

    await user.click(within(section).getByRole('button', { name: 'Stop the trial' }));
    const ask = within(section).getByRole('group', { name: /Stop the trial\?/ });
    expect(within(ask).getByRole('button', { name: 'Yes, stop it' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Keep going' }));
    expect(actions).toEqual(['pause']);
    // The keyboard is back where the question came from.
    await waitFor(() =>
      expect(within(section).getByRole('button', { name: 'Stop the trial' })).toHaveFocus(),
    );
  });

  it('while a trial runs shows the nights counted, not an answer; stopping gives the answer at once, marked as early', async () => {
    // Four weeks in, with a diary that would read "fewer cramps" if compared now.
    const running = viewOf(startedTrial, '2026-12-23');
    const analysis = analysisOf({ cramps: 8, nights: 20 }, { cramps: 24, nights: 20 });
    const withDiary = (status: 'running' | 'stopped') => ({
      ...running,
      trial: { ...running.trial!, status, analysis },
    });
    const { user, section } = await openJournal({
      getTrial: async () => ipcOk(withDiary('running')),
      actOnTrial: async () => ipcOk(withDiary('stopped')),
    });
    const soFar = within(section).getByRole('region', { name: 'What your trial shows so far' });
    expect(soFar).toHaveTextContent(
      'So far your diary counts 8 cramps in 20 nights with the routine, 24 in 20 without.',
    );
    expect(soFar).not.toHaveTextContent(/fewer cramps than|%/);
    expect(within(section).queryByRole('img')).toBeNull();

    await user.click(within(section).getByRole('button', { name: 'Stop the trial' }));
    await user.click(within(section).getByRole('button', { name: 'Yes, stop it' }));
    const found = await within(section).findByRole('region', {
      name: 'What your trial found, stopped early',
    });
    expect(found).toHaveTextContent(/You stopped the trial before its planned end/);
    expect(found).toHaveTextContent(
      'Nights with the routine had fewer cramps than nights without.',
    );
    expect(within(found).getByRole('img', { name: /very likely between/ })).toBeInTheDocument();
  });

  it('shows main’s words when a change could not be saved, and keeps the trial as it was', async () => {
    const { user, section } = await openJournal({
      getTrial: async () => ipcOk(viewOf(startedTrial)),
      actOnTrial: async () =>
        ipcFail(
          'not-saved',
          'That change to your trial could not be saved, so it was not made. The disk may be full.',
        ),
    });
    await user.click(within(section).getByRole('button', { name: 'Make it two weeks longer' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(/could not be saved/);
    expect(section).toHaveTextContent('Night 1 of 56');
  });
});

describe('tonight in the trial, on Tonight', () => {
  it('says tonight’s arm above the routine', async () => {
    const fake = createFakeBridge({ getTrial: async () => ipcOk(viewOf(noneFirstTrial)) });
    render(<App bridge={fake.bridge} />);
    expect(
      await screen.findByText(
        /Tonight in your trial: a night without the routine \(night 1 of 7\)/,
      ),
    ).toBeInTheDocument();
  });

  it('says nothing without a trial', async () => {
    const fake = createFakeBridge();
    render(<App bridge={fake.bridge} />);
    await screen.findByRole('heading', { name: 'Tonight', level: 1 });
    expect(screen.queryByText(/in your trial/)).toBeNull();
  });
});
