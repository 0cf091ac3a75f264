import {
  caseName,
  chancesItHelps,
  coverageOf,
  decilesOf,
  type Clustering,
  type SimulatedCase,
} from '../../tests/fixtures/simulated-trial';
import { printTable } from './stats';

/**
 * How honest the trial's answer is, on made-up diaries on the app's real schedule: how often the
 * 95% range holds the true effect (true ratio 0.6), and, with no effect at all, how the chance it
 * helps is spread at the end of the trial (it should be about even: deciles near 0.1, 0.2, … 0.9,
 * the more so the better the allowance; pulled towards ½ means cautious). Seeded, so the same
 * figures every run.
 *
 *   npx tsx scripts/bench/trial-coverage.ts [diaries per case, default 2000]
 */
const diaries = Number(process.argv[2] ?? 2_000);
if (!Number.isInteger(diaries) || diaries < 1)
  throw new RangeError('diaries must be a whole number');

const clusterings: Clustering[] = [
  { kind: 'poisson' },
  { kind: 'negative-binomial', shape: 1 },
  { kind: 'block-swings', sd: 0.5 },
  { kind: 'block-swings', sd: 1 },
];
const cases: Omit<SimulatedCase, 'trueRatio'>[] = clusterings.flatMap((clustering) =>
  [0.5, 1.5].flatMap((crampsPerNight) =>
    ([8, 12] as const).map((weeks) => ({ clustering, crampsPerNight, weeks })),
  ),
);

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const share = (values: readonly number[], test: (value: number) => boolean) =>
  values.filter(test).length / values.length;

console.log(
  `\n== The trial's 95% range: coverage of the true ratio 0.6 (${diaries} diaries each) ==`,
);
printTable(
  ['case', 'coverage'],
  cases.map((simulated, index) => [
    caseName(simulated),
    percent(coverageOf({ ...simulated, trueRatio: 0.6 }, diaries, 1_000 + index)),
  ]),
);

console.log(
  `\n== No effect (ratio 1): the chance it helps at the end of the trial (${diaries} each) ==`,
);
printTable(
  ['case', 'deciles 10% … 90%', 'above 0.975', 'below 0.025'],
  cases.map((simulated, index) => {
    const chances = chancesItHelps({ ...simulated, trueRatio: 1 }, diaries, 2_000 + index);
    return [
      caseName(simulated),
      decilesOf(chances)
        .map((value) => value.toFixed(2))
        .join(' '),
      percent(share(chances, (chance) => chance > 0.975)),
      percent(share(chances, (chance) => chance < 0.025)),
    ];
  }),
);
