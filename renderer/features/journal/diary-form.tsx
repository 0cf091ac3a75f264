import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DiaryEntry } from '../../../core/journal/diary-entry';
import type { DiaryDraft } from '../../../core/journal/diary-view';
import { t } from '../../i18n';
import { redFlagOf } from '../../../core/journal/red-flags';
import { momentOfWallClock, wallClockText } from '../../../core/time/zone-clock';
import { appTimeZone } from '../../app-time-zone';
import { Choices } from './choices';
import { DiscardConfirm } from './discard-confirm';
import { hasChanges } from './draft-changes';
import { RedFlagNote } from './red-flag-note';
import './diary-form.css';
import type { Problem } from './use-diary';

/** What the diary form opens with: an entry to change, or when a new cramp is said to start. */
export interface DiaryFormOpen {
  readonly entry?: DiaryEntry;
  readonly startMs?: number;
}

/** A moment as a `datetime-local` value, in the zone main uses, to the minute. */
const localInput = (ms: number): string => wallClockText(ms, appTimeZone());

/**
 * Logs a cramp, or changes one. Only "when" is needed, and it starts at now (or the moment the
 * morning question suggests), so opening the form, at most one choice and Save is a whole
 * entry. What else came with it is in view (the signs a doctor should hear about, each ticked
 * one's note said at once); how it felt, what helped, medicines and a note wait under "More
 * details", laid out in columns so the form stays short, with Save and Cancel at the window's
 * foot. Escape cancels an untouched form; once anything is entered it asks first. A save that
 * fails keeps every answer on the page and says why.
 */
export function DiaryForm({
  open,
  defaultLeg,
  onSave,
  onCancel,
}: {
  open: DiaryFormOpen;
  /** The leg the user said tends to cramp, the likely answer (`diaryLegDefault`). */
  defaultLeg: 'left' | 'right' | 'both' | null;
  /** Saves; resolves once main has answered: why it failed, or `null` (the form closes). */
  onSave(draft: DiaryDraft): Promise<Problem>;
  onCancel(): void;
}) {
  const { entry } = open;
  const [opened] = useState<DiaryDraft>(
    () => entry ?? { startedAtMs: open.startMs ?? Date.now(), leg: defaultLeg ?? undefined },
  );
  const [draft, setDraft] = useState<DiaryDraft>(opened);
  const [when, setWhen] = useState(() => localInput(opened.startedAtMs));
  // Asking before discarding; the keyboard goes back where it was if the user keeps editing.
  const [isAsking, setIsAsking] = useState(false);
  const focusBeforeAsking = useRef<HTMLElement | null>(null);
  const escape = () => {
    if (!hasChanges(opened, draft, localInput(opened.startedAtMs), when)) return onCancel();
    focusBeforeAsking.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setIsAsking(true);
  };
  // Kept editing: once the form is no longer inert, the keyboard goes back where it was.
  useEffect(() => {
    const back = focusBeforeAsking.current;
    if (isAsking || !back) return;
    focusBeforeAsking.current = null;
    (back.isConnected ? back : heading.current)?.focus();
  }, [isAsking]);
  const [problem, setProblem] = useState<Problem>(null);
  const isSaving = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The form opens at its top, wherever the screen behind it was scrolled to.
    document.documentElement.scrollTop = 0;
    heading.current?.focus();
  }, []);
  const set = (patch: Partial<DiaryDraft>) => setDraft((previous) => ({ ...previous, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The moment stays exact unless the user changed it (the field shows minutes only).
    const startedAtMs =
      when === localInput(draft.startedAtMs)
        ? draft.startedAtMs
        : momentOfWallClock(when, appTimeZone(), draft.startedAtMs);
    // An unreadable moment is caught by the field's `required`; one press saves one entry.
    if (startedAtMs === null || isSaving.current) return;
    isSaving.current = true;
    const fields = Object.entries({ ...draft, startedAtMs }).filter(
      ([key, value]) => key !== 'night' && value !== '' && [value ?? []].flat().length > 0,
    );
    setProblem(await onSave(Object.fromEntries(fields) as DiaryDraft));
    isSaving.current = false;
  };

  const redFlag = redFlagOf(draft.symptoms);
  // A note that appears is brought into view: on a small window it would be below the fold.
  const redFlagNote = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (redFlag) redFlagNote.current?.scrollIntoView?.({ block: 'nearest' });
  }, [redFlag]);
  return (
    <>
      <form
        className="diary-form"
        inert={isAsking}
        onSubmit={(event) => void submit(event)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          escape();
        }}
      >
        <h1 ref={heading} tabIndex={-1} className="screen__heading">
          {t(entry ? 'diary.editHeading' : 'diary.log')}
        </h1>
        <label className="field">
          <span>{t('diary.when')}</span>
          <input
            type="datetime-local"
            required
            value={when}
            onChange={(event) => setWhen(event.target.value)}
          />
        </label>
        {(['leg', 'muscle', 'intensity', 'durationMinutes', 'symptoms'] as const).map((field) => (
          <Choices key={field} field={field} draft={draft} onChange={set} />
        ))}
        {redFlag && (
          <div ref={redFlagNote} className="diary-form__red-flag">
            <RedFlagNote flag={redFlag} />
          </div>
        )}
        <details className="field" open={Boolean(entry)}>
          <summary>{t('diary.more')}</summary>
          {(['feel', 'helped'] as const).map((field) => (
            <Choices key={field} field={field} draft={draft} onChange={set} />
          ))}
          <div className="diary-form__texts">
            {(['medicines', 'note'] as const).map((field) => (
              <label className="field" key={field}>
                <span>{t(`diary.${field}`)}</span>
                <input
                  type="text"
                  maxLength={500}
                  value={draft[field] ?? ''}
                  onChange={(event) => set({ [field]: event.target.value })}
                />
              </label>
            ))}
          </div>
        </details>
        {problem && (
          <p className="notice notice--inline" role="alert">
            {problem}
          </p>
        )}
        <div className="button-row diary-form__footer">
          <button type="submit" className="button button--primary button--large">
            {t('editor.save')}
          </button>
          <button type="button" className="button button--large" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
      {isAsking && <DiscardConfirm onKeep={() => setIsAsking(false)} onDiscard={onCancel} />}
    </>
  );
}
