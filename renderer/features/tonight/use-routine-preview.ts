import { useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { RoutinePreview } from '../../../core/routines/routine-preview';

/**
 * Tonight's routine as main will run it at the length chosen: asked again at every change of
 * routine, length, favoured leg or clot caution (`refreshKey`); `null` until main answers.
 */
export function useRoutinePreview(
  bridge: BedtimeBridge | null,
  routineId: string,
  minutes: number | null,
  refreshKey: string,
): RoutinePreview | null {
  const [preview, setPreview] = useState<RoutinePreview | null>(null);
  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    void bridge.previewRoutine({ routineId, minutes }).then((result) => {
      if (isCurrent) setPreview(result.ok ? result.value : null);
    });
    return () => {
      isCurrent = false;
    };
  }, [bridge, routineId, minutes, refreshKey]);
  return preview;
}
