import type { Routine } from '../../../core/routines/routine-schema';
import { hasHeatStep } from '../../../core/routines/heat-steps';
import { t } from '../../i18n';
import { routineMinutes } from './routine-length';

/** Routines: every routine, with its length and a Start button. */
export function RoutinesScreen({
  routines,
  onStart,
}: {
  routines: readonly Routine[];
  onStart(routine: Routine): void;
}) {
  return (
    <>
      <h1 className="screen__heading">{t('routines.heading')}</h1>
      <p className="screen__text">{t('routines.intro')}</p>
      <ul className="routine-list">
        {routines.map((routine) => (
          <li key={routine.id} className="routine-card">
            <h2 className="routine-card__name">{routine.name}</h2>
            <p className="routine-card__meta">
              {t('routines.length', {
                minutes: routineMinutes(routine),
                steps: routine.steps.length,
              })}
              {hasHeatStep(routine) && ` · ${t('routines.hasHeat')}`}
            </p>
            <p className="routine-card__description">{routine.description}</p>
            <button
              type="button"
              className="button button--primary"
              aria-label={t('routines.startNamed', { routine: routine.name })}
              onClick={() => onStart(routine)}
            >
              {t('routines.start')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
