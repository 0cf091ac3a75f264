import { useEffect, useRef, useState, type FormEvent } from 'react';
import { wallClockText } from '../../../core/time/zone-clock';
import { appTimeZone } from '../../app-time-zone';
import type { ReportPatient } from '../../../core/report/report-patient';
import { t } from '../../i18n';
import { reportDay } from './report-text';

/** The name and date of birth heading the report's first page, as far as the user gave them. */
export function PatientLines({ patient }: { patient: ReportPatient }) {
  const name = patient.name.trim();
  return (
    <dl className="report__patient">
      {name !== '' && (
        <div>
          <dt>{t('report.patientName')}</dt>
          <dd>{name}</dd>
        </div>
      )}
      {patient.birthDate !== null && (
        <div>
          <dt>{t('report.patientBirthDate')}</dt>
          <dd>{reportDay(patient.birthDate, { dateStyle: 'long' })}</dd>
        </div>
      )}
    </dl>
  );
}

/** Today, "YYYY-MM-DD", in the zone main uses: no one is born later. */
const today = (): string => wallClockText(Date.now(), appTimeZone()).slice(0, 10);

/**
 * Asked when saving the report: a name and a date of birth for its first page, both optional and
 * filled in with the last ones given. "Save as PDF…" goes on with what is there (empty leaves it
 * off); Cancel, or Escape, saves nothing.
 */
export function PatientForm({
  patient,
  onSave,
  onCancel,
}: {
  patient: ReportPatient;
  onSave(patient: ReportPatient): void;
  onCancel(): void;
}) {
  const [name, setName] = useState(patient.name);
  const [birthDate, setBirthDate] = useState(patient.birthDate ?? '');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ name: name.trim(), birthDate: birthDate === '' ? null : birthDate });
  };
  return (
    <form
      className="report__ask"
      aria-labelledby="report-ask"
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <h2 id="report-ask" ref={heading} tabIndex={-1} className="screen__subheading">
        {t('report.patientHeading')}
      </h2>
      <p className="report__quiet">{t('report.patientNote')}</p>
      <label className="field">
        <span>{t('report.patientName')}</span>
        <input
          type="text"
          autoComplete="name"
          maxLength={120}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('report.patientBirthDate')}</span>
        <input
          type="date"
          autoComplete="bday"
          min="1900-01-01"
          max={today()}
          value={birthDate}
          onChange={(event) => setBirthDate(event.target.value)}
        />
      </label>
      <div className="button-row">
        <button type="submit" className="button button--primary button--large">
          {t('report.save')}
        </button>
        <button type="button" className="button button--large" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
