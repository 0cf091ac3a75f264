import { useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { JournalSummary } from '../../../core/journal/journal-summary';

/**
 * The Journal's last 12 weeks as main works them out from the history and the diary: read when
 * the Journal opens and again after every change to the diary (`changed` is the diary as shown).
 */
export function useJournalSummary(
  bridge: BedtimeBridge | null,
  changed: unknown,
): JournalSummary | null {
  const [summary, setSummary] = useState<JournalSummary | null>(null);
  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    void bridge.getJournalSummary().then((result) => {
      if (isCurrent && result.ok) setSummary(result.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [bridge, changed]);
  return summary;
}
