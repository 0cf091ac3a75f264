import { analyseTrial, type TrialNight } from '../../core/trial/analyse-trial';
import { planTrial } from '../../core/trial/trial-schedule';
import { mulberry32 } from '../../core/trial/seeded-random';
import { printTable, quantile } from './stats';

const RUNS = 200;

/** Poisson counts by inversion: enough for a benchmark's made-up diary. */
function poisson(rate: number, random: () => number): number {
  let count = 0;
  let product = random();
  const floor = Math.exp(-rate);
  while (product > floor) {
    count += 1;
    product *= random();
  }
  return count;
}

/**
 * `analyseTrial` on a 12-week diary (six pairs of 7-night blocks, 2 wash-out nights each, one
 * night in ten unanswered), as main runs it: the first call in this process (nothing compiled yet)
 * and the median and p95 of 200 calls on fresh diaries, beside the same diary summed by hand (the
 * floor: only reading the nights). Limit 50 ms.
 */
export async function benchTrialAnalysis(): Promise<void> {
  console.log('\n== analyseTrial: a 12-week diary (84 nights) ==');
  const plan = planTrial({ start: '2026-09-01', seed: 7, pairs: 6 });
  const diaryOf = (seed: number): TrialNight[] => {
    const random = mulberry32(seed);
    return plan.nights.map((night) => ({
      ...night,
      cramps: random() < 0.1 ? null : poisson(night.arm === 'routine' ? 0.6 : 1, random),
    }));
  };
  let start = performance.now();
  analyseTrial(diaryOf(1));
  const first = performance.now() - start;
  const times: number[] = [];
  const floor: number[] = [];
  let crampsSeen = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const diary = diaryOf(run + 2);
    start = performance.now();
    analyseTrial(diary);
    times.push(performance.now() - start);
    start = performance.now();
    let sum = 0;
    for (const night of diary) if (!night.isWashout && night.cramps !== null) sum += night.cramps;
    floor.push(performance.now() - start);
    crampsSeen += sum;
  }
  const ms = (value: number) => `${value.toFixed(3)} ms`;
  printTable(
    ['measure', 'first call', 'median', 'p95'],
    [
      ['analyseTrial', ms(first), ms(quantile(times, 0.5)), ms(quantile(times, 0.95))],
      ['floor: summing the nights', '', ms(quantile(floor, 0.5)), ms(quantile(floor, 0.95))],
    ],
  );
  console.log(
    `nights in each diary: ${plan.nights.length} (${crampsSeen} cramps counted in all); limit 50 ms`,
  );
}
