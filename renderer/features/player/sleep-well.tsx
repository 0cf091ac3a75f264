import { useEffect, useRef } from 'react';
import type { ActiveSnapshot } from '../../../core/session/session-state';
import { t } from '../../i18n';
import { sleepWellSummary } from './player-text';

/** The calm end of a routine, with a short and truthful summary of what was done. */
export function SleepWell({
  snapshot,
  onDone,
  onAgain,
  notKept = null,
}: {
  snapshot: ActiveSnapshot;
  onDone(): void;
  onAgain(): void;
  /** Why tonight's routine could not be kept in the history, if it could not. */
  notKept?: string | null;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="sleep-well" aria-labelledby="sleep-well-heading">
      <h1 id="sleep-well-heading" ref={heading} tabIndex={-1} className="sleep-well__heading">
        {t('sleepWell.heading')}
      </h1>
      <p className="screen__text">{sleepWellSummary(snapshot)}</p>
      {notKept && (
        <p className="notice notice--inline" role="alert">
          {notKept}
        </p>
      )}
      <p className="screen__text screen__text--quiet">{t('sleepWell.tip')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('sleepWell.done')}
        </button>
        <button type="button" className="button" onClick={onAgain}>
          {t('sleepWell.again')}
        </button>
      </div>
    </section>
  );
}
