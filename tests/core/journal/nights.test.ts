import { describe, expect, it } from 'vitest';
import { recentNights } from '../../../core/journal/nights';
import type { SessionHistoryEntry } from '../../../core/session/session-state';

const session = (
  startedAt: string,
  outcome: SessionHistoryEntry['outcome'] = 'completed',
  activeMs = 300_000,
): SessionHistoryEntry => ({
  routineId: 'before-sleep-stretches',
  routineName: 'Before sleep',
  startedAt,
  endedAt: startedAt,
  outcome,
  reachedEnd: outcome === 'completed',
  activeMs,
  holdsDone: outcome === 'stopped' ? 0 : 6,
  holdsSkipped: 0,
  holdCount: 12,
  stepsCompleted: 1,
  stepCount: 2,
  plannedSeconds: 600,
});

const now = Date.parse('2026-11-26T20:00:00Z'); // Thursday evening in London

describe('recent nights on Tonight', () => {
  it('says what last night was, and counts nights in a row up to it', () => {
    const nights = recentNights(
      [
        session('2026-11-23T22:00:00Z'),
        session('2026-11-24T22:00:00Z'),
        session('2026-11-25T21:30:00Z', 'partly-done', 180_000),
        session('2026-11-25T23:00:00Z', 'completed', 400_000),
      ],
      now,
      'Europe/London',
    );
    expect(nights).toEqual({
      lastNight: { routineName: 'Before sleep', activeMinutes: 7, outcome: 'completed' },
      isTonightDone: false,
      nightsInARow: 3,
    });
  });

  it('counts a routine after midnight for the evening before, and tonight once done', () => {
    const nights = recentNights(
      [session('2026-11-26T00:30:00Z'), session('2026-11-26T19:00:00Z')],
      now,
      'Europe/London',
    );
    expect(nights).toMatchObject({ isTonightDone: true, nightsInARow: 2 });
    expect(nights.lastNight?.routineName).toBe('Before sleep');
  });

  it('does not count a routine only started, and a missed night just starts a new run', () => {
    const nights = recentNights(
      [session('2026-11-23T22:00:00Z'), session('2026-11-25T22:00:00Z', 'stopped')],
      now,
      'Europe/London',
    );
    expect(nights).toEqual({ lastNight: null, isTonightDone: false, nightsInARow: 0 });
  });

  it('reads the nights in the user’s zone', () => {
    // 03:00 UTC on the 26th is 22:00 on the 25th in New York: last night there.
    const nights = recentNights([session('2026-11-26T03:00:00Z')], now, 'America/New_York');
    expect(nights.nightsInARow).toBe(1);
    // In Tokyo the same instant is noon on the 26th, and "now" is 05:00 on the 27th: tonight's.
    expect(recentNights([session('2026-11-26T03:00:00Z')], now, 'Asia/Tokyo')).toMatchObject({
      lastNight: null,
      isTonightDone: true,
      nightsInARow: 1,
    });
  });
});
