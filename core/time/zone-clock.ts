/*
 * Wall-clock times in a named time zone, with Intl alone (no Date arithmetic in the machine's own
 * zone, no Temporal): the window shows and reads times in the zone main uses, which can differ from
 * the one Chromium started with, and the night the clocks go back has one hour twice.
 */

import { epochDay, utcMs } from './epoch-day';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** The fields of a wall-clock time, to the minute. */
interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

/** The wall clock in `timeZone` at the moment `ms`. */
export function wallClockOf(ms: number, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields['year'] ?? 1970,
    month: fields['month'] ?? 1,
    day: fields['day'] ?? 1,
    hour: (fields['hour'] ?? 0) % 24,
    minute: fields['minute'] ?? 0,
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A wall clock as a `datetime-local` value: "YYYY-MM-DDTHH:MM". */
export function clockText({ year, month, day, hour, minute }: WallClock): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

/** The wall clock in `timeZone` at `ms` as a `datetime-local` value: "YYYY-MM-DDTHH:MM". */
export const wallClockText = (ms: number, timeZone: string): string =>
  clockText(wallClockOf(ms, timeZone));

/** The wall clock's fields read as if in UTC (what the zone's offset is measured against). */
const asUtc = (clock: WallClock) =>
  utcMs(clock.year, clock.month, clock.day, clock.hour, clock.minute);

/** How far `timeZone` is ahead of UTC at `ms`, to the minute. */
const offsetAt = (ms: number, timeZone: string) =>
  asUtc(wallClockOf(ms, timeZone)) - Math.floor(ms / MINUTE_MS) * MINUTE_MS;

const WALL_CLOCK_TEXT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The moment a wall-clock time ("YYYY-MM-DDTHH:MM") names in `timeZone`, or `null` when the text
 * is not one. On the night the clocks go back the hour that comes twice names two moments: the one
 * nearer `near` is taken (the time the field held before), else the first. A time the clocks skip
 * (the night they go forward) is read as the same time after the jump (02:30 as 03:30).
 */
export function momentOfWallClock(text: string, timeZone: string, near?: number): number | null {
  const match = WALL_CLOCK_TEXT.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const daysInMonth = epochDay(year, month + 1, 1) - epochDay(year, month, 1);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59)
    return null;
  const wall = utcMs(year, month, day, hour, minute);
  // The zone's offsets around that time: at most two (before and after a change of clocks).
  const offsets = [...new Set([-24, 0, 24].map((h) => offsetAt(wall + h * HOUR_MS, timeZone)))];
  const candidates = offsets
    .map((offset) => wall - offset)
    .filter((ms) => wallClockText(ms, timeZone) === text)
    .sort((a, b) => a - b);
  if (candidates.length > 0) {
    if (near === undefined || candidates.length === 1) return candidates[0]!;
    return candidates.reduce((best, ms) =>
      Math.abs(ms - near) < Math.abs(best - near) ? ms : best,
    );
  }
  // Skipped by the clocks going forward: the offset from before the jump carries it past.
  return wall - Math.min(...offsets);
}
