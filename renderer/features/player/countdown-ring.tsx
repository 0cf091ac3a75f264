import { memo, useState, type CSSProperties } from 'react';
import { useReducedMotion } from '../../components/use-reduced-motion';
import { useElapsedMs, type ElapsedStore } from '../../session/elapsed-store';
import { formatClock } from './player-text';

interface CountdownRingProps {
  /** Changes whenever the segment or its timing anchor changes, restarting the animation. */
  readonly segmentKey: string;
  readonly segmentStartMs: number;
  readonly durationMs: number;
  /** Main's elapsed time; only this component re-renders when it ticks. */
  readonly elapsed: ElapsedStore;
  readonly isPaused: boolean;
}

/**
 * The large countdown and its ring. The ring drains by two half-rings turning with stepped CSS
 * transform animations, which the compositor runs without the page's main thread: no JavaScript
 * and no repaint per frame. With reduced motion it steps once a second from main's time instead.
 */
export const CountdownRing = memo(function CountdownRing(props: CountdownRingProps) {
  const elapsedMs = useElapsedMs(props.elapsed);
  const segmentElapsedMs = elapsedMs - props.segmentStartMs;
  const clock = formatClock(props.durationMs - segmentElapsedMs);
  return (
    <div className="ring" role="timer" aria-label={clock}>
      <div className="ring__track" aria-hidden="true" />
      <RingHalves
        key={props.segmentKey}
        durationMs={props.durationMs}
        segmentElapsedMs={segmentElapsedMs}
        isPaused={props.isPaused}
      />
      <span className="ring__clock" aria-hidden="true">
        {clock}
      </span>
    </div>
  );
});

function RingHalves(props: { durationMs: number; segmentElapsedMs: number; isPaused: boolean }) {
  const { durationMs, segmentElapsedMs, isPaused } = props;
  // The animation's start point is fixed when the segment (re)starts; later ticks must not move
  // it, or the ring would jump.
  const [startAtMs] = useState(segmentElapsedMs);
  const isReduced = useReducedMotion();
  const progress = Math.min(1, Math.max(0, segmentElapsedMs / durationMs));
  // Only with reduced motion does the ring follow the per-second value; otherwise the style stays
  // fixed for the whole segment, so the animation is left alone on the compositor.
  const style = {
    '--ring-duration': `${durationMs}ms`,
    // Four calm steps a second: smooth enough for a slow ring, and the compositor draws only when
    // the ring actually moves, instead of sixty frames a second.
    '--ring-steps': Math.max(1, Math.round(durationMs / 500)),
    '--ring-delay': `${-startAtMs}ms`,
    '--ring-play-state': isPaused ? 'paused' : 'running',
    ...(isReduced && {
      '--ring-right-turn': `${Math.min(progress, 0.5) * 360}deg`,
      '--ring-left-turn': `${Math.max(progress - 0.5, 0) * 360}deg`,
    }),
  } as CSSProperties;
  return (
    <div className="ring__halves" style={style} aria-hidden="true">
      <div className="ring__window ring__window--right">
        <div className="ring__shade ring__shade--right" />
      </div>
      <div className="ring__window ring__window--left">
        <div className="ring__shade ring__shade--left" />
      </div>
    </div>
  );
}
