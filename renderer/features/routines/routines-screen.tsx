import type { Routine } from '../../../core/routines/routine-schema';
import { t } from '../../i18n';
import { routineSummary } from './routine-summary';

/** Routines: every routine, with its length and a Start button. */
export function RoutinesScreen({
  routines,
  onStart,
  hasReducedFeeling,
}: {
  routines: readonly Routine[];
  onStart(routine: Routine): void;
  /** Warmth is left out: cards say so, and a routine of warmth alone cannot start. */
  hasReducedFeeling: boolean;
}) {
  return (
    <>
      <h1 className="screen__heading">{t('routines.heading')}</h1>
      <p className="screen__text">{t('routines.intro')}</p>
      <ul className="routine-list">
        {routines.map((routine) => {
          const summary = routineSummary(routine, hasReducedFeeling);
          return (
            <li key={routine.id} className="routine-card">
              <h2 className="routine-card__name">{routine.name}</h2>
              <p className="routine-card__meta">{summary.meta}</p>
              <p className="routine-card__description">{routine.description}</p>
              {summary.canStart ? (
                <button
                  type="button"
                  className="button button--primary"
                  aria-label={t('routines.startNamed', { routine: routine.name })}
                  onClick={() => onStart(routine)}
                >
                  {t('routines.start')}
                </button>
              ) : (
                <p className="screen__text screen__text--quiet">{summary.note}</p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
