import type { DiaryEntry } from '../../../core/journal/diary-entry';
import { wallClockOf } from '../../../core/time/zone-clock';
import { appTimeZone } from '../../app-time-zone';
import { t, type MessageKey } from '../../i18n';

type Answer<F extends keyof DiaryEntry> =
  NonNullable<DiaryEntry[F]> extends readonly (infer V)[] ? V : NonNullable<DiaryEntry[F]>;

/**
 * The diary's questions with set answers, as core/journal/diary-entry.ts has them (the page
 * imports no schema at run time; a test checks the lists agree). How long is asked as a few
 * spans, each saved as the minutes in its middle.
 */
export const CHOICES = {
  leg: ['left', 'right', 'both'],
  muscle: ['calf', 'back-of-thigh', 'front-of-thigh', 'foot'],
  intensity: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  durationMinutes: [0.5, 3, 10, 30],
  feel: ['tight', 'knotted', 'sharp', 'aching', 'burning', 'other'],
  helped: ['stretching', 'standing', 'walking', 'massage', 'warmth', 'nothing', 'other'],
  symptoms: [
    'calf-swelling',
    'redness',
    'warmth-to-touch',
    'pale-or-cold-skin',
    'calf-pain-walking',
    'weakness',
    'numbness',
    'tingling',
    'twitching',
    'muscle-wasting',
    'cramps-elsewhere',
    'soreness-after',
  ],
} as const satisfies { readonly [F in keyof DiaryEntry]?: readonly Answer<F>[] };
export type ChoiceField = keyof typeof CHOICES;

/** The words of each answer; a missing one fails to compile. */
type AnswerKey = { [F in ChoiceField]: `diary.${F}.${(typeof CHOICES)[F][number]}` }[Exclude<
  ChoiceField,
  'intensity'
>];
type Known<K extends MessageKey> = K;
export type AnswerKeysExist = Known<AnswerKey>;

/** An answer in words (a strength is its number). */
export const answerText = (field: ChoiceField, value: string | number) =>
  field === 'intensity' ? String(value) : t(`diary.${field}.${value}` as AnswerKeysExist);

/**
 * A date format in the catalog's language (read when used: the words come from main after the
 * modules load), made once per language: making one costs far more than using it, and the
 * Journal formats hundreds of dates. Each formats a wall-clock day or time written as UTC, so a
 * format made earlier stays right when the computer's zone changes.
 */
function wallClockFormat(kind: keyof typeof FORMAT_FIELDS): Intl.DateTimeFormat {
  const lang = t('app.lang');
  const key = `${kind} ${lang}`;
  let format = wallClockFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { ...FORMAT_FIELDS[kind], timeZone: 'UTC' });
    wallClockFormats.set(key, format);
  }
  return format;
}
const FORMAT_FIELDS = {
  day: { weekday: 'short', day: 'numeric', month: 'short' },
  date: { day: 'numeric', month: 'short' },
  weekday: { weekday: 'short' },
  time: { timeStyle: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** A day, "YYYY-MM-DD" (a night or a backup), as the user reads it: "Mon, 23 Nov". */
export const dayText = (day: string) => wallClockFormat('day').format(new Date(`${day}T12:00Z`));

/** A day without its weekday, for a chart's weeks and the calendar's rows: "23 Nov". */
export const dateText = (day: string) => wallClockFormat('date').format(new Date(`${day}T12:00Z`));

/** A day's weekday alone, over the calendar's columns: "Mon". */
export const weekdayText = (day: string) =>
  wallClockFormat('weekday').format(new Date(`${day}T12:00Z`));

/** The time of day of a moment, on the clock of the zone main uses: "02:10". */
const timeText = (ms: number) => {
  const { hour, minute } = wallClockOf(ms, appTimeZone());
  return wallClockFormat('time').format(Date.UTC(2000, 0, 1, hour, minute));
};

/**
 * When an entry was, for its row and its buttons' names, the night and the time apart (the night
 * is its evening, the cramp often after midnight): "Night of Mon, 23 Nov · cramp at 02:10".
 */
export const entryWhen = (entry: DiaryEntry) =>
  t('diary.entry', { night: dayText(entry.night), time: timeText(entry.startedAtMs) });

/** What an entry says, briefly: leg, muscle, strength and how long, as far as it was filled in. */
export const entryDetails = (entry: DiaryEntry) =>
  (['leg', 'muscle', 'intensity', 'durationMinutes'] as const)
    .flatMap((field) => {
      const value = entry[field];
      if (value === undefined) return [];
      return field === 'intensity'
        ? t('diary.strength', { count: value })
        : answerText(field, value);
    })
    .join(t('common.separator'));
