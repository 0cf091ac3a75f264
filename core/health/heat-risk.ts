import type { Settings, SettingsPatch } from '../settings/settings-schema';
import type { HealthCondition, HealthNotes } from './health-notes';

/*
 * The health notes' rules the window needs at run time too, without their schema (zod stays out
 * of the page's bundle).
 */

export const EMPTY_HEALTH_NOTES: HealthNotes = { conditions: [], medicines: [], other: '' };

/**
 * Conditions in which warmth can burn: skin that cannot feel it (reduced feeling, nerve damage,
 * diabetes), or skin with poor blood flow, which burns more easily (poor circulation, as a
 * caution). Heat steps are left out for them.
 */
export const HEAT_RISK_CONDITIONS: readonly HealthCondition[] = [
  'reduced-feeling',
  'peripheral-neuropathy',
  'diabetes',
  'poor-circulation',
];

/** Whether the notes name a condition that calls for leaving warmth out. */
export const hasHeatRisk = (notes: Pick<HealthNotes, 'conditions'>): boolean =>
  notes.conditions.some((condition) => HEAT_RISK_CONDITIONS.includes(condition));

/**
 * The heat gate as the notes change: ticking a condition in which skin can burn unfelt leaves
 * warmth out (the reduced-feeling answer becomes "yes"), in the same change. Unticking it turns
 * nothing back on: that needs the user's own answer, after the plain warning.
 */
export function reducedFeelingAfterNotes(
  before: Pick<HealthNotes, 'conditions'>,
  after: Pick<HealthNotes, 'conditions'>,
): 'yes' | null {
  const isNewRisk = after.conditions.some(
    (condition) =>
      HEAT_RISK_CONDITIONS.includes(condition) && !before.conditions.includes(condition),
  );
  return isNewRisk ? 'yes' : null;
}

/**
 * A settings change with the heat gate applied: health notes that newly name a condition in which
 * skin can burn unfelt leave warmth out in the same change, whatever else it asked.
 */
export function withHeatGate(
  current: Pick<Settings, 'healthNotes'>,
  patch: SettingsPatch,
): SettingsPatch {
  if (!patch.healthNotes) return patch;
  const gate = reducedFeelingAfterNotes(current.healthNotes, patch.healthNotes);
  return gate ? { ...patch, reducedFeeling: gate } : patch;
}
