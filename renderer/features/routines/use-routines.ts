import { useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { Routine, Step } from '../../../core/routines/routine-schema';

/** Every built-in step, from main: the editor's library, fetched once. */
export function useStepLibrary(bridge: BedtimeBridge | null): readonly Step[] {
  const [steps, setSteps] = useState<readonly Step[]>([]);
  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    void bridge.listStepLibrary().then((result) => {
      if (isCurrent && result.ok) setSteps(result.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [bridge]);
  return steps;
}

/**
 * The routines main offers (the built-in ones, then the user's own), fetched at start and again
 * whenever the settings change, as the user's own routines are kept there.
 */
export function useRoutines(bridge: BedtimeBridge | null): readonly Routine[] {
  const [routines, setRoutines] = useState<readonly Routine[]>([]);
  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    const load = () =>
      void bridge.listRoutines().then((result) => {
        if (isCurrent && result.ok) setRoutines(result.value);
      });
    load();
    const stop = bridge.on('settingsChanged', load);
    return () => {
      isCurrent = false;
      stop();
    };
  }, [bridge]);
  return routines;
}
