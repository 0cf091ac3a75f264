import { memo, useState, type CSSProperties } from 'react';
import { useReducedMotion } from '../../components/use-reduced-motion';
import { t } from '../../i18n';
import { useElapsedMs, type ElapsedStore } from '../../session/elapsed-store';

interface RoutineProgressProps {
  /** Changes when the timing anchor changes (segment, jump, pause), restarting the animation. */
  readonly anchorKey: string;
  readonly elapsed: ElapsedStore;
  readonly totalMs: number;
  readonly isPaused: boolean;
}

/**
 * How much of the routine is done: a bar that fills by a stepped CSS transform animation over the
 * time left, so the page does no layout or repaint for it each second. Screen readers get the value.
 */
export const RoutineProgress = memo(function RoutineProgress(props: RoutineProgressProps) {
  const elapsedMs = useElapsedMs(props.elapsed);
  const percent = Math.floor((elapsedMs / props.totalMs) * 100);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={t('player.progress', { percent })}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <ProgressFill
        key={props.anchorKey}
        elapsedMs={elapsedMs}
        totalMs={props.totalMs}
        isPaused={props.isPaused}
      />
    </div>
  );
});

function ProgressFill(props: { elapsedMs: number; totalMs: number; isPaused: boolean }) {
  const { elapsedMs, totalMs, isPaused } = props;
  const [startAtMs] = useState(elapsedMs);
  const isReduced = useReducedMotion();
  const style = {
    '--progress-duration': `${totalMs}ms`,
    // One step per quarter of a percent: the bar creeps without a frame every 16 ms.
    '--progress-steps': 400,
    '--progress-delay': `${-startAtMs}ms`,
    animationPlayState: isPaused ? 'paused' : 'running',
    ...(isReduced && { '--progress-now': Math.min(1, elapsedMs / totalMs) }),
  } as CSSProperties;
  return <div className="progress__bar" style={style} />;
}
