import { Temporal } from 'temporal-polyfill';

/** The morning question is asked from this hour… */
export const CHECK_IN_FROM_HOUR = 4;
/** …until this one, local time: after that, last night is too far back to ask about. */
export const CHECK_IN_UNTIL_HOUR = 18;

/** A night, "YYYY-MM-DD": the date of its evening, in the user's zone. */
export type NightDate = string;

/**
 * The night the morning check-in asks about ("Any leg cramps last night?"), or `null` when it is
 * not the time to ask (before 04:00 or from 18:00 local time) or that night was already answered
 * or logged. Worked out in the user's zone, so a change of zone or a clock change asks about the
 * right night, once.
 */
export function nightToAskAbout(
  nowMs: number,
  timeZone: string,
  answered: ReadonlySet<NightDate>,
): NightDate | null {
  const local = Temporal.Instant.fromEpochMilliseconds(nowMs).toZonedDateTimeISO(timeZone);
  if (local.hour < CHECK_IN_FROM_HOUR || local.hour >= CHECK_IN_UNTIL_HOUR) return null;
  const night = local.toPlainDate().subtract({ days: 1 }).toString();
  return answered.has(night) ? null : night;
}

/** What is known of a night's cramps. */
export type NightCramps = 'cramps' | 'none' | 'unknown';

/**
 * What the diary knows of a night: cramps if any were logged for it, none only if the user said
 * so, and otherwise unknown: a morning nobody answered is never counted as a night without cramps.
 */
export function crampsOnNight(
  night: NightDate,
  nightsWithCramps: ReadonlySet<NightDate>,
  nightsSaidNone: ReadonlySet<NightDate>,
): NightCramps {
  if (nightsWithCramps.has(night)) return 'cramps';
  return nightsSaidNone.has(night) ? 'none' : 'unknown';
}
