import { memo, useCallback, useRef } from 'react';
import { t } from '../../i18n';
import { useElapsedEffect, type ElapsedStore } from '../../session/elapsed-store';

interface RoutineProgressProps {
  readonly elapsed: ElapsedStore;
  readonly totalMs: number;
}

/**
 * How much of the routine is done, in whole percent: the bar (a transform, so no layout) and the
 * value for screen readers change together, only when the percentage does; a frame for a bar
 * that would grow by a pixel or two each second is not worth its cost.
 */
export const RoutineProgress = memo(function RoutineProgress(props: RoutineProgressProps) {
  const { elapsed, totalMs } = props;
  const bar = useRef<HTMLDivElement>(null);
  const fill = useRef<HTMLDivElement>(null);
  const show = useCallback(
    (elapsedMs: number) => {
      const percent = Math.floor(Math.min(1, Math.max(0, elapsedMs / totalMs)) * 100);
      if (!bar.current || bar.current.getAttribute('aria-valuenow') === String(percent)) return;
      bar.current.setAttribute('aria-valuenow', String(percent));
      bar.current.setAttribute('aria-label', t('player.progress', { percent }));
      fill.current?.style.setProperty('transform', `scaleX(${percent / 100})`);
    },
    [totalMs],
  );
  useElapsedEffect(elapsed, show);
  return (
    <div className="progress" role="progressbar" ref={bar} aria-valuemin={0} aria-valuemax={100}>
      <div className="progress__bar" ref={fill} />
    </div>
  );
});
