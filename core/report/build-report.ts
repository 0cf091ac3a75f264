import { Temporal } from 'temporal-polyfill';
import type { NightDate } from '../journal/check-in';
import {
  CrampFeelSchema,
  CrampHelpSchema,
  CrampLegSchema,
  CrampMuscleSchema,
  CrampSymptomSchema,
  type DiaryEntry,
} from '../journal/diary-entry';
import type { DiaryState } from '../journal/diary-log';
import { gatherNights, isRoutineDone } from '../journal/night-rows';
import { summariseJournal } from '../journal/summarise-journal';
import { eveningOf } from '../reminders/next-reminder';
import type { SessionHistoryEntry } from '../session/session-state';
import type { DoctorReport, ReportCramp } from './doctor-report';
import { countAnswers, middleHalf, middleValue } from './report-figures';
import { clockText, DURATION_SPAN_MINUTES, durationSpanOf } from './report-rules';

export interface DoctorReportInput {
  readonly history: readonly SessionHistoryEntry[];
  readonly diary: DiaryState;
  /** The user's zone, in which nights and times of day are worked out. */
  readonly timeZone: string;
  /** Now (epoch ms): the report ends with the current night, as the Journal does. */
  readonly nowMs: number;
}

/**
 * The report for the doctor, from the history and the diary: the Journal's last 12 weeks (its
 * own weeks and nights, `summariseJournal`, so every count agrees with the Journal), from the
 * first week with anything recorded; the diary's answers to a doctor's questions over those
 * weeks; and every cramp logged in them. It says only what the diary says: medicines as the user
 * wrote them, no judgement on any of it.
 */
export function buildDoctorReport(input: DoctorReportInput): DoctorReport {
  const { history, diary, timeZone, nowMs } = input;
  const lastNight = eveningOf(nowMs, timeZone).toString();
  const summary = summariseJournal({ history, diary, timeZone, lastNight });
  const recorded = gatherNights(history, diary, timeZone);

  // From the first week with anything recorded (the weeks before would be empty), or the last one.
  // Nights are "YYYY-MM-DD", so their text order is their order in time.
  const firstRecorded = [...recorded.keys()]
    .filter((night) => night >= summary.nights[0]!.date && night <= lastNight)
    .toSorted()[0];
  const firstWeek = Math.max(
    0,
    firstRecorded === undefined
      ? summary.weeks.length - 1
      : summary.weeks.findLastIndex((week) => week.start <= firstRecorded),
  );
  const weeks = summary.weeks.slice(firstWeek);
  const nights = summary.nights.slice(firstWeek * 7);
  const from = weeks[0]!.start;
  const isInPeriod = (night: NightDate) => night >= from && night <= lastNight;

  const allEntries = [...diary.entries.values()].toSorted((a, b) => a.startedAtMs - b.startedAtMs);
  const entries = allEntries.filter((entry) => isInPeriod(entry.night));
  const localStart = (entry: DiaryEntry) =>
    Temporal.Instant.fromEpochMilliseconds(entry.startedAtMs).toZonedDateTimeISO(timeZone);
  const minuteOfDay = (entry: DiaryEntry) => {
    const local = localStart(entry);
    return local.hour * 60 + local.minute;
  };
  const saidNights = nights
    .filter((night) => night.cramps === 'cramps' && night.crampCount === 0)
    .map((night) => night.date);
  const crampNights = [
    ...allEntries.map((entry) => entry.night),
    ...[...diary.mornings].flatMap(([night, answer]) => (answer === 'cramps' ? [night] : [])),
  ];
  const intensities = entries.flatMap((entry) => entry.intensity ?? []);

  return {
    period: { from, to: lastNight },
    madeOn: Temporal.Instant.fromEpochMilliseconds(nowMs)
      .toZonedDateTimeISO(timeZone)
      .toPlainDate()
      .toString(),
    firstCramp: crampNights.toSorted()[0] ?? null,
    nights: {
      total: nights.length,
      known: nights.filter((night) => night.cramps !== 'unknown').length,
      withCramps: nights.filter((night) => night.cramps === 'cramps').length,
      routine: nights.filter((night) => night.routine).length,
    },
    cramps: { logged: entries.length, saidNotLogged: saidNights.length },
    timeOfNight: middleHalfOfNight(entries.map(minuteOfDay)),
    legs: countAnswers(entries, CrampLegSchema.options, (entry) => entry.leg),
    muscles: countAnswers(entries, CrampMuscleSchema.options, (entry) => entry.muscle),
    feel: countAnswers(entries, CrampFeelSchema.options, (entry) => entry.feel),
    strength:
      intensities.length === 0
        ? null
        : {
            answered: intensities.length,
            lowest: Math.min(...intensities),
            middle: middleValue(intensities),
            highest: Math.max(...intensities),
          },
    duration: countAnswers(entries, DURATION_SPAN_MINUTES, (entry) =>
      entry.durationMinutes === undefined ? undefined : durationSpanOf(entry.durationMinutes),
    ),
    symptoms: countAnswers(entries, CrampSymptomSchema.options, (entry) => entry.symptoms),
    helped: countAnswers(entries, CrampHelpSchema.options, (entry) => entry.helped),
    weeks,
    routines: routinesDone(recorded, isInPeriod),
    medicines: medicinesWritten(allEntries),
    // Each at the calendar day and time it began (after midnight, the day after its night's).
    crampsInDetail: entries.map((entry): ReportCramp => {
      const local = localStart(entry);
      return {
        ...entry,
        day: local.toPlainDate().toString(),
        time: clockText(local.hour * 60 + local.minute),
      };
    }),
    saidNights,
    // The name, the trial's answer and the health notes are main's to add (kept in the settings).
    patient: null,
    healthNotes: null,
    trial: null,
  };
}

