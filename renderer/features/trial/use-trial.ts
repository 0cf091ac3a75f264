import { useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { TrialAction } from '../../../core/trial/trial-action';
import type { TrialView } from '../../../core/trial/trial-view';
import { t } from '../../i18n';

/** The personal trial as main keeps it, and a way to act on it. */
export interface TrialState {
  /** `null` until main has answered. */
  readonly view: TrialView | null;
  /** Resolves once main has answered: `null` when done, else why not, in plain words. */
  act(action: TrialAction): Promise<string | null>;
}

/**
 * Follows main's trial: read on start, whenever the window comes back into view (tonight may be
 * a new night), after each diary change (`changed`, which moves the answer) and on `trialChanged`.
 */
export function useTrial(bridge: BedtimeBridge | null, changed?: unknown): TrialState {
  const [view, setView] = useState<TrialView | null>(null);
  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    const load = () =>
      void bridge.getTrial().then((result) => {
        if (isCurrent && result.ok) setView(result.value);
      });
    const onVisible = () => document.visibilityState === 'visible' && load();
    load();
    window.addEventListener('focus', load);
    document.addEventListener('visibilitychange', onVisible);
    const stop = bridge.on('trialChanged', setView);
    return () => {
      isCurrent = false;
      window.removeEventListener('focus', load);
      document.removeEventListener('visibilitychange', onVisible);
      stop();
    };
  }, [bridge, changed]);
  return {
    view,
    act: async (action) => {
      const result = bridge && (await bridge.actOnTrial(action));
      if (result?.ok) {
        setView(result.value);
        return null;
      }
      const code = result?.error.code;
      return code === 'not-saved' || code === 'not-allowed-now'
        ? result!.error.message
        : t('error.generic');
    },
  };
}
