import { useEffect, useId, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import {
  addStep,
  draftProblems,
  moveStep,
  ROUTINE_LIMITS,
  withBoundsTaking,
} from '../../../../core/routines/routine-draft';
import type { Routine, Step } from '../../../../core/routines/routine-schema';
import { t } from '../../../i18n';
import type { RoutineFavourChoice } from '../routines-screen';
import { SortableSteps } from './sortable-steps';

const FAVOUR_CHOICES: readonly RoutineFavourChoice[] = ['usual', 'left', 'right', 'none'];
import { StepFields } from './step-fields';

/** A routine being changed: as main last saved it, and as it is now. */
export interface EditorSession {
  readonly saved: Routine;
  readonly draft: Routine;
}

/** A step taken out, kept until the next change so it can be put back. */
interface Removed {
  readonly step: Step;
  readonly index: number;
}

/**
 * The editor for one of the user's own routines: rename; add steps from the library of every
 * built-in step; remove (with undo); reorder by dragging or by keyboard; each step's hold, legs,
 * repetitions and rest, checked as they are typed. Saving sends the routine to main, which keeps
 * it; a refusal is shown, and nothing is lost.
 */
export function RoutineEditor({
  session,
  setSession,
  library,
  onSave,
  onClose,
  favour,
  onFavour,
  favourProblem = null,
}: {
  /** The routine being changed, kept by the app so nothing is lost on leaving the screen. */
  session: EditorSession;
  setSession: Dispatch<SetStateAction<EditorSession | null>>;
  library: readonly Step[];
  /** Resolves with `null` once main has saved it, else the reason in plain words. */
  onSave(routine: Routine): Promise<string | null>;
  onClose(): void;
  /** This routine's choice of leg for extra time, saved at once as a setting. */
  favour: RoutineFavourChoice;
  onFavour(favour: RoutineFavourChoice): void;
  /** Why the last change of leg did not take, shown beside it. */
  favourProblem?: string | null;
}) {
  const { draft, saved } = session;
  const initial = saved;
  const setDraft = (update: Routine | ((current: Routine) => Routine)) =>
    setSession(
      (current) =>
        current && {
          ...current,
          draft: typeof update === 'function' ? update(current.draft) : update,
        },
    );
  const setSaved = (routine: Routine) =>
    setSession((current) => current && { ...current, saved: routine });
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened, the editor takes the focus (the button that opened it has gone).
  useEffect(() => heading.current?.focus(), []);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [libraryChoice, setLibraryChoice] = useState(library[0]?.id ?? '');
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [isLeaving, setIsLeaving] = useState(false);
  const nameProblemId = useId();
  const saveReasonId = useId();
  const leaveReasonId = useId();
  const problems = draftProblems(draft);
  const nameProblem = problems.find((problem) => problem.field === 'name')?.message;
  const stepsProblem = problems.find((problem) => problem.field === 'steps')?.message;

  const change = (next: Routine) => {
    setDraft(next);
    setRemoved(null);
    setSaveProblem(null);
  };
  const setStep = (index: number, step: Step) =>
    change({ ...draft, steps: draft.steps.map((old, at) => (at === index ? step : old)) });
  const remove = (index: number) => {
    const step = draft.steps[index];
    if (!step) return;
    change({ ...draft, steps: draft.steps.filter((_, at) => at !== index) });
    setRemoved({ step, index });
  };
  const undoRemove = () => {
    if (!removed) return;
    const steps = [...draft.steps];
    steps.splice(removed.index, 0, removed.step);
    setDraft({ ...draft, steps });
    setRemoved(null);
  };
  const add = () => {
    const step = library.find((candidate) => candidate.id === libraryChoice);
    if (step && draft.steps.length < ROUTINE_LIMITS.stepsMax) change(addStep(draft, step));
  };
  const save = async (): Promise<boolean> => {
    const sent = draft;
    setIsSaving(true);
    const routine = { ...draft, name: draft.name.trim(), steps: draft.steps.map(withBoundsTaking) };
    const problem = await onSave(routine);
    setIsSaving(false);
    setSaveProblem(problem);
    if (problem === null) {
      setSaved(routine);
      // A change typed while the save was on its way is kept (it is simply not saved yet).
      setDraft((current) => (current === sent ? routine : current));
    }
    return problem === null;
  };
  const hasChanges = JSON.stringify(draft) !== JSON.stringify(saved);
  // Closing never throws away changes silently: it asks first.
  const close = () => (hasChanges ? setIsLeaving(true) : onClose());

  return (
    <section className="editor" aria-labelledby="editor-heading">
      <h1 id="editor-heading" className="screen__heading" ref={heading} tabIndex={-1}>
        {t('editor.heading', { name: initial.name })}
      </h1>
      <label className="field">
        <span>{t('editor.name')}</span>
        <input
          type="text"
          value={draft.name}
          maxLength={ROUTINE_LIMITS.nameMax + 20}
          aria-invalid={nameProblem !== undefined}
          aria-describedby={nameProblem ? nameProblemId : undefined}
          onChange={(event) => change({ ...draft, name: event.target.value })}
        />
        {nameProblem && (
          <span id={nameProblemId} className="notice notice--inline">
            {nameProblem}
          </span>
        )}
      </label>
      <label className="field">
        <span>{t('editor.favour')}</span>
        <select
          value={favour}
          onChange={(event) => onFavour(event.target.value as RoutineFavourChoice)}
        >
          {FAVOUR_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`editor.favour.${choice}`)}
            </option>
          ))}
        </select>
      </label>
      {favourProblem && (
        <p className="notice notice--inline" role="alert">
          {favourProblem}
        </p>
      )}
      <h2 className="screen__subheading">{t('editor.steps')}</h2>
      <p className="screen__text--quiet">{t('editor.reorderHint')}</p>
      <SortableSteps
        steps={draft.steps}
        onMove={(from, to) => change({ ...draft, steps: moveStep(draft.steps, from, to) })}
      >
        {(step, index, handle) => (
          <>
            <div className="editor-step__top">
              {handle}
              <h3 className="editor-step__title">
                {t('editor.stepTitle', { number: index + 1, title: step.title })}
              </h3>
              <button
                type="button"
                className="button"
                aria-label={t('editor.moveUpNamed', { step: step.title })}
                disabled={index === 0}
                onClick={() => change({ ...draft, steps: moveStep(draft.steps, index, index - 1) })}
              >
                {t('editor.moveUp')}
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('editor.moveDownNamed', { step: step.title })}
                disabled={index === draft.steps.length - 1}
                onClick={() => change({ ...draft, steps: moveStep(draft.steps, index, index + 1) })}
              >
                {t('editor.moveDown')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('editor.removeNamed', { step: step.title })}
                onClick={() => remove(index)}
              >
                {t('editor.remove')}
              </button>
            </div>
            <StepFields step={step} problems={problems} onChange={(next) => setStep(index, next)} />
          </>
        )}
      </SortableSteps>
      {stepsProblem && <p className="notice notice--inline">{stepsProblem}</p>}
      {removed && (
        <p className="notice" role="status">
          {t('editor.removed', { step: removed.step.title })}{' '}
          <button type="button" className="button" onClick={undoRemove}>
            {t('common.undo')}
          </button>
        </p>
      )}
      <div className="button-row editor__add">
        <label className="field">
          <span>{t('editor.library')}</span>
          <select value={libraryChoice} onChange={(event) => setLibraryChoice(event.target.value)}>
            {library.map((step) => (
              <option key={step.id} value={step.id}>
                {step.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={add}>
          {t('editor.add')}
        </button>
      </div>
      {saveProblem && (
        <p className="notice" role="alert">
          {saveProblem}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={problems.length > 0 || isSaving}
          aria-describedby={problems.length > 0 ? saveReasonId : undefined}
          onClick={() => void save()}
        >
          {t('editor.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={close}>
          {t('editor.close')}
        </button>
      </div>
      {problems.length > 0 && (
        <p id={saveReasonId} className="screen__text--quiet">
          {t('editor.fixToSave')}
        </p>
      )}
      {isLeaving && (
        <div className="notice" role="alert">
          <p>{t('editor.unsaved')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={problems.length > 0 || isSaving}
              aria-describedby={problems.length > 0 ? leaveReasonId : undefined}
              onClick={() => void save().then((isSaved) => isSaved && onClose())}
            >
              {t('editor.saveAndClose')}
            </button>
            <button type="button" className="button" onClick={() => setIsLeaving(false)}>
              {t('editor.keepEditing')}
            </button>
            <button type="button" className="button button--quiet" onClick={onClose}>
              {t('editor.closeWithoutSaving')}
            </button>
          </div>
          {problems.length > 0 && (
            <p id={leaveReasonId} className="screen__text--quiet">
              {t('editor.fixToSave')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
