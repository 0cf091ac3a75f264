import { useEffect, useRef, useState } from 'react';
import type { ClotCaution } from '../../../core/health/clot-caution';
import { appTimeZone } from '../../app-time-zone';
import { t } from '../../i18n';
import type { Problem } from '../journal/use-diary';

const dayFormat = () =>
  new Intl.DateTimeFormat(t('app.lang'), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: appTimeZone(),
  });

/**
 * While massage and warmth are left out after the diary noted clot signs: why, until when, to get
 * the leg checked today, and a way to say a doctor has checked it (asked once more first, as it
 * brings massage and warmth back).
 */
export function ClotCautionNote({
  caution,
  onChecked,
}: {
  caution: ClotCaution;
  /** Says a doctor has checked the leg: `null` once main has it, else why not. */
  onChecked(): Promise<Problem>;
}) {
  const [isAsking, setAsking] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const firstAnswer = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isAsking) firstAnswer.current?.focus();
  }, [isAsking]);
  const format = dayFormat();
  const answerNo = () => {
    setAsking(false);
    setTimeout(() => opener.current?.focus(), 0);
  };
  return (
    <section className="notice notice--urgent clot-caution" aria-labelledby="clot-caution-title">
      <h2 id="clot-caution-title" className="notice__title">
        {t('clot.title')}
      </h2>
      <p>
        {t('clot.tonight', {
          date: format.format(caution.sinceMs),
          until: format.format(caution.untilMs),
        })}
      </p>
      {isAsking ? (
        <div role="group" aria-labelledby="clot-confirm">
          <p id="clot-confirm">{t('clot.confirm')}</p>
          <div className="button-row">
            <button
              ref={firstAnswer}
              type="button"
              className="button"
              onClick={() =>
                void onChecked().then((result) => {
                  setProblem(result);
                  if (!result) setAsking(false);
                })
              }
            >
              {t('clot.confirmYes')}
            </button>
            <button type="button" className="button" onClick={answerNo}>
              {t('clot.confirmNo')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={opener} type="button" className="button" onClick={() => setAsking(true)}>
          {t('clot.checked')}
        </button>
      )}
      {problem && (
        <p className="notice--inline" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
