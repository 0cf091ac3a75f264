import { useEffect, useRef, useState } from 'react';
import type { DiaryEntry } from '../../../core/journal/diary-entry';
import { useAnnounce } from '../../components/live-announcer';
import { t, tPlural } from '../../i18n';
import { DiaryEntryRow } from './diary-entry-row';

/** The id of the list's heading (on the Journal), which names the list. */
export const DIARY_LIST_HEADING = 'diary-list-heading';

/** How many cramps the Journal lists at first, and how many more each "Show older" adds. */
export const DIARY_PAGE = 30;

/**
 * The cramp diary, newest first, a line or two a cramp: the latest `DIARY_PAGE` entries (years of them would take
 * seconds to draw), then a line saying how many are shown and a button for older ones. After
 * that button the keyboard is on the first entry it brought, and the new count is announced.
 */
export function DiaryList({
  entries,
  onEdit,
  onDelete,
}: {
  entries: readonly DiaryEntry[];
  onEdit(entry: DiaryEntry): void;
  onDelete(entry: DiaryEntry): void;
}) {
  const announce = useAnnounce();
  const [limit, setLimit] = useState(DIARY_PAGE);
  // The first entry "Show older" brought, to take the keyboard once it is drawn.
  const [firstNew, setFirstNew] = useState<string | null>(null);
  const firstNewHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstNew !== null) firstNewHeading.current?.focus();
  }, [firstNew]);

  if (entries.length === 0)
    return <p className="screen__text screen__text--quiet diary-list-empty">{t('diary.empty')}</p>;
  const shown = entries.slice(0, limit);
  const older = entries.length - shown.length;
  const showOlder = () => {
    const next = Math.min(entries.length, limit + DIARY_PAGE);
    setLimit(next);
    setFirstNew(entries[limit]?.id ?? null);
    announce(
      next < entries.length
        ? tPlural('journal.diaryShowing', entries.length, { shown: next })
        : tPlural('journal.diaryAll', entries.length),
    );
  };
  return (
    <>
      <ul className="diary-list" aria-labelledby={DIARY_LIST_HEADING}>
        {shown.map((entry) => (
          <DiaryEntryRow
            key={entry.id}
            entry={entry}
            headingRef={entry.id === firstNew ? firstNewHeading : undefined}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        ))}
      </ul>
      {older > 0 && (
        <>
          <p className="screen__text screen__text--quiet">
            {tPlural('journal.diaryShowing', entries.length, { shown: shown.length })}
          </p>
          <button type="button" className="button" onClick={showOlder}>
            {tPlural('journal.showOlder', Math.min(older, DIARY_PAGE))}
          </button>
        </>
      )}
    </>
  );
}
