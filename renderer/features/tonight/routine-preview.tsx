import type { RoutinePreview } from '../../../core/routines/routine-preview';
import type { Step } from '../../../core/routines/routine-schema';
import { t, tPlural } from '../../i18n';

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
 * The preview of tonight's routine at the length chosen, as main will run it: what fitting
 * changed, and each step with its timing (the length itself is on the length control).
 */
export function RoutinePreviewList({ preview }: { preview: RoutinePreview }) {
  return (
    <section className="preview" aria-label={t('tonight.stepsHeading')}>
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
