import type { DiaryEntry } from './diary-entry';

type Symptom = NonNullable<DiaryEntry['symptoms']>[number];

/**
 * Signs that call for a doctor now, not in a weekly summary (the content brief's "when to see a
 * doctor"): a clot can feel like a cramp, and shows as calf swelling, redness or warmth (urgent:
 * today); pale or cold skin, or calf pain on walking that eases with rest, can be poor blood flow
 * in the legs ('circulation': see a doctor soon, and go easy on warmth, which such skin feels
 * less); weakness, numbness or tingling, twitching, a muscle wasting, or cramps elsewhere in the
 * body ('nerves', for nerves and muscles: see a doctor soon). The most urgent is said when
 * several are there.
 */
export type RedFlag = 'clot' | 'circulation' | 'nerves';

/** Each red flag with its signs, the most urgent first. */
const SIGNS: readonly (readonly [RedFlag, readonly Symptom[]])[] = [
  ['clot', ['calf-swelling', 'redness', 'warmth-to-touch']],
  ['circulation', ['pale-or-cold-skin', 'calf-pain-walking']],
  [
    'nerves',
    ['weakness', 'numbness', 'tingling', 'twitching', 'muscle-wasting', 'cramps-elsewhere'],
  ],
];

/** The most urgent red flag among a cramp's other symptoms, or `null`. */
export function redFlagOf(symptoms: readonly Symptom[] | undefined): RedFlag | null {
  const found = SIGNS.find(([, signs]) => symptoms?.some((symptom) => signs.includes(symptom)));
  return found?.[0] ?? null;
}
