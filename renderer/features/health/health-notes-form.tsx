import { useId, useRef, useState } from 'react';
import { HEALTH_CONDITIONS, LINKED_MEDICINES } from '../../../core/health/health-lists';
import type { HealthNotes } from '../../../core/health/health-notes';
import { hasHeatRisk } from '../../../core/health/heat-risk';
import { t } from '../../i18n';

/**
 * My health notes, in Settings (under My health, whose heading says they stay on this computer):
 * the conditions and medicines linked to cramps as boxes to tick,
 * each medicine with an optional "started or changed on" date, and a free note. Each change is
 * saved at once by main (the note when the field is left); main leaves warmth out when a
 * condition that numbs the skin is ticked, and this says so.
 */
export function HealthNotesForm({
  notes,
  isHeatLeftOut,
  onChange,
}: {
  notes: HealthNotes;
  /** Warmth is left out (the reduced-feeling answer is "yes"). */
  isHeatLeftOut: boolean;
  onChange(notes: HealthNotes): void;
}) {
  // What is being typed in the note, for the note as saved when typing began; once main has
  // saved it (or anything changed the saved note), the saved note shows.
  const [typing, setTyping] = useState<{ text: string; from: string } | null>(null);
  const other = typing && typing.from === notes.other ? typing.text : notes.other;
  const otherId = useId();
  // Main keeps the notes whole: each change is built on the last one sent while main has not yet
  // answered it, so two quick ticks (or a note left, then a tick) both hold.
  const sent = useRef<{ readonly notes: HealthNotes; readonly from: HealthNotes } | null>(null);
  const base = () => (sent.current?.from === notes ? sent.current.notes : notes);
  const change = (next: HealthNotes) => {
    sent.current = { notes: next, from: notes };
    onChange(next);
  };
  const toggleCondition = (condition: HealthNotes['conditions'][number]) => {
    const { conditions } = base();
    change({
      ...base(),
      conditions: conditions.includes(condition)
        ? conditions.filter((c) => c !== condition)
        : HEALTH_CONDITIONS.filter((c) => c === condition || conditions.includes(c)),
    });
  };
  const medicineOf = (medicine: HealthNotes['medicines'][number]['medicine']) =>
    notes.medicines.find((entry) => entry.medicine === medicine);
  const setMedicine = (
    medicine: HealthNotes['medicines'][number]['medicine'],
    entry: HealthNotes['medicines'][number] | null,
  ) => {
    const { medicines } = base();
    change({
      ...base(),
      medicines: LINKED_MEDICINES.flatMap((m) => {
        if (m === medicine) return entry ? [entry] : [];
        const kept = medicines.find((other) => other.medicine === m);
        return kept ? [kept] : [];
      }),
    });
  };
  return (
    <div className="health-notes">
      <fieldset className="field field--choice choices">
        <legend>{t('health.conditions')}</legend>
        {HEALTH_CONDITIONS.map((condition) => (
          <label className="field--toggle" key={condition}>
            <input
              type="checkbox"
              checked={notes.conditions.includes(condition)}
              onChange={() => toggleCondition(condition)}
            />
            <span>{t(`health.condition.${condition}`)}</span>
          </label>
        ))}
      </fieldset>
      {isHeatLeftOut && hasHeatRisk(notes) && (
        <p className="notice notice--calm" role="status">
          {t('health.heatOff')}
        </p>
      )}
      <fieldset className="field field--choice choices">
        <legend>{t('health.medicines')}</legend>
        {LINKED_MEDICINES.map((medicine) => {
          const entry = medicineOf(medicine);
          return (
            <div key={medicine} className="health-medicine">
              <label className="field--toggle">
                <input
                  type="checkbox"
                  checked={Boolean(entry)}
                  onChange={() =>
                    setMedicine(medicine, entry ? null : { medicine, changedOn: null })
                  }
                />
                <span>{t(`health.medicine.${medicine}`)}</span>
              </label>
              {entry && (
                <label className="field health-medicine__date">
                  <span>{t('health.changedOn')}</span>
                  <input
                    type="date"
                    aria-label={t('health.changedOnNamed', {
                      medicine: t(`health.medicine.${medicine}`),
                    })}
                    value={entry.changedOn ?? ''}
                    onChange={(event) =>
                      setMedicine(medicine, { medicine, changedOn: event.target.value || null })
                    }
                  />
                </label>
              )}
            </div>
          );
        })}
      </fieldset>
      <p className="screen__text">{t('health.doctorNote')}</p>
      <label className="field" htmlFor={otherId}>
        <span>{t('health.other')}</span>
      </label>
      <textarea
        id={otherId}
        className="field__textarea"
        maxLength={1000}
        rows={3}
        value={other}
        onChange={(event) =>
          setTyping({ text: event.target.value.replace(/[\p{Cc}]/gu, ' '), from: notes.other })
        }
        onBlur={() => other !== base().other && change({ ...base(), other })}
      />
    </div>
  );
}
