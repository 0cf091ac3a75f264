import { useId, useState, type Ref } from 'react';
import type { DiaryEntry } from '../../../core/journal/diary-entry';
import { t } from '../../i18n';
import { answerText, entryDetails, entryWhen } from './diary-text';

/** What else an entry says, beyond its summary line: each answer given, with its question. */
function moreOf(entry: DiaryEntry): [label: string, text: string][] {
  const lists = (['feel', 'helped', 'symptoms'] as const).flatMap((field) => {
    const values = entry[field] ?? [];
    if (values.length === 0) return [];
    const text = values.map((value) => answerText(field, value)).join(t('common.separator'));
    return [[t(`diary.${field}`), text] as [string, string]];
  });
  const texts = (['medicines', 'note'] as const).flatMap((field) => {
    const text = entry[field];
    return text ? [[t(`diary.${field}`), text] as [string, string]] : [];
  });
  return [...lists, ...texts];
}

/**
 * One cramp in the list: when (the night and the time apart) and its summary in a line or two,
 * with "Show details" for the rest of what was noted and its Change and Delete buttons.
 */
export function DiaryEntryRow({
  entry,
  headingRef,
  onEdit,
  onDelete,
}: {
  entry: DiaryEntry;
  /** Given to the entry that should take the keyboard ("Show older" brought it). */
  headingRef?: Ref<HTMLHeadingElement>;
  onEdit(entry: DiaryEntry): void;
  onDelete(entry: DiaryEntry): void;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const detailsId = useId();
  const when = entryWhen(entry);
  const summary = entryDetails(entry);
  const more = moreOf(entry);
  return (
    <li className="diary-entry">
      <div className="diary-entry__line">
        <div>
          <h3 className="diary-entry__when" {...(headingRef && { ref: headingRef, tabIndex: -1 })}>
            {when}
          </h3>
          {summary && <p className="diary-entry__summary">{summary}</p>}
        </div>
        <button
          type="button"
          className="button"
          aria-expanded={isOpen}
          aria-controls={detailsId}
          aria-label={t(isOpen ? 'diary.hideDetailsNamed' : 'diary.showDetailsNamed', {
            entry: when,
          })}
          onClick={() => setIsOpen(!isOpen)}
        >
          {t(isOpen ? 'diary.hideDetails' : 'diary.showDetails')}
        </button>
      </div>
      <div id={detailsId} className="diary-entry__details" hidden={!isOpen}>
        {more.length > 0 ? (
          <dl>
            {more.map(([label, text]) => (
              <div key={label} className="diary-entry__detail">
                <dt>{label}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="diary-entry__summary">{t('diary.nothingMore')}</p>
        )}
        <div className="button-row">
          <button
            type="button"
            className="button"
            aria-label={t('routines.editNamed', { routine: when })}
            onClick={() => onEdit(entry)}
          >
            {t('routines.edit')}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t('routines.deleteNamed', { routine: when })}
            onClick={() => onDelete(entry)}
          >
            {t('routines.delete')}
          </button>
        </div>
      </div>
    </li>
  );
}