/**
 * The middle half of the times cramps began, counted from noon so that a night reads as one
 * stretch of time (23:30 comes before 01:00), as "HH:MM"; `null` with no cramps.
 */
function middleHalfOfNight(minutesOfDay: readonly number[]): DoctorReport['timeOfNight'] {
  const NOON = 12 * 60;
  const DAY = 24 * 60;
  const span = middleHalf(minutesOfDay.map((minute) => (minute - NOON + DAY) % DAY));
  return span && { from: clockText(span.low + NOON), to: clockText(span.high + NOON) };
}

/**
 * The routines done in the period, each with the nights it was done on (by the Journal's rule: a
 * session only started and stopped is not a routine done).
 */
function routinesDone(
  recorded: ReturnType<typeof gatherNights>,
  isInPeriod: (night: NightDate) => boolean,
): DoctorReport['routines'] {
  const nightsByName = new Map<string, number>();
  for (const [night, record] of recorded) {
    if (!isInPeriod(night)) continue;
    const names = new Set(
      record.sessions.filter(isRoutineDone).map((session) => session.routineName),
    );
    for (const name of names) nightsByName.set(name, (nightsByName.get(name) ?? 0) + 1);
  }
  return [...nightsByName]
    .map(([name, nights]) => ({ name, nights }))
    .toSorted((a, b) => b.nights - a.nights || a.name.localeCompare(b.name));
}

/** Each medicine written, once (the same words in any case), with the night first written. */
function medicinesWritten(entries: readonly DiaryEntry[]): DoctorReport['medicines'] {
  const seen = new Map<string, { night: NightDate; text: string }>();
  for (const entry of entries) {
    const text = entry.medicines?.trim();
    if (!text) continue;
    const key = text.toLocaleLowerCase();
    const earlier = seen.get(key);
    if (!earlier || entry.night < earlier.night) seen.set(key, { night: entry.night, text });
  }
  return [...seen.values()].toSorted((a, b) =>
    a.night < b.night ? -1 : a.night > b.night ? 1 : 0,
  );
}
