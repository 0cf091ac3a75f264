import { withoutHeatSteps } from '../../../core/routines/heat-steps';
import type { Routine } from '../../../core/routines/routine-schema';
import { hasHeatStep } from '../../../core/routines/heat-steps';
import { t, tPlural } from '../../i18n';
import { routineMinutes } from './routine-length';

/** What a routine will be for this user: its length and steps, and what it says about warmth. */
export function routineSummary(
  routine: Routine,
  hasReducedFeeling: boolean,
): {
  readonly meta: string;
  readonly canStart: boolean;
  readonly note: string | null;
} {
  const hasHeat = hasHeatStep(routine);
  const effective = hasHeat && hasReducedFeeling ? withoutHeatSteps(routine) : routine;
  if (!effective)
    return { meta: t('routines.heatLeftOut'), canStart: false, note: t('routines.onlyHeat') };
  const parts = [
    t('routines.length', { minutes: routineMinutes(effective) }),
    tPlural('count.steps', effective.steps.length),
  ];
  if (hasHeat) parts.push(hasReducedFeeling ? t('routines.heatLeftOut') : t('routines.hasHeat'));
  return { meta: parts.join(t('common.separator')), canStart: true, note: null };
}
