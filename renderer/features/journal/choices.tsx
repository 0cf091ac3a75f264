import { useId } from 'react';
import type { DiaryDraft } from '../../../core/journal/diary-view';
import { t } from '../../i18n';
import { CHOICES, answerText, type ChoiceField } from './diary-text';

/** The questions answered with any number of choices; the rest take one. */
const MANY: readonly ChoiceField[] = ['feel', 'helped', 'symptoms'];

/**
 * One of the diary's questions as a fieldset of native radios (one answer, in a row of outlined
 * choices) or checkboxes (in columns), built from its list of answers.
 */
export function Choices({
  field,
  draft,
  onChange,
}: {
  field: ChoiceField;
  draft: DiaryDraft;
  onChange(patch: Partial<DiaryDraft>): void;
}) {
  const name = useId();
  const isMany = MANY.includes(field);
  const chosen: readonly (string | number)[] = [draft[field] ?? []].flat();
  const choose = (value: string | number) => {
    const next = chosen.includes(value) ? chosen.filter((c) => c !== value) : [...chosen, value];
    // The value is one of CHOICES[field], which core's schema accepts for that field.
    onChange({ [field]: isMany ? next : value } as Partial<DiaryDraft>);
  };
  return (
    <fieldset
      className={`field field--choice choices choices--${field} choices--${isMany ? 'columns' : 'row'}`}
    >
      <legend>{t(`diary.${field}`)}</legend>
      {CHOICES[field].map((value) => (
        <label className="field--toggle" key={value}>
          <input
            type={isMany ? 'checkbox' : 'radio'}
            name={name}
            checked={chosen.includes(value)}
            onChange={() => choose(value)}
          />
          <span>{answerText(field, value)}</span>
        </label>
      ))}
    </fieldset>
  );
}
