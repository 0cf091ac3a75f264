import { useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { IpcResult } from '../../../core/ipc/ipc-result';
import type { MorningAnswer } from '../../../core/journal/diary-log';
import type { DiaryDraft, DiaryView } from '../../../core/journal/diary-view';
import { t } from '../../i18n';

/** What went wrong, for the user, or `null` when main did it. */
export type Problem = string | null;

/** The cramp diary as main keeps it, and the ways to change it. */
export interface Diary {
  readonly view: DiaryView;
  /** Each resolves once main has answered: `null` when done, else why not, in plain words. */
  save(draft: DiaryDraft): Promise<Problem>;
  remove(id: string): Promise<Problem>;
  restore(id: string): Promise<Problem>;
  answer(night: string, answer: MorningAnswer): Promise<Problem>;
  /** Says a doctor has checked the leg, which ends the clot caution. */
  confirmLegChecked(): Promise<Problem>;
  /** Saves the journal as CSV through the save dialog: where it went, why not, or `null`. */
  exportCsv(): Promise<string | null>;
}

/** A failed reply in plain words: main's own for a save it could not write (a full disk). */
function problemOf(result: IpcResult<unknown> | null): Problem {
  if (result?.ok) return null;
  return result?.error.code === 'not-saved' ? result.error.message : t('error.generic');
}

/**
 * Follows main's diary: read on start, whenever the window comes back into view (so the morning
 * question shows on the first look of the day) and on main's `diaryChanged`. A change shows once
 * main has made it; one that failed changes nothing on the page.
 */
export function useDiary(bridge: BedtimeBridge | null): Diary {
  const [view, setView] = useState<DiaryView>({
    entries: [],
    checkIn: null,
    clotCaution: null,
  });

  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    const load = () =>
      void bridge.getDiary().then((result) => {
        if (isCurrent && result.ok) setView(result.value);
      });
    const onVisible = () => document.visibilityState === 'visible' && load();
    load();
    window.addEventListener('focus', load);
    document.addEventListener('visibilitychange', onVisible);
    const stop = bridge.on('diaryChanged', setView);
    return () => {
      isCurrent = false;
      window.removeEventListener('focus', load);
      document.removeEventListener('visibilitychange', onVisible);
      stop();
    };
  }, [bridge]);

  const change = async (call: (bridge: BedtimeBridge) => Promise<IpcResult<DiaryView>>) => {
    const result = bridge && (await call(bridge));
    if (result?.ok) setView(result.value);
    return problemOf(result);
  };
  return {
    view,
    save: (draft) => change((b) => b.saveDiaryEntry(draft)),
    remove: (id) => change((b) => b.deleteDiaryEntry({ id })),
    restore: (id) => change((b) => b.restoreDiaryEntry({ id })),
    answer: (night, answer) => change((b) => b.answerMorning({ night, answer })),
    confirmLegChecked: () => change((b) => b.confirmLegChecked()),
    exportCsv: async () => {
      const result = bridge && (await bridge.exportJournal());
      if (!result?.ok) return problemOf(result);
      return result.value.kind === 'saved'
        ? t('diary.exported', { file: result.value.file })
        : null;
    },
  };
}
