import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { eveningOf, nextReminderAt } from '../../../core/reminders/next-reminder';
import {
  applyReminderAction,
  canSnoozeNow,
  isTonightQuiet,
  type ReminderMoment,
} from '../../../core/reminders/reminder-actions';
import { everyEvening, type ReminderState } from '../../../core/reminders/reminder-schedule';

const zone = 'Europe/London';
const at = (wall: string) =>
  Temporal.PlainDateTime.from(wall).toZonedDateTime(zone).epochMilliseconds;
const schedule = { isEnabled: true, leadMinutes: 30, bedtimes: everyEvening('22:30') };
const moment = (wall: string): ReminderMoment => ({ nowMs: at(wall), timeZone: zone, schedule });
/** Tonight's reminder, given at 22:00 and lasting to 00:30. */
const live = { evening: '2026-11-25', endsAtMs: at('2026-11-26T00:30') };

describe('Skip tonight', () => {
  it('skips this evening in the evening, and the evening to come in the morning', () => {
    const skip = { kind: 'skip-tonight' } as const;
    expect(applyReminderAction({}, skip, moment('2026-11-25T21:00')).skippedEvening).toBe(
      '2026-11-25',
    );
    expect(applyReminderAction({}, skip, moment('2026-11-26T10:00')).skippedEvening).toBe(
      '2026-11-26',
    );
  });

  it('whenever pressed, leaves no reminder for the evening it names, and says tonight is quiet', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
        (nowMs) => {
          const now = { nowMs, timeZone: zone, schedule };
          const state = applyReminderAction({}, { kind: 'skip-tonight' }, now);
          expect(isTonightQuiet(state, now)).toBe(true);
          const next = nextReminderAt({ nowMs, timeZone: zone, schedule, state });
          expect(eveningOf(next!, zone).toString()).not.toBe(state.skippedEvening);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a snooze is offered', () => {
  it('while tonight’s reminder lasts, until two hours after bedtime', () => {
    expect(canSnoozeNow({}, live, moment('2026-11-25T22:05'))).toBe(true);
    expect(canSnoozeNow({}, live, moment('2026-11-26T00:29'))).toBe(true);
    expect(canSnoozeNow({}, live, moment('2026-11-26T00:30'))).toBe(false);
  });

  it('never the next morning, nor with no reminder given', () => {
    expect(canSnoozeNow({}, live, moment('2026-11-26T10:00'))).toBe(false);
    expect(canSnoozeNow({}, null, moment('2026-11-25T22:05'))).toBe(false);
  });

  it('not once its evening is skipped, done or answered by a routine, nor while paused or off', () => {
    const quiet: ReminderState[] = [
      { skippedEvening: '2026-11-25' },
      { doneEvening: '2026-11-25' },
      { answeredEvening: '2026-11-25' },
      { isPausedUntilTurnedOn: true },
      { pausedUntilMs: at('2026-11-26T22:00') },
    ];
    for (const state of quiet) {
      expect(canSnoozeNow(state, live, moment('2026-11-25T22:05'))).toBe(false);
    }
    const off = { ...moment('2026-11-25T22:05'), schedule: { ...schedule, isEnabled: false } };
    expect(canSnoozeNow({}, live, off)).toBe(false);
  });
});

describe('a routine started', () => {
  it('answers its evening: no reminder for it, a snooze of it included', () => {
    const state = { answeredEvening: '2026-11-25', snoozedUntilMs: at('2026-11-25T22:20') };
    const next = nextReminderAt({ nowMs: at('2026-11-25T21:55'), timeZone: zone, schedule, state });
    expect(next).toBe(at('2026-11-26T22:00'));
    expect(isTonightQuiet(state, moment('2026-11-25T21:55'))).toBe(true);
  });
});
