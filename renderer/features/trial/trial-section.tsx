import { useEffect, useId, useRef, useState } from 'react';
import type { TrialAction } from '../../../core/trial/trial-action';
import type { TrialRunView, TrialView } from '../../../core/trial/trial-view';
import { useAnnounce } from '../../components/live-announcer';
import { t } from '../../i18n';
import { dayText } from '../journal/diary-text';
import { TrialAnswer } from './trial-answer';
import { tonightInTrialText } from './trial-tonight-text';
import type { TrialState } from './use-trial';

/**
 * "Find out if it helps me" in the Journal: before a trial, what it is, how long it takes (with
 * the honest note that few cramps may not be enough to tell) and Start; during one, where it
 * stands tonight, Pause or Resume, Make it longer and Stop (asked first); and what it shows.
 */
export function TrialSection({ trial }: { trial: TrialState }) {
  const announce = useAnnounce();
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { view } = trial;
  if (!view) return null;
  const act = async (action: TrialAction, done: string) => {
    setProblem(null);
    const failed = await trial.act(action);
    setProblem(failed);
    announce(failed ?? done);
    if (!failed) heading.current?.focus();
  };
  const run = view.trial;
  const isUnderWay = run?.status === 'running' || run?.status === 'paused';
  return (
    <section aria-labelledby="trial-heading" className="trial-section">
      <h2 id="trial-heading" ref={heading} tabIndex={-1} className="screen__subheading">
        {t('trial.heading')}
      </h2>
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
      {run && <TrialStatus run={run} />}
      {run && isUnderWay && <TrialControls run={run} act={act} />}
      {run && <TrialAnswer trial={run} minNightsPerArm={view.minNightsPerArm} />}
      {run && !isUnderWay && <h3 className="screen__subheading">{t('trial.newHeading')}</h3>}
      {!isUnderWay && (
        <TrialProposal
          view={view}
          onStart={(pairs) => act({ kind: 'start', pairs }, t('trial.started'))}
        />
      )}
    </section>
  );
}

function TrialStatus({ run }: { run: TrialRunView }) {
  const end = dayText(run.endDate);
  const line =
    run.status === 'running'
      ? t('trial.progress', { night: run.night, total: run.totalNights, end })
      : run.status === 'paused'
        ? t('trial.pausedSince', { date: dayText(run.since ?? run.startDate) })
        : run.status === 'finished'
          ? t('trial.finished', { date: end })
          : t('trial.stoppedNow');
  const tonight = tonightInTrialText(run.tonight);
  return (
    <>
      <p className="screen__text">{line}</p>
      {tonight && <p className="notice notice--calm">{tonight}</p>}
    </>
  );
}

function TrialControls({
  run,
  act,
}: {
  run: TrialRunView;
  act(action: TrialAction, done: string): Promise<void>;
}) {
  const [isAskingStop, setIsAskingStop] = useState(false);
  const question = useId();
  // "Keep going" puts the keyboard back on Stop, where the question came from.
  const stopButton = useRef<HTMLButtonElement>(null);
  const [isBackFromQuestion, setIsBackFromQuestion] = useState(false);
  useEffect(() => {
    if (isBackFromQuestion) stopButton.current?.focus();
  }, [isBackFromQuestion]);
  if (isAskingStop) {
    return (
      <div role="group" aria-labelledby={question} className="trial-confirm">
        <p id={question} className="screen__text">
          {t('trial.stopConfirm')}
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button button--large"
            autoFocus // the Stop button is gone: the question's first answer has the keyboard
            onClick={() => void act({ kind: 'stop' }, t('trial.stoppedNow'))}
          >
            {t('trial.stopYes')}
          </button>
          <button
            type="button"
            className="button button--large"
            onClick={() => {
              setIsAskingStop(false);
              setIsBackFromQuestion(true);
            }}
          >
            {t('trial.stopNo')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="button-row">
      {run.status === 'running' ? (
        <button
          type="button"
          className="button button--large"
          onClick={() => void act({ kind: 'pause' }, t('trial.pausedNow'))}
        >
          {t('trial.pause')}
        </button>
      ) : (
        <button
          type="button"
          className="button button--large"
          onClick={() => void act({ kind: 'resume' }, t('trial.resumedNow'))}
        >
          {t('trial.resume')}
        </button>
      )}
      {run.canExtend && (
        <button
          type="button"
          className="button button--large"
          onClick={() => void act({ kind: 'extend' }, t('trial.extendedNow'))}
        >
          {t('trial.extend')}
        </button>
      )}
      <button
        ref={stopButton}
        type="button"
        className="button button--large"
        onClick={() => {
          setIsBackFromQuestion(false);
          setIsAskingStop(true);
        }}
      >
        {t('trial.stop')}
      </button>
    </div>
  );
}

function TrialProposal({ view, onStart }: { view: TrialView; onStart(pairs: number): void }) {
  const [pairs, setPairs] = useState(view.proposals[0]?.pairs ?? 4);
  const name = useId();
  const chosen = view.proposals.find((proposal) => proposal.pairs === pairs) ?? view.proposals[0];
  if (!chosen) return null;
  return (
    <>
      <p className="screen__text">{t('trial.intro')}</p>
      <fieldset className="field field--choice choices">
        <legend>{t('trial.lengthLegend')}</legend>
        {view.proposals.map((proposal) => (
          <label className="field--toggle" key={proposal.pairs}>
            <input
              type="radio"
              name={name}
              checked={proposal.pairs === pairs}
              onChange={() => setPairs(proposal.pairs)}
            />
            <span>{t('trial.lengthChoice', { weeks: proposal.weeks })}</span>
          </label>
        ))}
      </fieldset>
      <p className="screen__text">
        {t('trial.plan', {
          end: dayText(chosen.endDate),
          pairs: chosen.pairs,
          nights: chosen.nightsPerBlock,
          washout: chosen.washoutNights,
        })}
      </p>
      <p className="notice notice--calm" role="note">
        {t('trial.fewCramps')}
        {view.recentCrampsPerWeek !== null &&
          ` ${t('trial.recentRate', { rate: view.recentCrampsPerWeek })}`}
      </p>
      <p className="screen__text screen__text--quiet">{t('trial.missingNights')}</p>
      <button
        type="button"
        className="button button--primary button--large"
        onClick={() => onStart(pairs)}
      >
        {t('trial.start')}
      </button>
    </>
  );
}
