import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TrialAnalysis } from '../../../../core/trial/analyse-trial';
import { TrialAnswer } from '../../../../renderer/features/trial/trial-answer';

const adherence = { routineNights: 20, routineDone: 18, noneNights: 20, noneWithRoutine: 1 };

function show(analysis: TrialAnalysis) {
  render(
    <TrialAnswer
      trial={{ analysis, adherence, washoutNights: 2, status: 'running' }}
      minNightsPerArm={7}
    />,
  );
  return screen.getByRole('region', { name: 'What your trial shows so far' });
}

describe('the trial’s answer in words and as a picture', () => {
  it('says how many fewer cramps, the range that fits the diary and the chance it helps', () => {
    const answer = show({
      status: 'estimate',
      nightsUsed: { routine: 20, none: 20 },
      crampsCounted: { routine: 12, none: 20 },
      rateRatio: { median: 0.6, low: 0.4, high: 0.9 },
      probabilityHelps: 0.953,
    });
    expect(answer).toHaveTextContent('Nights with the routine had about 40% fewer cramps.');
    expect(answer).toHaveTextContent('The range that fits your diary is 60% fewer to 10% fewer.');
    expect(answer).toHaveTextContent('The chance that the routine helps you is about 95%.');
    expect(answer).not.toHaveTextContent(/cannot yet tell/);
    expect(
      screen.getByRole('img', {
        name: 'The range that fits your diary is 60% fewer to 10% fewer.',
      }),
    ).toBeInTheDocument();
    expect(answer).toHaveTextContent(
      'On 18 of 20 routine nights you did the routine; on 1 of 20 nights without, you did it anyway.',
    );
  });

  it('says plainly when the range includes no difference, and gives more cramps as more', () => {
    const answer = show({
      status: 'estimate',
      nightsUsed: { routine: 10, none: 10 },
      crampsCounted: { routine: 12, none: 10 },
      rateRatio: { median: 1.2, low: 0.7, high: 2.1 },
      probabilityHelps: 0.23,
    });
    expect(answer).toHaveTextContent('Nights with the routine had about 20% more cramps.');
    expect(answer).toHaveTextContent('The range that fits your diary is 30% fewer to 110% more.');
    expect(answer).toHaveTextContent('about 25%');
    expect(answer).toHaveTextContent(/cannot yet tell whether the routine helps you/);
  });

  it('says "about as many" near no difference, and never rounds a near-certainty up to 100%', () => {
    const answer = show({
      status: 'estimate',
      nightsUsed: { routine: 30, none: 30 },
      crampsCounted: { routine: 29, none: 30 },
      rateRatio: { median: 0.98, low: 0.2, high: 0.999 },
      probabilityHelps: 0.996,
    });
    expect(answer).toHaveTextContent(
      'Nights with and without the routine had about as many cramps.',
    );
    expect(answer).toHaveTextContent('80% fewer to no difference');
    expect(answer).toHaveTextContent('The chance that the routine helps you is above 99%.');
    expect(answer).not.toHaveTextContent('100%');
  });

  it('gives no verdict without enough known nights, and no picture', () => {
    const answer = show({
      status: 'not-enough-data',
      nightsUsed: { routine: 3, none: 9 },
      crampsCounted: { routine: 2, none: 5 },
    });
    expect(answer).toHaveTextContent(
      'Not enough nights are known yet to tell. Counted so far: 3 nights with the routine and 9 without; at least 7 of each are needed.',
    );
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('names the method in “How this was worked out”', () => {
    show({
      status: 'not-enough-data',
      nightsUsed: { routine: 0, none: 0 },
      crampsCounted: { routine: 0, none: 0 },
    });
    const how = screen.getByText('How this was worked out').closest('details')!;
    expect(how).toHaveTextContent(/Poisson rate ratio/);
    expect(how).toHaveTextContent(/Jeffreys prior/);
    expect(how).toHaveTextContent(/95% credible interval/);
    expect(how).toHaveTextContent(/first 2 nights of each block/);
    expect(how).toHaveTextContent(/not a diagnosis/);
  });
});
