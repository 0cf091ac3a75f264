import type { Routine } from '../../../core/routines/routine-schema';
import { t } from '../../i18n';
import { ILLUSTRATION_URLS } from '../player/illustration-urls';
import { routineSummary } from './routine-summary';

/** The most step drawings a card shows: enough to see what a routine is, never a wall of them. */
const MAX_PICTURES = 8;

/** The id of a routine's Change button, to give it the focus back. */
export const editButtonId = (routineId: string) => `edit-routine-${routineId}`;

/**
 * One routine on the Routines screen: tonight's marked, its length and steps in words, small
 * drawings of its steps (the words already say them, so the drawings are silent), and one
 * action that stands out only on tonight's card.
 */
export function RoutineCard({
  routine,
  isOwn,
  isTonight,
  hasReducedFeeling,
  onStart,
  onSetTonight,
  onEdit,
  onRemove,
  onCopy,
}: {
  routine: Routine;
  isOwn: boolean;
  isTonight: boolean;
  hasReducedFeeling: boolean;
  onStart(): void;
  onSetTonight(): void;
  onEdit(): void;
  onRemove(): void;
  onCopy(): void;
}) {
  const summary = routineSummary(routine, hasReducedFeeling);
  const pictures = routine.steps.slice(0, MAX_PICTURES);
  return (
    <li className={isTonight ? 'routine-card routine-card--tonight' : 'routine-card'}>
      {isTonight && <p className="routine-card__tonight">{t('routines.isTonight')}</p>}
      <h3 className="routine-card__name">{routine.name}</h3>
      <p className="routine-card__meta">{summary.meta}</p>
      <div className="routine-card__pictures">
        {pictures.map((step, index) => (
          <img
            key={`${step.id}-${index}`}
            className="routine-card__picture"
            src={ILLUSTRATION_URLS[step.illustration]}
            alt=""
            width={56}
            height={56}
          />
        ))}
      </div>
      <p className="routine-card__description">{routine.description}</p>
      <div className="button-row">
        {summary.canStart ? (
          <button
            type="button"
            className={isTonight ? 'button button--primary' : 'button'}
            aria-label={t('routines.startNamed', { routine: routine.name })}
            onClick={onStart}
          >
            {t('routines.start')}
          </button>
        ) : (
          <p className="screen__text screen__text--quiet">{summary.note}</p>
        )}
        {!isTonight && (
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('routines.setTonightNamed', { routine: routine.name })}
            onClick={onSetTonight}
          >
            {t('routines.setTonight')}
          </button>
        )}
        {isOwn ? (
          <>
            <button
              type="button"
              className="button button--quiet"
              id={editButtonId(routine.id)}
              aria-label={t('routines.editNamed', { routine: routine.name })}
              onClick={onEdit}
            >
              {t('routines.edit')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('routines.deleteNamed', { routine: routine.name })}
              onClick={onRemove}
            >
              {t('routines.delete')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('routines.copyNamed', { routine: routine.name })}
            onClick={onCopy}
          >
            {t('routines.copy')}
          </button>
        )}
      </div>
    </li>
  );
}
