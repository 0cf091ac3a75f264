import type { DiaryEntry } from './diary-entry';

type Symptom = NonNullable<DiaryEntry['symptoms']>[number];

/**
 * Signs that call for a doctor now, not in a weekly summary: a clot can feel like a cramp, and
 * shows as calf swelling, redness or warmth (urgent: today); weakness or numbness with cramps
 * needs a doctor's look soon. The first is said when both are there.
 */
export type RedFlag = 'clot' | 'nerves';

const CLOT_SIGNS: readonly Symptom[] = ['calf-swelling', 'redness', 'warmth-to-touch'];
const NERVE_SIGNS: readonly Symptom[] = ['weakness', 'numbness'];

/** The most urgent red flag among a cramp's other symptoms, or `null`. */
export function redFlagOf(symptoms: readonly Symptom[] | undefined): RedFlag | null {
  if (symptoms?.some((symptom) => CLOT_SIGNS.includes(symptom))) return 'clot';
  if (symptoms?.some((symptom) => NERVE_SIGNS.includes(symptom))) return 'nerves';
  return null;
}
