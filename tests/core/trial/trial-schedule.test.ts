import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { RuleError } from '../../../core/rule-error';
import {
  canExtendTrial,
  extendTrial,
  MAX_TRIAL_PAIRS,
  planTrial,
  TrialPlanSchema,
  trialNightFor,
  type TrialPlanInput,
  type TrialSchedule,
} from '../../../core/trial/trial-schedule';

const plan: TrialPlanInput = { start: '2026-03-02', seed: 42 };

/** The arm order of each pair, e.g. "RN NR RN RN". */
const pattern = (schedule: TrialSchedule) =>
  schedule.blocks
    .map((block) => (block.arm === 'routine' ? 'R' : 'N'))
    .join('')
    .replace(/(..)(?!$)/g, '$1 ');

const planArb = fc.record({
  start: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  seed: fc.nat({ max: 2 ** 32 - 1 }),
  pairs: fc.integer({ min: 4, max: 6 }),
  nightsPerBlock: fc.integer({ min: 3, max: 14 }),
  washoutNights: fc.integer({ min: 0, max: 2 }),
});

describe('planTrial', () => {
  it('by default plans 4 pairs of 7-night blocks with 2 wash-out nights each', () => {
    const schedule = planTrial(plan);
    expect(schedule.plan).toEqual({ ...plan, pairs: 4, nightsPerBlock: 7, washoutNights: 2 });
    expect(schedule.nights).toHaveLength(56);
    expect(schedule.summary).toEqual({
      totalNights: 56,
      startDate: '2026-03-02',
      endDate: '2026-04-26',
      usableNightsPerArm: 20,
    });
    expect(schedule.nights[0]).toEqual({
      date: '2026-03-02',
      arm: schedule.blocks[0]!.arm,
      isWashout: true,
    });
    expect(schedule.blocks[0]).toMatchObject({ pairNumber: 1, startDate: '2026-03-02' });
    expect(schedule.blocks[0]!.endDate).toBe('2026-03-08');
    expect(schedule.blocks.at(-1)).toMatchObject({ pairNumber: 4, endDate: '2026-04-26' });
  });

  it('is balanced, one block of each arm per pair, wash-out the first nights of each block', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const schedule = planTrial(input);
        const { nights, blocks } = schedule;
        expect(nights).toHaveLength(input.pairs * 2 * input.nightsPerBlock);
        const count = (arm: string, usable: boolean) =>
          nights.filter((night) => night.arm === arm && (!usable || !night.isWashout)).length;
        expect(count('routine', false)).toBe(count('none', false));
        expect(count('routine', true)).toBe(schedule.summary.usableNightsPerArm);
        expect(count('none', true)).toBe(schedule.summary.usableNightsPerArm);
        for (let pair = 0; pair < input.pairs; pair += 1) {
          const arms = blocks.slice(2 * pair, 2 * pair + 2).map((block) => block.arm);
          expect(arms.toSorted()).toEqual(['none', 'routine']);
        }
        nights.forEach((night, index) => {
          const nightInBlock = index % input.nightsPerBlock;
          expect(night.isWashout).toBe(nightInBlock < input.washoutNights);
          expect(night.arm).toBe(blocks[Math.floor(index / input.nightsPerBlock)]!.arm);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('gives consecutive dates, across the clock changes too', () => {
    // Spans the spring-forward and fall-back weekends in Europe and the US: calendar dates have
    // no time of day, so no night is skipped or repeated.
    for (const start of ['2026-03-01', '2026-10-20', '2026-03-25']) {
      const { nights, summary } = planTrial({ start, seed: 7, pairs: 6 });
      nights.slice(1).forEach((night, index) => {
        const previous = Temporal.PlainDate.from(nights[index]!.date);
        expect(Temporal.PlainDate.from(night.date).equals(previous.add({ days: 1 }))).toBe(true);
      });
      expect(summary.endDate).toBe(Temporal.PlainDate.from(start).add({ days: 83 }).toString());
    }
  });

  it('is the same schedule for the same seed, and a different order for other seeds', () => {
    expect(planTrial(plan)).toEqual(planTrial({ ...plan }));
    expect(pattern(planTrial(plan))).toBe(pattern(planTrial(plan)));
    // With 4 pairs there are only 2⁴ = 16 orders, so seeds must differ across many, not each.
    const patterns = new Set<string>();
    for (let seed = 0; seed < 200; seed += 1) patterns.add(pattern(planTrial({ ...plan, seed })));
    expect(patterns.size).toBe(16);
  });

  it('draws the order within each pair like a fair coin', () => {
    const seeds = 2000;
    const routineFirst = [0, 0, 0, 0, 0, 0];
    for (let seed = 0; seed < seeds; seed += 1) {
      planTrial({ ...plan, seed, pairs: 6 }).blocks.forEach((block, index) => {
        if (index % 2 === 0 && block.arm === 'routine') routineFirst[index / 2]! += 1;
      });
    }
    // Binomial(2000, ½) has SD 22: 0.5 ± 0.05 is ±4.5 SD.
    for (const count of routineFirst) expect(count / seeds).toBeGreaterThan(0.45);
    for (const count of routineFirst) expect(count / seeds).toBeLessThan(0.55);
  });

  it('rejects plans it cannot run', () => {
    const bad: unknown[] = [
      { ...plan, pairs: 3 },
      { ...plan, pairs: 7 },
      { ...plan, washoutNights: 7 },
      { ...plan, seed: -1 },
      { ...plan, seed: 1.5 },
      { ...plan, start: '2026-02-30' },
    ];
    for (const input of bad) expect(TrialPlanSchema.safeParse(input).success).toBe(false);
    expect(() => planTrial({ ...plan, pairs: 3 })).toThrow();
  });
});

describe('trialNightFor', () => {
  it('matches the planned night for every date, and is null outside the trial', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const { nights, summary } = planTrial(input);
        nights.forEach((night, index) => {
          const tonight = trialNightFor(input, night.date);
          expect(tonight).toMatchObject(night);
          expect(tonight!.nightOfBlock).toBe((index % input.nightsPerBlock) + 1);
          expect(tonight!.pairNumber).toBe(Math.floor(index / (2 * input.nightsPerBlock)) + 1);
        });
        const before = Temporal.PlainDate.from(summary.startDate).subtract({ days: 1 });
        const after = Temporal.PlainDate.from(summary.endDate).add({ days: 1 });
        expect(trialNightFor(input, before.toString())).toBeNull();
        expect(trialNightFor(input, after.toString())).toBeNull();
      }),
      { numRuns: 30 },
    );
  });

  it('says what tonight is', () => {
    const { blocks } = planTrial(plan);
    expect(trialNightFor(plan, '2026-03-11')).toEqual({
      date: '2026-03-11',
      arm: blocks[1]!.arm,
      isWashout: false,
      pairNumber: 1,
      nightOfBlock: 3,
    });
    expect(() => trialNightFor(plan, '10/03/2026')).toThrow();
  });
});

describe('extendTrial', () => {
  it('adds pairs at the end and keeps every night already planned', () => {
    const longer = extendTrial(plan, 2);
    expect(longer.pairs).toBe(6);
    const before = planTrial(plan).nights;
    expect(planTrial(longer).nights.slice(0, before.length)).toEqual(before);
    expect(planTrial(longer).nights).toHaveLength(84);
  });

  it(`stops at ${MAX_TRIAL_PAIRS} pairs`, () => {
    expect(canExtendTrial(plan)).toBe(true);
    expect(canExtendTrial({ ...plan, pairs: 6 })).toBe(false);
    expect(() => extendTrial({ ...plan, pairs: 6 })).toThrow(RuleError);
    expect(() => extendTrial(plan, 0)).toThrow(RangeError);
  });
});
