import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TrialAnalysis } from '../../../../core/trial/analyse-trial';
import {
  changeText,
  trialAnswerSentences,
  trialProgressSentences,
} from '../../../../renderer/features/trial/trial-answer-text';
import { analysisOf } from '../../../fixtures/trial-analyses';

const MIN = 7;
/** Hand-made: only the range and the chance matter to the words beyond the counts. */
const estimate = (
  rateRatio: NonNullable<TrialAnalysis['rateRatio']>,
  probabilityHelps: number,
): TrialAnalysis => ({
  status: 'estimate',
  nightsUsed: { routine: 20, none: 20 },
  crampsCounted: { routine: 12, none: 20 },
  rateRatio,
  probabilityHelps,
});

describe('trialAnswerSentences: too few cramps to compare', () => {
  it('with no cramps in either arm gives the counts and no percentage (it used to say "about 100% more")', () => {
    const analysis = analysisOf({ cramps: 0, nights: 10 }, { cramps: 0, nights: 20 });
    expect(analysis.status).toBe('estimate');
    const sentences = trialAnswerSentences(analysis, MIN);
    expect(sentences[0]).toBe(
      'There are too few cramps to compare yet: 0 cramps in 10 nights with the routine, 0 in 20 without.',
    );
    expect(sentences.join(' ')).not.toMatch(/%|more cramps|fewer cramps|helps you/);
  });

  it('with 3 cramps against 0 gives the counts, not "1,284% more"', () => {
    const analysis = analysisOf({ cramps: 3, nights: 20 }, { cramps: 0, nights: 20 });
    const sentences = trialAnswerSentences(analysis, MIN, true);
    expect(sentences[0]).toBe(
      'There were too few cramps to compare: 3 cramps in 20 nights with the routine, 0 in 20 without.',
    );
    expect(sentences.join(' ')).not.toMatch(/\d%|times as many/);
  });

  it('says each arm’s counts as the diary has them, one cramp and one night in the singular', () => {
    const sentences = trialAnswerSentences(
      analysisOf({ cramps: 2, nights: 20 }, { cramps: 1, nights: 18 }),
      MIN,
    );
    expect(sentences[0]).toContain('2 cramps in 20 nights with the routine, 1 in 18 without');
    const one = analysisOf({ cramps: 1, nights: 20 }, { cramps: 3, nights: 20 });
    expect(trialAnswerSentences(one, MIN)[0]).toContain('1 cramp in 20 nights with the routine');
  });
});

describe('trialAnswerSentences: the verdict comes first', () => {
  it('while running, an uncertain answer opens with "It can’t tell yet", not a percentage', () => {
    // 12 cramps in 20 nights against 20 in 20: a median 40% fewer, but the range crosses 1.
    const analysis = analysisOf({ cramps: 12, nights: 20 }, { cramps: 20, nights: 20 });
    expect(analysis.rateRatio!.low).toBeLessThan(1);
    expect(analysis.rateRatio!.high).toBeGreaterThan(1);
    const sentences = trialAnswerSentences(analysis, MIN);
    expect(sentences[0]).toBe('It can’t tell yet whether the routine helps you.');
    expect(sentences[1]).toBe(
      'Your diary counted 12 cramps in 20 nights with the routine, 20 in 20 without: about 0.6 a night with the routine, 1 without.',
    );
    expect(sentences[2]).toMatch(
      /^Allowing for chance and for good and bad weeks, the difference the routine makes is very likely between \d+% fewer cramps and \d+% more cramps\.$/,
    );
    expect(sentences.join(' ')).not.toMatch(/about \d+% (fewer|more)/);
  });

  it('after the end says "The trial could not tell", never "yet"', () => {
    const analysis = analysisOf({ cramps: 12, nights: 20 }, { cramps: 20, nights: 20 });
    const sentences = trialAnswerSentences(analysis, MIN, true);
    expect(sentences[0]).toBe('The trial could not tell whether the routine helps you.');
    expect(sentences.join(' ')).not.toMatch(/\byet\b/);
  });

  it('says "fewer cramps" only when the whole range is below no difference', () => {
    const clear = trialAnswerSentences(
      estimate({ median: 0.6, low: 0.4, high: 0.9 }, 0.99),
      MIN,
      true,
    );
    expect(clear[0]).toBe('Nights with the routine had fewer cramps than nights without.');
    expect(clear[2]).toBe(
      'Allowing for chance and for good and bad weeks, the difference the routine makes is very likely between 60% fewer cramps and 10% fewer cramps.',
    );
    // The same median, but the range reaches past no difference.
    const unsure = trialAnswerSentences(
      estimate({ median: 0.6, low: 0.35, high: 1.05 }, 0.96),
      MIN,
      true,
    );
    expect(unsure[0]).toBe('The trial could not tell whether the routine helps you.');
    expect(unsure.join(' ')).not.toMatch(/had fewer cramps/);
  });

  it('says "more cramps" only when the whole range is above no difference', () => {
    const analysis = analysisOf({ cramps: 30, nights: 20 }, { cramps: 10, nights: 20 });
    expect(trialAnswerSentences(analysis, MIN, true)[0]).toBe(
      'Nights with the routine had more cramps than nights without.',
    );
    expect(trialAnswerSentences(analysis, MIN)[0]).toBe(
      'So far, nights with the routine had more cramps than nights without.',
    );
  });
});

