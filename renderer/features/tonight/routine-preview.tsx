import { useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { RoutinePreview } from '../../../core/routines/routine-preview';
import type { Step } from '../../../core/routines/routine-schema';
import { t, tPlural } from '../../i18n';
import { minutesOf } from '../player/player-text';

/** A step's timing in plain words: hold, how many times, which legs, a favoured leg's extra. */
function stepTiming(step: Step): string {
  const parts = [
    t('preview.hold', { seconds: step.holdSeconds }),
    tPlural(step.sides === 'none' ? 'preview.times' : 'preview.timesEachLeg', step.repetitions),
  ];
  if (step.favour && (step.favour.extraHoldSeconds > 0 || step.favour.extraRepetitions > 0)) {
    parts.push(
      t(step.favour.side === 'left' ? 'preview.favourLeft' : 'preview.favourRight', {
        seconds: step.holdSeconds + step.favour.extraHoldSeconds,
        times: step.repetitions + step.favour.extraRepetitions,
      }),
    );
  }
  return parts.join(t('common.separator'));
}

/**
 * A live preview of tonight's routine at the length chosen, as main will run it: how long it
 * takes, what fitting changed, and each step with its timing. It follows every change of length.
 */
export function RoutinePreviewList({
  bridge,
  routineId,
  minutes,
  refreshKey,
}: {
  bridge: BedtimeBridge | null;
  routineId: string;
  minutes: number | null;
  /** Changes when the favoured leg or the clot caution changes, so the preview follows it. */
  refreshKey: string;
}) {
  const [preview, setPreview] = useState<RoutinePreview | null>(null);
  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    void bridge.previewRoutine({ routineId, minutes }).then((result) => {
      if (isCurrent) setPreview(result.ok ? result.value : null);
    });
    return () => {
      isCurrent = false;
    };
  }, [bridge, routineId, minutes, refreshKey]);
  if (!preview) return null;
  return (
    <section className="preview" aria-labelledby="preview-heading">
      {/* The new length is said as it changes; the steps are there to read. */}
      <h3 id="preview-heading" className="preview__heading" aria-live="polite">
        {tPlural('preview.heading', minutesOf(preview.totalSeconds * 1000))}
      </h3>
      {preview.summary && <p className="screen__text--quiet">{preview.summary}</p>}
      <ol className="preview__steps">
        {preview.routine.steps.map((step) => (
          <li key={step.id}>
            <span className="preview__step">{step.title}</span>{' '}
            <span className="preview__timing">{stepTiming(step)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
