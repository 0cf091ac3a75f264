import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { DiaryDraft } from '../../../core/journal/diary-view';
import type { MorningAnswer } from '../../../core/journal/diary-log';
import { redFlagOf, type RedFlag } from '../../../core/journal/red-flags';
import { useAnnounce } from '../../components/live-announcer';
import { focusScreenHeading } from '../../components/focus-screen-heading';
import { t } from '../../i18n';
import type { DiaryFormOpen } from './diary-form';
import type { Diary, Problem } from './use-diary';

/** Where the diary form is (open or not), and a line on how the last diary action went. */
export interface DiaryFormState {
  readonly form: DiaryFormOpen | null;
  /** "Cramp saved.", or why a morning answer failed, until the user moves on. */
  readonly note: Problem;
  /** The red flag of the entry just saved (a clot's signs, weakness or numbness), if any. */
  readonly urgent: RedFlag | null;
  /** Opens the form; when it closes, focus returns to what had it. */
  open(form: DiaryFormOpen): void;
  close(): void;
  /** Closes it for another screen: focus stays where the user moved it. */
  leave(): void;
  /** Saves the form's entry; closes it once saved, else says why (the form keeps it all). */
  save(draft: DiaryDraft): Promise<Problem>;
  /** Answers the morning question; "Yes" opens the form at the moment suggested. */
  answerCheckIn(answer: MorningAnswer): void;
}

/**
 * The diary form, shown in place of a screen (which stays, hidden, so the button that opened the
 * form is there to return to). When that button has gone (the morning question, answered),
 * focus goes to `fallback`, the screen.
 */
export function useDiaryForm(
  diary: Diary,
  fallback: RefObject<HTMLElement | null>,
): DiaryFormState {
  const announce = useAnnounce();
  const [form, setForm] = useState<DiaryFormOpen | null>(null);
  const [note, setNote] = useState<Problem>(null);
  const [urgent, setUrgent] = useState<RedFlag | null>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const back = opener.current;
    if (form || !back) return;
    opener.current = null;
    if (back !== document.body && back.isConnected) (back as HTMLElement).focus();
    else focusScreenHeading(fallback.current);
  }, [form, fallback]);
  const open = useCallback((next: DiaryFormOpen) => {
    opener.current = document.activeElement ?? document.body;
    setNote(null);
    setUrgent(null);
    setForm(next);
  }, []);
  const leave = useCallback(() => {
    opener.current = null;
    setForm(null);
    setNote(null);
    setUrgent(null);
  }, []);
  const tell = (text: Problem) => {
    setNote(text);
    if (text) announce(text);
  };
  const { checkIn } = diary.view;
  return {
    form,
    note,
    urgent,
    open,
    close: () => setForm(null),
    leave,
    save: async (draft) => {
      const problem = await diary.save(draft);
      if (!problem) {
        setForm(null);
        setUrgent(redFlagOf(draft.symptoms));
        tell(t('diary.saved'));
      }
      return problem;
    },
    answerCheckIn: (answer) => {
      if (!checkIn) return;
      void diary.answer(checkIn.night, answer).then(tell);
      if (answer === 'cramps') open({ startMs: checkIn.suggestedStartMs });
    },
  };
}
