import { decideHeat } from '../../../core/routines/heat-rule';
import { hasHeatStep } from '../../../core/routines/heat-steps';
import type { Routine } from '../../../core/routines/routine-schema';
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
  // Not yet answered counts as normal feeling here: the question is asked before warmth starts.
  const decision = decideHeat(routine, hasReducedFeeling ? 'yes' : 'no', false);
  if (decision.kind !== 'run')
    return { meta: t('routines.heatLeftOut'), canStart: false, note: t('routines.onlyHeat') };
  const effective = decision.routine;
  const parts = [
    tPlural('routines.minutes', routineMinutes(effective)),
    tPlural('count.steps', effective.steps.length),
  ];
  if (hasHeatStep(routine))
    parts.push(decision.isHeatLeftOut ? t('routines.heatLeftOut') : t('routines.hasHeat'));
  return { meta: parts.join(t('common.separator')), canStart: true, note: null };
}
