import type { DiaryEntry } from '../journal/diary-entry';
import { redFlagOf } from '../journal/red-flags';
import type { Routine, Step } from '../routines/routine-schema';

/**
 * The clot caution: a calf that is swollen, red, hot or tender may hold a clot (deep vein
 * thrombosis), which rubbing or warming is not advised on. So after a diary entry with calf
 * swelling, redness or warmth, massage and warmth are left out of every routine for this many
 * days, or until the user says a doctor has checked the leg.
 */
export const CLOT_CAUTION_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Since when, and until when, massage and warmth are left out. */
export interface ClotCaution {
  /** When the cramp with the clot signs started (epoch ms). */
  readonly sinceMs: number;
  /** When the caution ends unless a doctor's check ends it sooner (epoch ms). */
  readonly untilMs: number;
}

/** The steps never done on a calf that may hold a clot: massage and warmth. */
export function isClotCautionStep(step: Pick<Step, 'kind'>): boolean {
  return step.kind === 'massage' || step.kind === 'warmth';
}

/**
 * The caution in force at `nowMs`, from the diary's entries: the latest cramp with calf swelling,
 * redness or warmth in the last `CLOT_CAUTION_DAYS` days that started after the user last said a
 * doctor had checked the leg (`legCheckedAtMs`). `null` when there is none.
 */
export function clotCautionAt(
  entries: Iterable<Pick<DiaryEntry, 'startedAtMs' | 'symptoms'>>,
  legCheckedAtMs: number | null,
  nowMs: number,
): ClotCaution | null {
  let latest: number | null = null;
  for (const entry of entries) {
    if (redFlagOf(entry.symptoms) !== 'clot') continue;
    if (legCheckedAtMs !== null && entry.startedAtMs <= legCheckedAtMs) continue;
    if (latest === null || entry.startedAtMs > latest) latest = entry.startedAtMs;
  }
  if (latest === null) return null;
  const untilMs = latest + CLOT_CAUTION_DAYS * DAY_MS;
  return nowMs < untilMs ? { sinceMs: latest, untilMs } : null;
}

/** The routine without massage and warmth, or `null` when nothing else would be left. */
export function withoutClotCautionSteps(routine: Routine): Routine | null {
  const steps = routine.steps.filter((step) => !isClotCautionStep(step));
  return steps.length > 0 ? { ...routine, steps } : null;
}

/** Whether the routine has a step the caution leaves out. */
export const hasClotCautionStep = (routine: Routine): boolean =>
  routine.steps.some(isClotCautionStep);

/**
 * A routine as the caution lets it run: as it is when no caution is in force or it has neither
 * massage nor warmth; else without them, or `null` when nothing else would be left.
 */
export function underClotCaution(routine: Routine, caution: ClotCaution | null): Routine | null {
  return caution && hasClotCautionStep(routine) ? withoutClotCautionSteps(routine) : routine;
}
