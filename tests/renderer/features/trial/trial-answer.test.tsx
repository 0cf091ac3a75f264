import { render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TrialAnalysis } from '../../../../core/trial/analyse-trial';
import type { TrialRunView } from '../../../../core/trial/trial-view';
import { TrialAnswer } from '../../../../renderer/features/trial/trial-answer';
import { analysisOf } from '../../../fixtures/trial-analyses';

const adherence = { routineNights: 20, routineDone: 18, noneNights: 20, noneWithRoutine: 1 };

const HEADINGS = {
  running: 'What your trial shows so far',
  paused: 'What your trial shows so far',
  finished: 'What your trial found',
  stopped: 'What your trial found, stopped early',
} as const;

function show(analysis: TrialAnalysis, status: TrialRunView['status'] = 'finished') {
  const { unmount } = render(
    <TrialAnswer trial={{ analysis, adherence, washoutNights: 2, status }} minNightsPerArm={7} />,
  );
  return { answer: screen.getByRole('region', { name: HEADINGS[status] }), unmount };
}

/** What the answer says, apart from “How this was worked out” (folded away). */
const said = (answer: HTMLElement) =>
  [...answer.querySelectorAll(':scope > p')].map((p) => p.textContent).join(' ');

/** 8 cramps in 20 nights with the routine against 24 in 20 without: clearly fewer. */
const clearlyFewer = analysisOf({ cramps: 8, nights: 20 }, { cramps: 24, nights: 20 });
/** 12 against 20: fewer in the diary, but the range reaches past no difference. */
const unsure = analysisOf({ cramps: 12, nights: 20 }, { cramps: 20, nights: 20 });

describe('the trial’s answer at the end: words, then the range as a picture', () => {
  it('says the verdict first, then the diary’s counts, the range and the chance in words', () => {
    expect(clearlyFewer.rateRatio!.high).toBeLessThan(1);
    const { answer } = show(clearlyFewer);
    const paragraphs = [...answer.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs[0]).toBe('Nights with the routine had fewer cramps than nights without.');
    expect(paragraphs[1]).toBe(
      'Your diary counted 8 cramps in 20 nights with the routine, 24 in 20 without: about 0.4 a night with the routine, 1.2 without.',
    );
    expect(paragraphs[2]).toMatch(
      /^Allowing for chance .* very likely between \d+% fewer cramps and \d+% fewer cramps\.$/,
    );
    expect(paragraphs[3]).toBe('It is very likely that the routine helps you.');
    expect(answer).not.toHaveTextContent(/95%|chance that the routine helps you is/);
    // The picture is named by the same words as the range.
    expect(screen.getByRole('img', { name: paragraphs[2]! })).toBeInTheDocument();
    expect(answer).toHaveTextContent(
      'On 18 of 20 routine nights you did the routine; on 1 of 20 nights without, you did it anyway.',
    );
  });

  it('when the range includes no difference, says the trial could not tell, first', () => {
    const { answer } = show(unsure);
    expect(answer.querySelector('p')).toHaveTextContent(
      'The trial could not tell whether the routine helps you.',
    );
    expect(answer).not.toHaveTextContent(/cannot yet tell|can’t tell yet|about \d+% fewer/);
  });

  it('calls the dot the median, not the likeliest value', () => {
    show(unsure);
    const caption = screen.getByRole('figure').querySelector('figcaption')!;
    expect(caption).toHaveTextContent(/the dot, the median/);
    expect(caption).not.toHaveTextContent(/likeliest/);
  });

  it('with too few cramps gives the counts, and neither percentages nor a picture', () => {
    const { answer } = show(analysisOf({ cramps: 3, nights: 20 }, { cramps: 0, nights: 20 }));
    expect(answer).toHaveTextContent(
      'There were too few cramps to compare: 3 cramps in 20 nights with the routine, 0 in 20 without.',
    );
    expect(answer).not.toHaveTextContent(/%/);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('when stopped early, says so above the answer', () => {
    const { answer } = show(clearlyFewer, 'stopped');
    expect(answer.querySelector('p')).toHaveTextContent(
      'You stopped the trial before its planned end, so this answer rests on fewer nights than planned.',
    );
    expect(answer).toHaveTextContent(
      'Nights with the routine had fewer cramps than nights without.',
    );
  });

  it('gives no verdict without enough known nights, and no picture', () => {
    const { answer } = show({
      status: 'not-enough-data',
      nightsUsed: { routine: 3, none: 9 },
      crampsCounted: { routine: 2, none: 5 },
    });
    expect(answer).toHaveTextContent(
      'Not enough nights were known to tell. Counted: 3 nights with the routine and 9 without; at least 7 of each are needed.',
    );
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('names the method in “How this was worked out”, with the allowance for good and bad weeks', () => {
    const { answer } = show(unsure);
    const how = screen.getByText('How this was worked out').closest('details')!;
    expect(answer).toContainElement(how);
    expect(how).toHaveTextContent(/Poisson rate ratio/);
    expect(how).toHaveTextContent(/Jeffreys prior/);
    expect(how).toHaveTextContent(/widened by how much your blocks of nights differed/);
    expect(how).toHaveTextContent(/comes only at the end of the trial/);
    expect(how).toHaveTextContent(/fewer than 5 cramps in all/);
    expect(how).toHaveTextContent(/first 2 nights of each block/);
    expect(how).toHaveTextContent(/not a diagnosis/);
    expect(how).not.toHaveTextContent(/95%/);
  });
});

describe('the trial’s answer while it runs', () => {
  it('shows the counts so far and when the answer comes: no range, no chance, no picture', () => {
    // The same clear diary as above: at the end it says "fewer cramps"; not before.
    const { answer } = show(clearlyFewer, 'running');
    expect(answer).toHaveTextContent(
      'So far your diary counts 8 cramps in 20 nights with the routine, 24 in 20 without.',
    );
    expect(answer).toHaveTextContent(
      /The answer, and how sure it can be, comes when the trial ends/,
    );
    expect(said(answer)).not.toMatch(/fewer cramps than|very likely|helps you|%/);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('never compares, whatever the diary, running or paused: looking every night cannot find a chance effect', () => {
    const totals = fc.record({
      cramps: fc.integer({ min: 0, max: 60 }),
      nights: fc.integer({ min: 7, max: 30 }),
    });
    fc.assert(
      fc.property(totals, totals, fc.constantFrom('running', 'paused'), (routine, none, status) => {
        const { answer, unmount } = show(analysisOf(routine, none), status);
        try {
          expect(said(answer)).toMatch(/^So far your diary counts /);
          expect(said(answer)).not.toMatch(
            /%|fewer cramps than|more cramps than|very likely|helping|helps you/,
          );
          expect(within(answer).queryByRole('img')).toBeNull();
        } finally {
          unmount();
        }
      }),
      { numRuns: 40 },
    );
  });
});
