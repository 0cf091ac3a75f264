import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { replayDiary, type DiaryEvent } from '../../../core/journal/diary-log';
import { gatherNights } from '../../../core/journal/night-rows';
import { planTrial } from '../../../core/trial/trial-schedule';
import { pauseTrial, startTrialState } from '../../../core/trial/trial-state';
import { trialNights, trialView } from '../../../core/trial/trial-view';
import { completedSession } from '../../fixtures/completed-session';

const START = '2026-03-02';
const plus = (night: string, days: number) =>
  Temporal.PlainDate.from(night).add({ days }).toString();
/** 22:00 UTC on a night's evening. */
const eveningMs = (night: string) =>
  Temporal.PlainDate.from(night).toZonedDateTime({ timeZone: 'UTC', plainTime: '22:00' })
    .epochMilliseconds;
const cramp = (night: string, n: number): DiaryEvent => ({
  kind: 'saved',
  atMs: eveningMs(night),
  entry: { id: `c-${night}-${n}`, startedAtMs: eveningMs(night) + 5 * 3_600_000, night },
});
const morning = (night: string, answer: 'none' | 'cramps' | 'later'): DiaryEvent => ({
  kind: 'morning',
  atMs: eveningMs(night) + 10 * 3_600_000,
  night,
  answer,
});

describe('trialNights', () => {
  const state = startTrialState({ start: START, seed: 3 });

  it('counts logged cramps, a morning "no" as 0, a "yes" with nothing logged as 1, and leaves unanswered nights unknown', () => {
    const diary = replayDiary([
      cramp(START, 1),
      cramp(START, 2),
      morning(plus(START, 1), 'none'),
      morning(plus(START, 2), 'cramps'),
      morning(plus(START, 3), 'later'),
    ]);
    const nights = trialNights(state, gatherNights([], diary, 'UTC'), plus(START, 5));
    expect(nights.map((night) => night.cramps)).toEqual([2, 0, 1, null, null]);
    expect(nights.map((night) => night.isWashout)).toEqual([true, true, false, false, false]);
  });

  it('holds only nights that are over: tonight is not counted before its morning', () => {
    const nights = trialNights(state, new Map(), START);
    expect(nights).toEqual([]);
  });
});

describe('trialView', () => {
  it('with no trial offers 8, 10 and 12 weeks from tonight, and no rate without a diary', () => {
    const view = trialView({
      state: null,
      history: [],
      diary: replayDiary([]),
      timeZone: 'UTC',
      tonight: START,
    });
    expect(view.trial).toBeNull();
    expect(view.proposals.map((p) => [p.weeks, p.endDate])).toEqual([
      [8, plus(START, 55)],
      [10, plus(START, 69)],
      [12, plus(START, 83)],
    ]);
    expect(view.recentCrampsPerWeek).toBeNull();
  });

  it('gives the recent rate from the known nights of the last four weeks', () => {
    const events: DiaryEvent[] = [];
    // Four weeks answered every morning: a cramp every other night (14 in 28 nights).
    for (let back = 1; back <= 28; back += 1) {
      const night = plus(START, -back);
      events.push(back % 2 === 0 ? cramp(night, 1) : morning(night, 'none'));
    }
    const view = trialView({
      state: null,
      history: [],
      diary: replayDiary(events),
      timeZone: 'UTC',
      tonight: START,
    });
    expect(view.recentCrampsPerWeek).toBe(3.5);
  });

  it('after eight weeks of a routine that halves the cramps, shows the answer and how closely the plan was kept', () => {
    const state = startTrialState({ start: START, seed: 11 });
    const schedule = planTrial(state.plan);
    const events: DiaryEvent[] = [];
    const history = [];
    for (const [i, night] of schedule.nights.entries()) {
      // With the routine: a cramp every other night; without: one every night; a missed morning
      // every tenth night.
      // Routine done on every routine night but one, and once on a night without.
      if ((night.arm === 'routine' && i !== 0) || i === 7) {
        history.push(completedSession(eveningMs(night.date)));
      }
      if (i % 10 === 9) continue;
      const cramps = night.arm === 'routine' ? i % 2 : 1;
      events.push(cramps > 0 ? cramp(night.date, 1) : morning(night.date, 'none'));
    }
    const view = trialView({
      state,
      history,
      diary: replayDiary(events),
      timeZone: 'UTC',
      tonight: plus(START, 56),
    });
    const trial = view.trial!;
    expect(trial.status).toBe('finished');
    expect(trial.night).toBe(56);
    expect(trial.tonight).toBeNull();
    expect(trial.analysis.status).toBe('estimate');
    expect(trial.analysis.rateRatio!.median).toBeGreaterThan(0.3);
    expect(trial.analysis.rateRatio!.median).toBeLessThan(0.75);
    expect(trial.analysis.probabilityHelps).toBeGreaterThan(0.9);
    const routineArmFirst = schedule.nights[0]!.arm === 'routine';
    const nightSeven = schedule.nights[7]!.arm;
    expect(trial.adherence).toEqual({
      routineNights: 28,
      routineDone: routineArmFirst ? 27 : 28,
      noneNights: 28,
      noneWithRoutine: nightSeven === 'none' ? 1 : 0,
    });
  });

  it('while paused says so for tonight and shows the pause', () => {
    const state = pauseTrial(startTrialState({ start: START, seed: 1 }), plus(START, 3));
    const view = trialView({
      state,
      history: [],
      diary: replayDiary([]),
      timeZone: 'UTC',
      tonight: plus(START, 5),
    });
    expect(view.trial).toMatchObject({
      status: 'paused',
      since: plus(START, 3),
      night: 4,
      tonight: { kind: 'paused' },
      analysis: { status: 'not-enough-data', nightsUsed: { routine: 0, none: 0 } },
    });
  });

  it('reads only the nights it needs: years of older history change nothing', () => {
    const state = startTrialState({ start: START, seed: 4 });
    const recent: DiaryEvent[] = [cramp(plus(START, 3), 1), morning(plus(START, 4), 'none')];
    const older: DiaryEvent[] = [];
    const oldHistory = [];
    for (let back = 40; back < 3 * 365; back += 1) {
      const night = plus(START, -back);
      older.push(back % 3 === 0 ? cramp(night, 1) : morning(night, 'none'));
      oldHistory.push(completedSession(eveningMs(night)));
    }
    const view = (events: DiaryEvent[], history: ReturnType<typeof completedSession>[]) =>
      trialView({
        state,
        history,
        diary: replayDiary(events),
        timeZone: 'UTC',
        tonight: plus(START, 10),
      });
    expect(view([...older, ...recent], oldHistory)).toEqual(view(recent, []));
  });
});
