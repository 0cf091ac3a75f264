import { useEffect, useRef } from 'react';
import type { ActiveSnapshot } from '../../../core/session/session-state';
import { t, tPlural } from '../../i18n';
import { minutesOf } from './player-text';

/** The calm end of a routine, with a short summary. */
export function SleepWell({
  snapshot,
  onDone,
  onAgain,
}: {
  snapshot: ActiveSnapshot;
  onDone(): void;
  onAgain(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const stepsPhrase = tPlural('count.stepsOf', snapshot.routine.steps.length, {
    done: snapshot.stepsDone,
  });
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="sleep-well" aria-labelledby="sleep-well-heading">
      <h1 id="sleep-well-heading" ref={heading} tabIndex={-1} className="sleep-well__heading">
        {t('sleepWell.heading')}
      </h1>
      <p className="screen__text">
        {snapshot.elapsedMs < 60_000
          ? t('sleepWell.summaryShort', { routine: snapshot.routine.name, steps: stepsPhrase })
          : t('sleepWell.summary', {
              routine: snapshot.routine.name,
              minutes: minutesOf(snapshot.elapsedMs),
              steps: stepsPhrase,
            })}
      </p>
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
