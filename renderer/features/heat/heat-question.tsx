import { useEffect, useRef } from 'react';
import { t } from '../../i18n';

/**
 * The one-time question before any warmth: reduced feeling means heat can burn unnoticed. The
 * safer answer comes first; Escape cancels without starting anything.
 */
export function HeatQuestion(props: {
  /** Why the last answer did not take (it could not be saved); the question stays open. */
  error?: string | null;
  onAnswer(hasReducedFeeling: boolean): void;
  onCancel(): void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      className="confirm heat-question"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="heat-title"
      aria-describedby="heat-question heat-why"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onCancel();
        }
      }}
    >
      <h2 id="heat-title" className="confirm__title">
        {t('heat.title')}
      </h2>
      <p id="heat-question" className="screen__text">
        {t('heat.question')}
      </p>
      <p id="heat-why" className="screen__text screen__text--quiet">
        {t('heat.why')}
      </p>
      {props.error && (
        <p className="notice" role="alert">
          {props.error}
        </p>
      )}
      <div className="confirm__buttons">
        <button ref={first} type="button" className="button" onClick={() => props.onAnswer(true)}>
          {t('heat.yes')}
        </button>
        <button type="button" className="button" onClick={() => props.onAnswer(false)}>
          {t('heat.no')}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
