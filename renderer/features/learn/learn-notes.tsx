import { hasHeatRisk } from '../../../core/health/heat-risk';
import type { HealthNotes } from '../../../core/health/health-notes';
import { t } from '../../i18n';

/** The id of the health-notes part, for the pointer at the top of Learn. */
export const LEARN_NOTES_ID = 'learn-notes';

/** Whether the user ticked anything in My health notes. */
export const hasTicked = (notes: HealthNotes) =>
  notes.conditions.length + notes.medicines.length > 0;

/**
 * The conditions and medicines the user ticked in My health notes, pointed out first under
 * "Conditions and medicines", with "talk to your doctor". Nothing is suggested on their strength.
 */
export function LearnNotes({ notes }: { notes: HealthNotes }) {
  if (!hasTicked(notes)) return <p className="screen__text--quiet">{t('learn.notes.none')}</p>;
  return (
    <div className="learn-notes">
      <h3 id={LEARN_NOTES_ID} tabIndex={-1} className="learn-part__heading">
        {t('learn.notes.heading')}
      </h3>
      <p>{t('learn.notes.intro')}</p>
      <ul className="learn-list">
        {notes.conditions.map((condition) => (
          <li key={condition}>{t(`health.condition.${condition}`)}</li>
        ))}
        {notes.medicines.map(({ medicine }) => (
          <li key={medicine}>{t(`health.medicine.${medicine}`)}</li>
        ))}
      </ul>
      <p className="learn-notes__doctor">{t('learn.notes.doctor')}</p>
      {hasHeatRisk(notes) && <p>{t('learn.notes.heat')}</p>}
    </div>
  );
}
