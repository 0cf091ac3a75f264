import { useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { JournalsStorage } from '../../../core/store/journal-storage';
import { t } from '../../i18n';

const BOTH_SAVED: JournalsStorage = { history: 'saved', diary: 'saved' };

/**
 * Whether main saves the routine history and the cramp diary now, asked again whenever the diary
 * changes (main tries a journal that could not be saved to again as it is asked, so the note goes
 * once the disk has room again).
 */
export function useJournalsStorage(
  bridge: BedtimeBridge | null,
  changed: unknown,
): JournalsStorage {
  const [storage, setStorage] = useState<JournalsStorage>(BOTH_SAVED);
  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    void bridge.getJournalsStorage().then((result) => {
      if (isCurrent && result.ok) setStorage(result.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [bridge, changed]);
  return storage;
}

/**
 * The Journal's note while a journal does not save (like Settings' note while settings are kept
 * only in memory): what is shown is what could be read, and why nothing new is kept.
 */
export function JournalStorageNote({ storage }: { storage: JournalsStorage }) {
  const notes = (['diary', 'history'] as const).flatMap((journal) => {
    const state = storage[journal];
    return state === 'saved' ? [] : [t(`journal.storage.${journal}.${state}`)];
  });
  return (
    <>
      {notes.map((note) => (
        <p key={note} className="notice" role="status">
          {note}
        </p>
      ))}
    </>
  );
}
