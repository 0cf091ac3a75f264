import { useId, useState } from 'react';
import {
  FIT_MINUTE_CHOICES,
  MAX_FIT_MINUTES,
  MIN_FIT_MINUTES,
} from '../../../core/routines/routine-limits';
import { t } from '../../i18n';

/**
 * How long tonight's routine takes, in one move: as written, 5, 10, 15 or 20 minutes, or any
 * length from 3 to 45 on the slider. The choice is kept as the default for the next nights.
 */
export function TonightLength({
  minutes,
  writtenMinutes,
  onChange,
  problem = null,
}: {
  /** The length chosen, or `null` for the routine as written. */
  minutes: number | null;
  /** The routine's own length, where the slider rests while nothing is chosen. */
  writtenMinutes: number;
  onChange(minutes: number | null): void;
  /** A change that did not take: the slider goes back to the length in force. */
  problem?: string | null;
}) {
  const labelId = useId();
  // While the thumb moves, the slider shows where it is; the length is saved once, on letting go.
  // Where the thumb was moved to, while the length in force (and any problem) is what it was then.
  const [moved, setMoved] = useState<{
    value: number;
    from: number | null;
    problem: string | null;
  } | null>(null);
  const sliding = moved && moved.from === minutes && moved.problem === problem ? moved.value : null;
  const sliderValue =
    sliding ?? Math.min(MAX_FIT_MINUTES, Math.max(MIN_FIT_MINUTES, minutes ?? writtenMinutes));
  const commit = () => {
    if (sliding !== null && sliding !== minutes) onChange(sliding);
  };
  return (
    <div className="tonight-length">
      <p id={labelId} className="tonight-length__label">
        {t('tonight.length')}
      </p>
      <div className="button-row" role="group" aria-labelledby={labelId}>
        <button
          type="button"
          className="button"
          aria-pressed={minutes === null}
          onClick={() => onChange(null)}
        >
          {t('tonight.lengthAsWritten')}
        </button>
        {FIT_MINUTE_CHOICES.map((choice) => (
          <button
            key={choice}
            type="button"
            className="button"
            aria-pressed={minutes === choice}
            onClick={() => onChange(choice)}
          >
            {t('tonight.lengthMinutes', { minutes: choice })}
          </button>
        ))}
      </div>
      <label className="field">
        <span>{t('tonight.lengthSlider', { minutes: sliderValue })}</span>
        <input
          type="range"
          min={MIN_FIT_MINUTES}
          max={MAX_FIT_MINUTES}
          step={1}
          value={sliderValue}
          aria-valuetext={t('tonight.lengthMinutes', { minutes: sliderValue })}
          onChange={(event) =>
            setMoved({ value: Number(event.target.value), from: minutes, problem })
          }
          onPointerUp={commit}
          onKeyUp={commit}
          onBlur={commit}
        />
      </label>
    </div>
  );
}
