import { useRef, useState } from 'react';
import type { DiaryEntry } from '../../../core/journal/diary-entry';
import { useAnnounce } from '../../components/live-announcer';
import { t } from '../../i18n';
import { dayText } from './diary-text';
import { DIARY_LIST_HEADING, DiaryList } from './diary-list';
import type { Diary } from './use-diary';
import { JournalStorageNote, useJournalsStorage } from './journal-storage-note';
import { JournalWeeks } from './journal-weeks';
import { useJournalSummary } from './use-journal-summary';
import { TrialSection } from '../trial/trial-section';
import { useTrial } from '../trial/use-trial';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import { DoctorReport } from '../report/doctor-report';
import './journal.css';

/**
 * Journal: the cramp diary, newest first, each entry to change or delete (with Undo), a way to
 * log one and to save the journal as CSV for a doctor.
 */
export function JournalScreen({
  bridge,
  diary,
  onLog,
  onEdit,
  diaryNote = null,
}: {
  bridge: BedtimeBridge | null;
  diary: Diary;
  onLog(): void;
  onEdit(entry: DiaryEntry): void;
  /** How the last diary form went ("Cramp saved."), said beside Log a cramp. */
  diaryNote?: string | null;
}) {
  const summary = useJournalSummary(bridge, diary.view);
  const storage = useJournalsStorage(bridge, diary.view);
  // The trial is read once the weeks are in: the calendar and chart, which most come for, paint
  // first, and the trial section follows without holding them up.
  const trial = useTrial(summary ? bridge : null, diary.view);
  const announce = useAnnounce();
  const heading = useRef<HTMLHeadingElement>(null);
  // The last thing done, in words (and what Undo brings back), until the next thing is done.
  const [status, setStatus] = useState<{ text: string; undoId?: string } | null>(null);
  const say = (text: string | null, undoId?: string) => {
    setStatus(text ? { text, undoId } : null);
    if (text) announce(text);
  };
  const remove = async (entry: DiaryEntry) => {
    say(null);
    const problem = await diary.remove(entry.id);
    say(
      problem ?? t('diary.deleted', { date: dayText(entry.night) }),
      problem ? undefined : entry.id,
    );
  };
  const undo = async (id: string) => {
    const problem = await diary.restore(id);
    say(problem, id);
    if (!problem) heading.current?.focus(); // the Undo button is gone
  };
  // The report for the doctor opens in place of the Journal; back, its button has the keyboard.
  const [report, setReport] = useState<'shut' | 'open' | 'left'>('shut');
  if (report === 'open')
    return <DoctorReport bridge={bridge} changed={diary.view} onBack={() => setReport('left')} />;
  const { entries } = diary.view;
  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="screen__heading">
        {t('journal.heading')}
      </h1>
      <JournalStorageNote storage={storage} />
      <p className="screen__text">{t('journal.placeholder')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => {
            say(null);
            onLog();
          }}
        >
          {t('diary.log')}
        </button>
        <button
          type="button"
          className="button button--large"
          onClick={() => void diary.exportCsv().then(say)}
        >
          {t('diary.export')}
        </button>
        <button
          type="button"
          className="button button--large"
          autoFocus={report === 'left'}
          onClick={() => setReport('open')}
        >
          {t('report.open')}
        </button>
      </div>
      {!status && diaryNote && <p className="screen__text diary-status">{diaryNote}</p>}
      {status && (
        <p className="screen__text diary-status">
          {status.text}{' '}
          {status.undoId && (
            <button
              type="button"
              className="button"
              autoFocus // the deleted entry's buttons are gone: Undo is where the keyboard is
              onClick={() => void undo(status.undoId!)}
            >
              {t('common.undo')}
            </button>
          )}
        </p>
      )}
      {summary && <JournalWeeks summary={summary} />}
      <TrialSection trial={trial} />
      <h2 id={DIARY_LIST_HEADING} className="screen__subheading">
        {t('diary.listHeading')}
      </h2>
      <DiaryList
        entries={entries}
        onEdit={(entry) => {
          say(null);
          onEdit(entry);
        }}
        onDelete={(entry) => void remove(entry)}
      />
    </>
  );
}
