import { memo, useCallback, useId, useRef } from 'react';
import { useElapsedEffect, type ElapsedStore } from '../../session/elapsed-store';
import { formatClock, ringTurns } from './player-text';

interface CountdownRingProps {
  readonly segmentStartMs: number;
  readonly durationMs: number;
  /** Main's elapsed time; the digits and the ring follow it without a re-render. */
  readonly elapsed: ElapsedStore;
}

/**
 * The large countdown and its ring. Once a second, when main reports the time, the digits change
 * and the ring's two half-shades turn to match, in one small frame: no animation runs between, so
 * the page is still while someone follows with their eyes closed, and reduced motion needs nothing
 * different.
 */
export const CountdownRing = memo(function CountdownRing(props: CountdownRingProps) {
  const { segmentStartMs, durationMs, elapsed } = props;
  const clock = useRef<HTMLSpanElement>(null);
  const clockId = useId();
  const rightShade = useRef<HTMLDivElement>(null);
  const leftShade = useRef<HTMLDivElement>(null);
  const show = useCallback(
    (elapsedMs: number) => {
      const segmentElapsedMs = elapsedMs - segmentStartMs;
      const text = formatClock(durationMs - segmentElapsedMs);
      // The digits name the timer (aria-labelledby): one text change a second, nothing more.
      if (clock.current && clock.current.textContent !== text) clock.current.textContent = text;
      const turns = ringTurns(segmentElapsedMs, durationMs);
      rightShade.current?.style.setProperty('transform', `rotate(${turns.rightDeg}deg)`);
      leftShade.current?.style.setProperty('transform', `rotate(${turns.leftDeg}deg)`);
    },
    [segmentStartMs, durationMs],
  );
  useElapsedEffect(elapsed, show);
  return (
    <div className="ring" role="timer" aria-labelledby={clockId}>
      <div className="ring__track" aria-hidden="true" />
      <div className="ring__halves" aria-hidden="true">
        <div className="ring__window ring__window--right">
          <div className="ring__shade ring__shade--right" ref={rightShade} />
        </div>
        <div className="ring__window ring__window--left">
          <div className="ring__shade ring__shade--left" ref={leftShade} />
        </div>
      </div>
      <span className="ring__clock" id={clockId} ref={clock} />
    </div>
  );
});
