import { useId } from 'react';
import type { DraftProblem } from '../../../../core/routines/routine-draft';
import type { Sides, Step } from '../../../../core/routines/routine-schema';
import { t } from '../../../i18n';

const SIDES: readonly Sides[] = ['left-then-right', 'right-then-left', 'none'];

/** One step's settings: hold, legs, repetitions and rest, each with its problem beside it. */
export function StepFields({
  step,
  problems,
  onChange,
}: {
  step: Step;
  problems: readonly DraftProblem[];
  onChange(step: Step): void;
}) {
  const problemOf = (field: DraftProblem['field']) =>
    problems.find((problem) => problem.field === field && problem.stepId === step.id)?.message;
  return (
    <div className="editor-step__fields">
      <NumberField
        label={t('editor.hold', { min: step.minHoldSeconds, max: step.maxHoldSeconds })}
        value={step.holdSeconds}
        min={step.minHoldSeconds}
        max={step.maxHoldSeconds}
        problem={problemOf('holdSeconds')}
        onChange={(holdSeconds) => onChange({ ...step, holdSeconds })}
      />
      <label className="field">
        <span>{t('editor.sides')}</span>
        <select
          value={step.sides}
          onChange={(event) => onChange({ ...step, sides: event.target.value as Sides })}
        >
          {SIDES.map((sides) => (
            <option key={sides} value={sides}>
              {t(`editor.sides.${sides}`)}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label={t('editor.repetitions')}
        value={step.repetitions}
        min={1}
        max={20}
        problem={problemOf('repetitions')}
        onChange={(repetitions) => onChange({ ...step, repetitions })}
      />
      <NumberField
        label={t('editor.rest')}
        value={step.restSeconds}
        min={0}
        max={600}
        problem={problemOf('restSeconds')}
        onChange={(restSeconds) => onChange({ ...step, restSeconds })}
      />
    </div>
  );
}

function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  problem: string | undefined;
  onChange(value: number): void;
}) {
  const problemId = useId();
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={1}
        value={Number.isNaN(props.value) ? '' : props.value}
        aria-invalid={props.problem !== undefined}
        aria-describedby={props.problem ? problemId : undefined}
        onChange={(event) => props.onChange(event.target.valueAsNumber)}
      />
      {props.problem && (
        <span id={problemId} className="notice notice--inline">
          {props.problem}
        </span>
      )}
    </label>
  );
}
