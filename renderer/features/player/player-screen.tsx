import { memo, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { isClotCautionStep } from '../../../core/health/clot-caution';
import { isHeatStep } from '../../../core/routines/heat-kind';
import type { Step } from '../../../core/routines/routine-schema';
import type { ActiveSnapshot, CueEvent, SegmentView } from '../../../core/session/session-state';
import { useAnnounce } from '../../components/live-announcer';
import { t } from '../../i18n';
import type { ElapsedStore } from '../../session/elapsed-store';
import type { ValueStore } from '../../session/value-store';
import type { SessionControls } from '../../session/use-session';
import { ConfirmStop } from './confirm-stop';
import { CountdownRing } from './countdown-ring';
import { CueCaption } from './cue-caption';
import { ILLUSTRATION_URLS } from './illustration-urls';
import { PlayerControls } from './player-controls';
import { RoutineProgress } from './routine-progress';
import {
  currentStep,
  endingWords,
  legLabel,
  nextStepLeavesOut,
  nextStepTitle,
  segmentAnnouncement,
  segmentWords,
} from './player-text';
import { SleepWell } from './sleep-well';
import { usePlayerKeys } from './use-player-keys';
import './player.css';

interface PlayerScreenProps {
  readonly snapshot: ActiveSnapshot;
  /** Main's elapsed time, ticking every second (the snapshot changes only with its shape). */
  readonly elapsed: ElapsedStore;
  readonly controls: SessionControls;
  /** The last sounding cue, for its caption. */
  readonly soundCues: ValueStore<CueEvent | null>;
  readonly error: string | null;
  /** A calm note about the routine (for example, that warmth was left out). */
  readonly notice: string | null;
  readonly isMuted: boolean;
  readonly onToggleMute: () => void;
  /** Why the routine just ended could not be kept in the history, if it could not. */
  readonly notKept?: string | null;
}

/** The step's drawing and the segment's words; unchanged within a segment, so not redrawn each second. */
const StepDetails = memo(function StepDetails(props: {
  step: Step;
  segment: SegmentView;
  leg: string;
  titleRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { step, segment, leg, titleRef } = props;
  const phase = segment.kind;
  // A rest or a switch of legs says what to do then, not the stretch's own instruction.
  const isStepsOwn = phase !== 'rest' && phase !== 'switch-sides';
  return (
    <>
      <img
        className="player__illustration"
        src={ILLUSTRATION_URLS[step.illustration]}
        alt={t('player.illustrationAlt', { title: step.title })}
      />
      <div className="player__heading">
        <p className={`player__phase player__phase--${phase}`}>
          {t(`player.segment.${phase}`)}
          {leg && `${t('common.separator')}${leg}`}
        </p>
        <h1 className="player__title" ref={titleRef} tabIndex={-1}>
          {step.title}
        </h1>
      </div>
      <div className="player__text">
        {isClotCautionStep(step) && (
          <p className="heat-warning" role="note">
            {t('player.clotCaution')}
          </p>
        )}
        {isHeatStep(step) && (
          <p className="heat-warning" role="note">
            {t('player.heatWarning')}
          </p>
        )}
        <p className="player__instruction">{segmentWords(step, segment)}</p>
        {isStepsOwn && <p className="player__feel">{t('player.feel', { feel: step.feel })}</p>}
      </div>
    </>
  );
});

/** The routine player: what to do now, for how long, on which leg, and what comes next. */
export function PlayerScreen(props: PlayerScreenProps) {
  const { snapshot, elapsed, controls, soundCues, error, notice, isMuted, onToggleMute } = props;
  const announce = useAnnounce();
  const [isConfirmingStop, setConfirmingStop] = useState(false);
  const isPaused = snapshot.status === 'paused';
  const isCompleted = snapshot.status === 'completed';
  const title = useRef<HTMLHeadingElement>(null);

  const actions = useMemo(
    () => ({
      togglePause: () => void (isPaused ? controls.resume() : controls.pause()),
      back: () => void controls.back(),
      skip: () => void controls.skip(),
      nextStep: () => void controls.nextStep(),
      toggleMute: onToggleMute,
      askStop: () => setConfirmingStop(true),
    }),
    [controls, isPaused, onToggleMute],
  );
  usePlayerKeys(actions, !isCompleted && !isConfirmingStop);

  // When the player opens, the step's title takes focus, so a screen reader starts there.
  useEffect(() => {
    if (!isCompleted) title.current?.focus();
  }, [isCompleted]);

  // Announce each new segment, and pauses, once.
  const segmentKey = `${snapshot.routine.id}:${snapshot.segment.index}:${snapshot.segment.startMs}`;
  const announced = useRef<string | null>(null);
  useEffect(() => {
    const key = isCompleted
      ? 'completed'
      : isPaused
        ? `paused:${snapshot.pausedReason}`
        : segmentKey;
    if (announced.current === key) return;
    const wasPaused = announced.current?.startsWith('paused') ?? false;
    announced.current = key;
    if (isCompleted) announce(endingWords(snapshot).announced);
    else if (isPaused) announce(t(`player.pausedReason.${snapshot.pausedReason}`));
    else
      announce(
        wasPaused
          ? `${t('announce.resumed')} ${segmentAnnouncement(snapshot)}`
          : segmentAnnouncement(snapshot),
      );
  });

  if (isCompleted) {
    return (
      <SleepWell
        snapshot={snapshot}
        onDone={() => void controls.stop()}
        onAgain={() => void controls.restart()}
        notKept={props.notKept ?? null}
      />
    );
  }

  const step = currentStep(snapshot);
  const { segment } = snapshot;
  const leg = legLabel(step, segment);
  const next = nextStepTitle(snapshot);

  return (
    <section className="player" aria-label={t('player.label')}>
      <div className="player__body" inert={isConfirmingStop}>
        <p className="player__routine">
          {snapshot.routine.name}
          {t('common.separator')}
          {t('player.stepOf', {
            step: segment.stepIndex + 1,
            steps: snapshot.routine.steps.length,
          })}
        </p>
        {error && (
          <p className="notice" role="alert">
            {error}
          </p>
        )}
        {notice && <p className="notice notice--calm">{notice}</p>}
        <div className="player__main">
          <StepDetails step={step} segment={segment} leg={leg} titleRef={title} />
          <div className="player__timer">
            <CountdownRing
              segmentStartMs={segment.startMs}
              durationMs={segment.durationMs}
              elapsed={elapsed}
            />
            {/* Always there, empty when it says nothing, so nothing below moves between segments. */}
            <p className="player__repetition">
              {segment.kind === 'hold' && segment.repetitions > 1
                ? t('player.repetitionOf', {
                    repetition: segment.repetition,
                    repetitions: segment.repetitions,
                  })
                : '\u00a0'}
            </p>
          </div>
        </div>
        <RoutineProgress elapsed={elapsed} totalMs={snapshot.totalMs} />
        <p className="player__next">
          {next ? t('player.next', { step: next }) : t('player.nextLast')}
        </p>
      </div>
      <div className="player__dock">
        {/* Beside the controls: why it is paused, and how to go on; else the last sound's caption. */}
        {isPaused ? (
          <p className="player__paused">{t(`player.pausedReason.${snapshot.pausedReason}`)}</p>
        ) : (
          <CueCaption soundCues={soundCues} segmentIndex={segment.index} />
        )}
        {isConfirmingStop ? (
          <ConfirmStop
            onKeepGoing={() => setConfirmingStop(false)}
            onStop={() => {
              setConfirmingStop(false);
              void controls.stop();
            }}
          />
        ) : (
          <PlayerControls
            isPaused={isPaused}
            isMuted={isMuted}
            onTogglePause={actions.togglePause}
            onBack={actions.back}
            onSkip={actions.skip}
            onNextStep={actions.nextStep}
            onToggleMute={actions.toggleMute}
            onStop={actions.askStop}
            nextStepLeavesOut={nextStepLeavesOut(step, segment)}
          />
        )}
        <p className="player__keys">{t('player.keysHint')}</p>
      </div>
    </section>
  );
}
