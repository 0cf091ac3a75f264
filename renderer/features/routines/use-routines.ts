import { useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { Routine } from '../../../core/routines/routine-schema';

/** The routines main offers, fetched once. */
export function useRoutines(bridge: BedtimeBridge | null): readonly Routine[] {
  const [routines, setRoutines] = useState<readonly Routine[]>([]);
  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    void bridge.listRoutines().then((result) => {
      if (isCurrent && result.ok) setRoutines(result.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [bridge]);
  return routines;
}
