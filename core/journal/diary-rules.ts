import { clotCautionAt } from '../health/clot-caution';
import { Temporal } from 'temporal-polyfill';
import { eveningOf } from '../reminders/next-reminder';
import { nightToAskAbout } from './check-in';
import type { DiaryState } from './diary-log';
import type { CheckIn, DiaryView } from './diary-view';

/** The hour of the morning after a night that a cramp logged from "Yes" is first set to. */
export const SUGGESTED_CRAMP_HOUR = 3;

/** The night a cramp belongs to: the evening of the moment it started, in the user's zone. */
export function nightOfCramp(startedAtMs: number, timeZone: string): string {
  return eveningOf(startedAtMs, timeZone).toString();
}

/**
 * The morning question due now, if any: about last night, unless that night was answered
 * (even "not now") or has a cramp logged already.
 */
export function checkInDue(state: DiaryState, nowMs: number, timeZone: string): CheckIn | null {
  const known = new Set<string>(state.mornings.keys());
  for (const entry of state.entries.values()) known.add(entry.night);
  const night = nightToAskAbout(nowMs, timeZone, known);
  if (night === null) return null;
  const suggested = Temporal.PlainDate.from(night)
    .add({ days: 1 })
    .toZonedDateTime({ timeZone, plainTime: { hour: SUGGESTED_CRAMP_HOUR } });
  // Never later than now (a zone far ahead could put 03:00 after the moment of asking).
  return { night, suggestedStartMs: Math.min(suggested.epochMilliseconds, nowMs) };
}

/** The diary as the window shows it: entries newest first, and the morning question if due. */
export function diaryView(
  state: DiaryState,
  nowMs: number,
  timeZone: string,
  legCheckedAtMs: number | null = null,
): DiaryView {
  return {
    entries: [...state.entries.values()].sort((a, b) => b.startedAtMs - a.startedAtMs),
    checkIn: checkInDue(state, nowMs, timeZone),
    clotCaution: clotCautionAt(state.entries.values(), legCheckedAtMs, nowMs),
  };
}
