import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { copyRoutine } from '../../../core/routines/routine-draft';
import type { Routine, Step } from '../../../core/routines/routine-schema';
import { t } from '../../i18n';
import { RoutineEditor, type EditorSession } from './editor/routine-editor';
import { editButtonId, RoutineCard } from './routine-card';
import './routines.css';

/** What the Routines screen does with the user's own routines (main keeps them). */
export interface OwnRoutineActions {
  /** Resolves with `null` once saved, else the reason in plain words. */
  save(routine: Routine): Promise<string | null>;
  /** Resolves with `null` once deleted, else the reason. */
  remove(routineId: string): Promise<string | null>;
  setTonight(routineId: string): void;
  importFile(): void;
  exportFile(routineIds: readonly string[]): void;
  /** A routine's own choice of leg for extra time ('usual': as in Settings). */
  setFavour(routineId: string, favour: RoutineFavourChoice): void;
}

/** A routine's choice of leg for extra time: as in Settings, one leg, or neither. */
export type RoutineFavourChoice = 'usual' | 'left' | 'right' | 'none';

/**
 * Routines: the built-in ones first (read-only; a copy can be changed), then the user's own
 * (change, delete with undo), each with Start and "Tonight's routine"; then sharing: import from
 * a file, export the user's own.
 */
export function RoutinesScreen({
  routines,
  ownIds,
  tonightRoutineId,
  library,
  onStart,
  actions,
  hasReducedFeeling,
  message,
  routineFavour = {},
  editing,
  setEditing,
  settingsProblem = null,
}: {
  routines: readonly Routine[];
  /** Which of `routines` are the user's own. */
  ownIds: ReadonlySet<string>;
  tonightRoutineId: string;
  library: readonly Step[];
  onStart(routine: Routine): void;
  actions: OwnRoutineActions;
  /** Warmth is left out: cards say so, and a routine of warmth alone cannot start. */
  hasReducedFeeling: boolean;
  /** The outcome of the last import or export, if any. */
  message?: string | null;
  /** Each routine's own choice of leg, where it has one. */
  routineFavour?: Readonly<Record<string, 'left' | 'right' | 'none'>>;
  /** The routine being changed, kept above this screen so leaving it loses nothing. */
  editing: EditorSession | null;
  setEditing: Dispatch<SetStateAction<EditorSession | null>>;
  /** Why the last change of tonight's routine or a favoured leg did not take. */
  settingsProblem?: string | null;
}) {
  /** The routine whose editor just closed: its Change button takes the focus back. */
  const closedId = useRef<string | null>(null);
  useEffect(() => {
    if (editing || !closedId.current) return;
    document.getElementById(editButtonId(closedId.current))?.focus();
    closedId.current = null;
  }, [editing]);
  const [deleted, setDeleted] = useState<{ routine: Routine; wasTonight: boolean } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const builtIns = routines.filter((routine) => !ownIds.has(routine.id));
  const own = routines.filter((routine) => ownIds.has(routine.id));

  const copy = async (routine: Routine) => {
    const made = copyRoutine(routine, new Set(routines.map((candidate) => candidate.id)));
    const failed = await actions.save(made);
    setProblem(failed);
    if (!failed) setEditing({ saved: made, draft: made });
  };
  const remove = async (routine: Routine) => {
    const failed = await actions.remove(routine.id);
    setProblem(failed);
    setDeleted(failed ? null : { routine, wasTonight: routine.id === tonightRoutineId });
  };
  const undoDelete = async () => {
    if (!deleted) return;
    const failed = await actions.save(deleted.routine);
    setProblem(failed);
    if (failed) return;
    // Undo puts everything back: tonight's routine too, if it was this one.
    if (deleted.wasTonight) actions.setTonight(deleted.routine.id);
    setDeleted(null);
  };

  if (editing) {
    return (
      <RoutineEditor
        session={editing}
        setSession={setEditing}
        library={library}
        onSave={actions.save}
        onClose={() => {
          closedId.current = editing.saved.id;
          setEditing(null);
        }}
        favour={routineFavour[editing.saved.id] ?? 'usual'}
        onFavour={(favour) => actions.setFavour(editing.saved.id, favour)}
        favourProblem={settingsProblem}
      />
    );
  }

  const card = (routine: Routine) => (
    <RoutineCard
      key={routine.id}
      routine={routine}
      isOwn={ownIds.has(routine.id)}
      isTonight={routine.id === tonightRoutineId}
      hasReducedFeeling={hasReducedFeeling}
      onStart={() => onStart(routine)}
      onSetTonight={() => actions.setTonight(routine.id)}
      onEdit={() => setEditing({ saved: routine, draft: routine })}
      onRemove={() => void remove(routine)}
      onCopy={() => void copy(routine)}
    />
  );
  // "Make your own" starts from tonight's routine (or the first built-in), as a copy to change.
  const startingPoint =
    builtIns.find((routine) => routine.id === tonightRoutineId) ?? builtIns[0] ?? null;

  return (
    <>
      <h1 className="screen__heading">{t('routines.heading')}</h1>
      <p className="screen__text">{t('routines.intro')}</p>
      {settingsProblem && (
        <p className="notice" role="alert">
          {settingsProblem}
        </p>
      )}
      {(problem ?? message) && (
        <p className="notice" role="status">
          {problem ?? message}
        </p>
      )}
      {deleted && (
        <p className="notice" role="status">
          {t('routines.deleted', { routine: deleted.routine.name })}{' '}
          <button type="button" className="button" onClick={() => void undoDelete()}>
            {t('common.undo')}
          </button>
        </p>
      )}
      <section aria-labelledby="built-in-routines">
        <h2 id="built-in-routines" className="screen__subheading">
          {t('routines.builtIn')}
        </h2>
        <ul className="routine-list">{builtIns.map(card)}</ul>
      </section>
      <section aria-labelledby="own-routines">
        <h2 id="own-routines" className="screen__subheading">
          {t('routines.own')}
        </h2>
        {own.length === 0 && (
          <p className="routines__none">
            {t('routines.ownNone')}{' '}
            {startingPoint && (
              <button type="button" className="button" onClick={() => void copy(startingPoint)}>
                {t('routines.makeOwn')}
              </button>
            )}
          </p>
        )}
        <ul className="routine-list">{own.map(card)}</ul>
      </section>
      <section aria-labelledby="share-routines">
        <h2 id="share-routines" className="screen__subheading">
          {t('routines.share')}
        </h2>
        <p className="screen__text--quiet">{t('routines.shareIntro')}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={actions.importFile}>
            {t('routines.import')}
          </button>
          {own.length > 0 && (
            <button
              type="button"
              className="button"
              onClick={() => actions.exportFile(own.map((routine) => routine.id))}
            >
              {t('routines.export')}
            </button>
          )}
        </div>
      </section>
    </>
  );
}