describe('trialAnswerSentences: the chance, in words', () => {
  it('never gives the chance as a percentage', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (chance) => {
        const sentences = trialAnswerSentences(
          estimate({ median: 0.8, low: 0.4, high: 1.6 }, chance),
          MIN,
          true,
        );
        const aboutHelping = sentences.filter((sentence) => /help/.test(sentence));
        expect(aboutHelping.length).toBeGreaterThan(0);
        for (const sentence of aboutHelping) expect(sentence).not.toMatch(/\d/);
        expect(sentences.join(' ')).not.toMatch(/chance that the routine helps you is/);
      }),
    );
  });

  it('goes from very likely to very unlikely, saying when it cannot tell', () => {
    const say = (chance: number) =>
      trialAnswerSentences(estimate({ median: 0.8, low: 0.4, high: 1.6 }, chance), MIN, true).at(
        -1,
      );
    expect(say(0.99)).toBe('It is very likely that the routine helps you.');
    expect(say(0.95)).toBe(
      'Your diary leans towards the routine helping, but not clearly enough to tell.',
    );
    expect(say(0.5)).toBe(
      'Your diary leans neither way: helping and not helping are about as likely.',
    );
    expect(say(0.2)).toBe(
      'Your diary leans a little against the routine helping: too little to go on.',
    );
    expect(say(0.01)).toBe('It is very unlikely that the routine helps you.');
  });
});

describe('changeText: the range’s ends at the picture’s scale', () => {
  it('stops at a tenth and ten times, as the picture does (3 against 0 cramps read "663,652% more")', () => {
    expect(changeText(6_636.52)).toBe('more than ten times as many cramps');
    expect(changeText(0.000_01)).toBe('less than a tenth as many cramps');
    expect(changeText(10)).toBe('10 times as many cramps');
    expect(changeText(0.1)).toBe('90% fewer cramps');
  });

  it('says large changes as times, small ones as percentages, and next to none as "about as many"', () => {
    expect(changeText(2.5)).toBe('2.5 times as many cramps');
    expect(changeText(1.5)).toBe('50% more cramps');
    expect(changeText(0.6)).toBe('40% fewer cramps');
    expect(changeText(1.01)).toBe('about as many cramps');
    expect(changeText(0.99)).toBe('about as many cramps');
  });

  it('never writes a number above 1,000 or a percentage above 100, whatever the range', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1e9, noNaN: true }), (ratio) => {
        const text = changeText(ratio);
        expect(text).not.toMatch(/\d,\d{3}|\d{4}/);
        const share = /(\d+)%/.exec(text);
        if (share) expect(Number(share[1])).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('trialProgressSentences: while the trial runs', () => {
  it('gives the counts so far and when the answer comes, and no comparison', () => {
    const analysis = analysisOf({ cramps: 3, nights: 10 }, { cramps: 9, nights: 12 });
    const sentences = trialProgressSentences(analysis);
    expect(sentences[0]).toBe(
      'So far your diary counts 3 cramps in 10 nights with the routine, 9 in 12 without.',
    );
    expect(sentences[1]).toMatch(
      /^The answer, and how sure it can be, comes when the trial ends\./,
    );
    expect(sentences.join(' ')).not.toMatch(/%|fewer cramps|more cramps|very likely/);
  });

  it('before any night is counted, says why none is', () => {
    const analysis: TrialAnalysis = {
      status: 'not-enough-data',
      nightsUsed: { routine: 0, none: 0 },
      crampsCounted: { routine: 0, none: 0 },
    };
    expect(trialProgressSentences(analysis)[0]).toMatch(/^No nights are counted yet/);
  });
});

describe('trialAnswerSentences: not enough nights', () => {
  it('says how many nights are counted and how many are needed, in the tense of the trial', () => {
    const analysis: TrialAnalysis = {
      status: 'not-enough-data',
      nightsUsed: { routine: 3, none: 9 },
      crampsCounted: { routine: 2, none: 5 },
    };
    expect(trialAnswerSentences(analysis, MIN)).toEqual([
      'Not enough nights are known yet to tell. Counted so far: 3 nights with the routine and 9 without; at least 7 of each are needed.',
    ]);
    expect(trialAnswerSentences(analysis, MIN, true)[0]).toMatch(/^Not enough nights were known/);
  });
});
