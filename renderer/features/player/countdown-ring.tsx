import { useState, type CSSProperties } from 'react';
import { formatClock } from './player-text';

const RADIUS = 88;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

interface CountdownRingProps {
  /** Changes whenever the segment or its timing anchor changes, restarting the animation. */
  readonly segmentKey: string;
  readonly durationMs: number;
  readonly segmentElapsedMs: number;
  readonly remainingMs: number;
  readonly isPaused: boolean;
}

/**
 * The large countdown and its ring. The ring is animated by CSS alone (one animation per segment,
 * started at the right point and paused with the routine), so no JavaScript runs per frame. With
 * reduced motion it steps once a second from the snapshot instead.
 */
export function CountdownRing(props: CountdownRingProps) {
  const clock = formatClock(props.remainingMs);
  return (
    <div className="ring" role="timer" aria-label={clock}>
      <svg className="ring__svg" viewBox="0 0 200 200" aria-hidden="true">
        <circle className="ring__track" cx="100" cy="100" r={RADIUS} />
        <RingArc key={props.segmentKey} {...props} />
      </svg>
      <span className="ring__clock" aria-hidden="true">
        {clock}
      </span>
    </div>
  );
}

function RingArc({ durationMs, segmentElapsedMs, isPaused }: CountdownRingProps) {
  // The animation's start point is fixed when the segment (re)starts; later snapshots must not
  // move it, or the ring would jump.
  const [startAtMs] = useState(segmentElapsedMs);
  const style = {
    '--ring-circumference': CIRCUMFERENCE,
    '--ring-duration': `${durationMs}ms`,
    '--ring-delay': `${-startAtMs}ms`,
    '--ring-progress': Math.min(1, segmentElapsedMs / durationMs),
    animationPlayState: isPaused ? 'paused' : 'running',
  } as CSSProperties;
  return (
    <circle
      className="ring__arc"
      cx="100"
      cy="100"
      r={RADIUS}
      strokeDasharray={CIRCUMFERENCE}
      transform="rotate(-90 100 100)"
      style={style}
    />
  );
}
