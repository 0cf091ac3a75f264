import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { formatMessage } from '../i18n/format-message';
import { RuleError } from '../rule-error';
import {
  extendTrial,
  TrialPlanSchema,
  trialNightFor,
  type TrialPlan,
  type TrialTonight,
} from './trial-schedule';

/**
 * A personal trial as it is kept: its plan (start, seed, pairs), the stretches of nights it was
 * paused for, and the night it was stopped, if it was. The schedule itself is never stored: it is
 * worked out from the plan, with the paused nights taken out, so a pause moves the rest of the
 * schedule later by as many nights and every block keeps its length.
 */
const NightDateSchema = z.iso.date();

export const TrialPauseSchema = z.object({
  /** The first night left out. */
  from: NightDateSchema,
  /** The last night left out; `null` while the trial is still paused. */
  to: NightDateSchema.nullable(),
});
export type TrialPause = z.infer<typeof TrialPauseSchema>;

export const TrialStateSchema = z.object({
  plan: TrialPlanSchema,
  pauses: z.array(TrialPauseSchema).max(200).default([]),
  /** The first night no longer in the trial, once stopped. */
  stoppedFrom: NightDateSchema.nullable().default(null),
});
export type TrialState = z.output<typeof TrialStateSchema>;

/** Where a trial stands on a night. */
export type TrialStatus = 'running' | 'paused' | 'finished' | 'stopped';

/** What one night is in a trial. */
export type TrialNightPlace =
  | { readonly kind: 'outside' }
  | { readonly kind: 'paused' }
  | { readonly kind: 'stopped' }
  | ({ readonly kind: 'scheduled' } & TrialTonight);

const date = (night: string) => Temporal.PlainDate.from(night);
const compare = (a: string, b: string) => Temporal.PlainDate.compare(date(a), date(b));
const dayBefore = (night: string) => date(night).subtract({ days: 1 }).toString();

/** The trial started on `tonight`, with a seed drawn by the caller. */
export function startTrialState(plan: z.input<typeof TrialPlanSchema>): TrialState {
  return TrialStateSchema.parse({ plan });
}

/** The pause in force on `night` (the current one has no end yet), if any. */
function pauseOn(state: TrialState, night: string): TrialPause | undefined {
  return state.pauses.find(
    (pause) =>
      compare(pause.from, night) <= 0 && (pause.to === null || compare(night, pause.to) <= 0),
  );
}

/** Paused nights before `night`: the schedule runs that many nights later. */
function pausedNightsBefore(state: TrialState, night: string): number {
  let nights = 0;
  for (const pause of state.pauses) {
    if (compare(pause.from, night) >= 0) continue;
    const last = pause.to === null || compare(pause.to, night) >= 0 ? dayBefore(night) : pause.to;
    nights += date(pause.from).until(date(last)).days + 1;
  }
  return nights;
}

/** What `night` ("YYYY-MM-DD") is in the trial: a scheduled night, paused, stopped or outside. */
export function trialNightPlace(state: TrialState, night: string): TrialNightPlace {
  if (compare(night, state.plan.start) < 0) return { kind: 'outside' };
  if (state.stoppedFrom !== null && compare(night, state.stoppedFrom) >= 0) {
    return { kind: 'stopped' };
  }
  if (pauseOn(state, night)) return { kind: 'paused' };
  const shifted = date(night)
    .subtract({ days: pausedNightsBefore(state, night) })
    .toString();
  const scheduled = trialNightFor(state.plan, shifted);
  return scheduled ? { kind: 'scheduled', ...scheduled, date: night } : { kind: 'outside' };
}

/** Every night of the trial up to `lastNight` (inclusive) that had an arm, in date order. */
export function scheduledNightsUntil(
  state: TrialState,
  lastNight: string,
): (TrialTonight & { readonly kind: 'scheduled' })[] {
  const nights: (TrialTonight & { readonly kind: 'scheduled' })[] = [];
  for (
    let night = date(state.plan.start);
    Temporal.PlainDate.compare(night, date(lastNight)) <= 0;
    night = night.add({ days: 1 })
  ) {
    const place = trialNightPlace(state, night.toString());
    if (place.kind === 'scheduled') nights.push(place);
    // Past the end of the schedule (and not paused), nothing later can be in it.
    if (place.kind === 'outside' || place.kind === 'stopped') break;
  }
  return nights;
}

/** The last night of the trial as things stand (later when paused nights moved it on). */
export function trialEndNight(state: TrialState, tonight: string): string {
  const total = state.plan.pairs * 2 * state.plan.nightsPerBlock;
  // Paused nights so far, counting an open pause up to tonight: they push the end later.
  let paused = 0;
  for (const pause of state.pauses) {
    const to = pause.to ?? tonight;
    if (compare(to, pause.from) >= 0) paused += date(pause.from).until(date(to)).days + 1;
  }
  return date(state.plan.start)
    .add({ days: total - 1 + paused })
    .toString();
}

/** Where the trial stands on `tonight`. */
export function trialStatus(state: TrialState, tonight: string): TrialStatus {
  if (state.stoppedFrom !== null) return 'stopped';
  if (state.pauses.some((pause) => pause.to === null)) return 'paused';
  return compare(tonight, trialEndNight(state, tonight)) > 0 ? 'finished' : 'running';
}

/** Pauses the trial from tonight on: tonight and the nights after it have no arm until resumed. */
export function pauseTrial(state: TrialState, tonight: string): TrialState {
  requireStatus(state, tonight, 'running', 'trial.error.notRunning');
  return { ...state, pauses: [...state.pauses, { from: tonight, to: null }] };
}

/** Resumes a paused trial from tonight: the schedule goes on where it stopped. */
export function resumeTrial(state: TrialState, tonight: string): TrialState {
  requireStatus(state, tonight, 'paused', 'trial.error.notPaused');
  const pauses = state.pauses.flatMap((pause) => {
    if (pause.to !== null) return [pause];
    // Paused and resumed on the same evening: no night was left out.
    if (compare(pause.from, tonight) >= 0) return [];
    return [{ ...pause, to: dayBefore(tonight) }];
  });
  return { ...state, pauses };
}

/** Stops the trial: tonight and later are no longer in it; the nights before still count. */
export function stopTrial(state: TrialState, tonight: string): TrialState {
  const status = trialStatus(state, tonight);
  if (status === 'stopped' || status === 'finished') {
    throw new RuleError(formatMessage('trial.error.ended'));
  }
  const closed = state.pauses.map((pause) =>
    pause.to === null ? { ...pause, to: dayBefore(tonight) } : pause,
  );
  return {
    ...state,
    pauses: closed.filter((pause) => pause.to !== null && compare(pause.to, pause.from) >= 0),
    stoppedFrom: tonight,
  };
}

/** One more pair of blocks at the end (a running or paused trial, up to the maximum). */
export function extendTrialState(state: TrialState, tonight: string): TrialState {
  const status = trialStatus(state, tonight);
  if (status !== 'running' && status !== 'paused') {
    throw new RuleError(formatMessage('trial.error.ended'));
  }
  return { ...state, plan: extendTrial(state.plan) };
}

function requireStatus(
  state: TrialState,
  tonight: string,
  wanted: TrialStatus,
  message: 'trial.error.notRunning' | 'trial.error.notPaused',
): void {
  if (trialStatus(state, tonight) !== wanted) throw new RuleError(formatMessage(message));
}

export type { TrialPlan };
