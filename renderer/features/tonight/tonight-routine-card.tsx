import { useId, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { Routine } from '../../../core/routines/routine-schema';
import { t, tPlural } from '../../i18n';
import { minutesOf } from '../player/player-text';
import { routineMinutes } from '../routines/routine-length';
import { RoutinePreviewList } from './routine-preview';
import { TonightLength } from './tonight-length';
import { useRoutinePreview } from './use-routine-preview';

/**
 * Tonight's routine in one glance: its name and Start, with its length as one small control
 * ("About 4 min") and its steps, both opened on demand. The length and the steps follow main's
 * preview of the routine as it will run.
 */
export function TonightRoutineCard({
  bridge,
  routine,
  isStandIn,
  minutes,
  onLength,
  lengthProblem,
  refreshKey,
  onStart,
}: {
  bridge: BedtimeBridge | null;
  routine: Routine;
  /** The routine chosen no longer exists: this is the recommended one, and the card says so. */
  isStandIn: boolean;
  /** The length chosen, or `null` for the routine as written. */
  minutes: number | null;
  onLength(minutes: number | null): void;
  /** Why the last change of length did not take. */
  lengthProblem: string | null;
  /** Changes when the favoured leg or the clot caution changes, so the preview follows it. */
  refreshKey: string;
  onStart(routine: Routine, minutes: number | null): void;
}) {
  const nameId = useId();
  const lengthId = useId();
  const stepsId = useId();
  const preview = useRoutinePreview(bridge, routine.id, minutes, refreshKey);
  const [isLengthOpen, setLengthOpen] = useState(false);
  const [areStepsOpen, setStepsOpen] = useState(false);
  // A change of length that did not take keeps the length open, beside its reason.
  const isLengthShown = isLengthOpen || lengthProblem !== null;
  const shownMinutes = preview
    ? minutesOf(preview.totalSeconds * 1000)
    : (minutes ?? routineMinutes(routine));
  return (
    <section className="tonight-card tonight-routine" aria-labelledby={nameId}>
      <p className="tonight-card__label">{t('tonight.recommended')}</p>
      <h2 id={nameId} className="tonight-card__name">
        {routine.name}
      </h2>
      {isStandIn && <p className="screen__text--quiet">{t('tonight.standIn')}</p>}
      <div className="tonight-routine__actions">
        <button
          type="button"
          className="button button--primary button--large"
          // The name is right above; the button's name still says which routine it starts.
          aria-label={t('tonight.start', { routine: routine.name })}
          onClick={() => onStart(routine, minutes)}
        >
          {t('tonight.startShort')}
        </button>
        <button
          type="button"
          className="button tonight-routine__toggle"
          aria-expanded={isLengthShown}
          aria-controls={lengthId}
          onClick={() => setLengthOpen(!isLengthOpen)}
        >
          {tPlural('tonight.lengthShort', shownMinutes)}
          <span className="visually-hidden">{t('tonight.lengthChange')}</span>
        </button>
        <button
          type="button"
          className="button button--quiet tonight-routine__toggle"
          aria-expanded={areStepsOpen}
          aria-controls={stepsId}
          onClick={() => setStepsOpen(!areStepsOpen)}
        >
          {t('tonight.stepsToggle')}
        </button>
      </div>
      {lengthProblem && (
        <p className="notice notice--inline" role="alert">
          {lengthProblem}
        </p>
      )}
      <div id={lengthId} className="tonight-routine__panel" hidden={!isLengthShown}>
        {/* The new length is said as it changes. */}
        <p className="preview__heading" aria-live="polite">
          {tPlural('preview.heading', shownMinutes)}
        </p>
        <TonightLength
          minutes={minutes}
          writtenMinutes={routineMinutes(routine)}
          onChange={onLength}
          problem={lengthProblem}
        />
      </div>
      <div id={stepsId} className="tonight-routine__panel" hidden={!areStepsOpen}>
        {preview && <RoutinePreviewList preview={preview} />}
      </div>
    </section>
  );
}
