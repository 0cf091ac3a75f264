import { useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { RecentNights } from '../../../core/journal/recent-nights';
import { t, tPlural } from '../../i18n';

/**
 * On Tonight, gently: what last night was, and how many nights in a row had a routine. Nothing is
 * said about a night without one: a missed night is not a failure. Fetched each time Tonight
 * is shown (it comes back after a routine, so one just finished counts at once).
 */
export function RecentNightsNote({ bridge }: { bridge: BedtimeBridge | null }) {
  const [nights, setNights] = useState<RecentNights | null>(null);
  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    void bridge.getRecentNights().then((result) => {
      if (isCurrent && result.ok) setNights(result.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [bridge]);
  if (!nights) return null;
  const lines: string[] = [];
  if (nights.isTonightDone) lines.push(t('nights.tonightDone'));
  else if (nights.lastNight) {
    lines.push(
      t(nights.lastNight.outcome === 'completed' ? 'nights.lastNight' : 'nights.lastNightPart', {
        routine: nights.lastNight.routineName,
        minutes: nights.lastNight.activeMinutes,
      }),
    );
  }
  if (nights.nightsInARow >= 2) lines.push(tPlural('nights.inARow', nights.nightsInARow));
  if (lines.length === 0) return null;
  return <p className="screen__text recent-nights">{lines.join(' ')}</p>;
}
