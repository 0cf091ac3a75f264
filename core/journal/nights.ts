import type { Temporal } from 'temporal-polyfill';
import { eveningOf, nightDateOf } from '../reminders/next-reminder';
import { instantMs } from '../session/instant-ms';
import type { SessionHistoryEntry } from '../session/session-state';
import type { RecentNights } from './recent-nights';

/** Whether a session counts as a routine night (something was done, not only started). */
const didSomething = (entry: SessionHistoryEntry) => entry.outcome !== 'stopped';

/**
 * Recent nights from the history, in the user's zone (a night is its evening, so a routine after
 * midnight counts for the evening before). A night without a routine is simply not counted: no
 * streak is "broken" and nothing is called a failure.
 */
export function recentNights(
  entries: readonly SessionHistoryEntry[],
  nowMs: number,
  timeZone: string,
): RecentNights {
  const done = entries.filter(didSomething);
  const byNight = new Map<string, SessionHistoryEntry[]>();
  for (const entry of done) {
    const night = nightDateOf(instantMs(entry.startedAt), timeZone);
    byNight.set(night, [...(byNight.get(night) ?? []), entry]);
  }
  const tonight = eveningOf(nowMs, timeZone);
  const lastNightDate = tonight.subtract({ days: 1 });
  const last = (byNight.get(lastNightDate.toString()) ?? []).toSorted(
    (a, b) => b.activeMs - a.activeMs,
  )[0];
  const isTonightDone = byNight.has(tonight.toString());
  let nightsInARow = 0;
  let night: Temporal.PlainDate = isTonightDone ? tonight : lastNightDate;
  while (byNight.has(night.toString())) {
    nightsInARow += 1;
    night = night.subtract({ days: 1 });
  }
  return {
    lastNight: last
      ? {
          routineName: last.routineName,
          activeMinutes: Math.max(1, Math.round(last.activeMs / 60_000)),
          outcome: last.outcome === 'completed' ? 'completed' : 'partly-done',
        }
      : null,
    isTonightDone,
    nightsInARow,
  };
}
