import type { Settings } from './settings-schema';

/**
 * The leg a new diary entry starts on: the one the user said tends to cramp (both legs too), or,
 * if they said it varies, none; if they never said, the leg favoured in the routines.
 */
export function diaryLegDefault(
  settings: Pick<Settings, 'crampLeg' | 'favourSide'>,
): 'left' | 'right' | 'both' | null {
  if (settings.crampLeg === 'varies') return null;
  return settings.crampLeg ?? settings.favourSide;
}
