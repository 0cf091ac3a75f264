import { useRef, useState } from 'react';
import type { DiaryEntry } from '../../../core/journal/diary-entry';
import { useAnnounce } from '../../components/live-announcer';
import { t } from '../../i18n';
import { dayText, entryDetails, entryWhen } from './diary-text';
import type { Diary } from './use-diary';
import { JournalWeeks } from './journal-weeks';
import { useJournalSummary } from './use-journal-summary';
import { TrialSection } from '../trial/trial-section';
import { useTrial } from '../trial/use-trial';
import type { BedtimeBridge } from '../../../core/ipc/bridge';

/**
 * Journal: the cramp diary, newest first, each entry to change or delete (with Undo), a way to
 * log one and to save the journal as CSV for a doctor.
 */
export function JournalScreen({
  bridge,
  diary,
  onLog,
  onEdit,
}: {
  bridge: BedtimeBridge | null;
  diary: Diary;
  onLog(): void;
  onEdit(entry: DiaryEntry): void;
}) {
  const summary = useJournalSummary(bridge, diary.view);
  const trial = useTrial(bridge, diary.view);
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
  const { entries } = diary.view;
  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="screen__heading">
        {t('journal.heading')}
      </h1>
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
      </div>
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
      <h2 className="screen__subheading">{t('diary.listHeading')}</h2>
      {entries.length === 0 ? (
        <p className="screen__text screen__text--quiet">{t('diary.empty')}</p>
      ) : (
        <ul className="routine-list">
          {entries.map((entry) => {
            const when = entryWhen(entry);
            return (
              <li key={entry.id} className="routine-card">
                <h3 className="routine-card__name">{when}</h3>
                <p className="routine-card__meta">{entryDetails(entry)}</p>
                <div className="button-row">
                  <button
                    type="button"
                    className="button"
                    aria-label={t('routines.editNamed', { routine: when })}
                    onClick={() => {
                      say(null);
                      onEdit(entry);
                    }}
                  >
                    {t('routines.edit')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('routines.deleteNamed', { routine: when })}
                    onClick={() => void remove(entry)}
                  >
                    {t('routines.delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
