import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { RuleError } from '../../../core/rule-error';
import { planTrial } from '../../../core/trial/trial-schedule';
import {
  extendTrialState,
  pauseTrial,
  resumeTrial,
  scheduledNightsUntil,
  startTrialState,
  stopTrial,
  trialEndNight,
  trialNightPlace,
  trialStatus,
  type TrialState,
} from '../../../core/trial/trial-state';

const START = '2026-03-02';
const state = startTrialState({ start: START, seed: 7 });
const plus = (night: string, days: number) =>
  Temporal.PlainDate.from(night).add({ days }).toString();

describe('a trial without pauses', () => {
  it('follows the seeded schedule night by night', () => {
    const schedule = planTrial({ start: START, seed: 7 });
    for (const night of schedule.nights) {
      expect(trialNightPlace(state, night.date)).toMatchObject({
        kind: 'scheduled',
        arm: night.arm,
        isWashout: night.isWashout,
      });
    }
    expect(trialNightPlace(state, plus(START, -1))).toEqual({ kind: 'outside' });
    expect(trialNightPlace(state, plus(START, 56))).toEqual({ kind: 'outside' });
  });

  it('is running through its last night and finished after it', () => {
    expect(trialStatus(state, START)).toBe('running');
    expect(trialEndNight(state, START)).toBe(plus(START, 55));
    expect(trialStatus(state, plus(START, 55))).toBe('running');
    expect(trialStatus(state, plus(START, 56))).toBe('finished');
  });
});

describe('pausing', () => {
  it('leaves the paused nights out and moves the rest of the schedule on by as many nights', () => {
    // Paused on night 10 (index 9), resumed three nights later.
    const paused = pauseTrial(state, plus(START, 9));
    expect(trialStatus(paused, plus(START, 9))).toBe('paused');
    expect(trialNightPlace(paused, plus(START, 10))).toEqual({ kind: 'paused' });
    const resumed = resumeTrial(paused, plus(START, 12));
    expect(resumed.pauses).toEqual([{ from: plus(START, 9), to: plus(START, 11) }]);
    expect(trialStatus(resumed, plus(START, 12))).toBe('running');

    const before = planTrial({ start: START, seed: 7 }).nights;
    // Night 12 after the start is the schedule's night 9: the block picks up where it stopped.
    expect(trialNightPlace(resumed, plus(START, 12))).toMatchObject({
      kind: 'scheduled',
      arm: before[9]!.arm,
      nightOfBlock: 3,
      date: plus(START, 12),
    });
    expect(trialEndNight(resumed, plus(START, 12))).toBe(plus(START, 58));
    // Every scheduled night still comes once: 56 in all, none lost to the pause.
    const nights = scheduledNightsUntil(resumed, plus(START, 100));
    expect(nights.map((night) => night.arm)).toEqual(before.map((night) => night.arm));
  });

  it('paused and resumed on the same evening leaves no night out', () => {
    const resumed = resumeTrial(pauseTrial(state, plus(START, 4)), plus(START, 4));
    expect(resumed.pauses).toEqual([]);
    expect(trialNightPlace(resumed, plus(START, 4))).toMatchObject({ kind: 'scheduled' });
  });

  it('an open pause pushes the expected end later night by night', () => {
    const paused = pauseTrial(state, plus(START, 20));
    expect(trialEndNight(paused, plus(START, 20))).toBe(plus(START, 56));
    expect(trialEndNight(paused, plus(START, 25))).toBe(plus(START, 61));
  });

  it('refuses to pause a paused trial or resume a running one, in words for the user', () => {
    const paused = pauseTrial(state, START);
    expect(() => pauseTrial(paused, START)).toThrow(RuleError);
    expect(() => resumeTrial(state, START)).toThrow(/Only a paused trial/);
  });

  it('keeps every scheduled night exactly once whatever the pauses (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 5 })), {
          maxLength: 5,
        }),
        (gaps) => {
          let trial: TrialState = state;
          let night = START;
          for (const [runFor, pauseFor] of gaps) {
            night = plus(night, runFor);
            if (trialStatus(trial, night) !== 'running') break;
            trial = pauseTrial(trial, night);
            night = plus(night, pauseFor);
            trial = resumeTrial(trial, night);
          }
          const scheduled = scheduledNightsUntil(trial, plus(START, 200));
          const expected = planTrial({ start: START, seed: 7 }).nights;
          expect(scheduled.map(({ arm, isWashout }) => ({ arm, isWashout }))).toEqual(
            expected.map(({ arm, isWashout }) => ({ arm, isWashout })),
          );
          expect(new Set(scheduled.map((n) => n.date)).size).toBe(scheduled.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('stopping and extending', () => {
  it('a stopped trial keeps the nights before the stop and has none after it', () => {
    const stopped = stopTrial(state, plus(START, 15));
    expect(trialStatus(stopped, plus(START, 15))).toBe('stopped');
    expect(scheduledNightsUntil(stopped, plus(START, 60))).toHaveLength(15);
    expect(trialNightPlace(stopped, plus(START, 15))).toEqual({ kind: 'stopped' });
    expect(() => stopTrial(stopped, plus(START, 16))).toThrow(RuleError);
  });

  it('stopping while paused closes the pause', () => {
    const stopped = stopTrial(pauseTrial(state, plus(START, 3)), plus(START, 6));
    expect(stopped.pauses).toEqual([{ from: plus(START, 3), to: plus(START, 5) }]);
    expect(trialStatus(stopped, plus(START, 6))).toBe('stopped');
  });

  it('extends by a pair up to six pairs, keeping the nights already planned', () => {
    const longer = extendTrialState(state, START);
    expect(longer.plan.pairs).toBe(5);
    expect(trialEndNight(longer, START)).toBe(plus(START, 69));
    const first = scheduledNightsUntil(state, plus(START, 55)).map((night) => night.arm);
    expect(scheduledNightsUntil(longer, plus(START, 55)).map((night) => night.arm)).toEqual(first);
    const longest = extendTrialState(longer, START);
    expect(() => extendTrialState(longest, START)).toThrow(/at most 6 pairs/);
  });

  it('a finished trial cannot be extended or stopped', () => {
    const after = plus(START, 60);
    expect(() => extendTrialState(state, after)).toThrow(RuleError);
    expect(() => stopTrial(state, after)).toThrow(RuleError);
  });
});
