import { beforeEach, describe, expect, it } from 'vitest';
import {
  everyEvening,
  type ReminderSchedule,
  type ReminderState,
} from '../../../core/reminders/reminder-schedule';
import { ReminderService, type DueReminder } from '../../../main/reminders/reminder-service';
import { ManualClock } from '../../fakes/manual-clock';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The manual clock's wall time starts at 2026-11-25 21:30 UTC (London is on UTC in November). */
const utc = (iso: string) => Date.parse(`${iso}Z`);

describe('the reminder service', () => {
  let clock: ManualClock;
  let zone: string;
  let schedule: ReminderSchedule;
  let state: ReminderState;
  let given: DueReminder[];
  let service: ReminderService;

  beforeEach(() => {
    clock = new ManualClock();
    zone = 'Europe/London';
    schedule = { isEnabled: true, leadMinutes: 30, bedtimes: everyEvening('22:30') };
    state = {};
    given = [];
    service = new ReminderService({
      timers: clock,
      wallNow: () => clock.wallNow(),
      timeZone: () => zone,
      schedule: () => schedule,
      state: () => state,
      remind: (reminder) => given.push(reminder),
    });
    service.start();
  });

  it('gives the reminder at its instant, once', () => {
    clock.advance(29 * MINUTE);
    expect(given).toEqual([]);
    clock.advance(MINUTE);
    expect(given).toEqual([
      { atMs: utc('2026-11-25T22:00:00'), evening: '2026-11-25', isCatchUp: false },
    ]);
    clock.advance(HOUR);
    expect(given).toHaveLength(1);
  });

  it('gives a snoozed reminder again at the end of the snooze', () => {
    clock.advance(30 * MINUTE);
    state = { snoozedUntilMs: clock.wallNow() + 10 * MINUTE };
    service.recheck(); // the snooze is a change: re-armed
    clock.advance(10 * MINUTE);
    expect(given.map((reminder) => reminder.atMs)).toEqual([
      utc('2026-11-25T22:00:00'),
      utc('2026-11-25T22:10:00'),
    ]);
  });

  it('says nothing on an evening whose routine is done or skipped, and is back the next', () => {
    state = { doneEvening: '2026-11-25' };
    service.recheck();
    clock.advance(DAY + HOUR);
    expect(given.map((reminder) => reminder.evening)).toEqual(['2026-11-26']);
  });

  it('gives one catch-up on waking when the machine slept through the reminder', () => {
    clock.freeze(90 * MINUTE); // asleep from 21:30 to 23:00, through 22:00
    service.recheck(); // the resume event
    service.recheck(); // and the unlock after it
    expect(given).toEqual([
      { atMs: utc('2026-11-25T22:00:00'), evening: '2026-11-25', isCatchUp: true },
    ]);
  });

  it('after days asleep, gives only the last evening’s reminder, and only while that evening lasts', () => {
    clock.freeze(3 * DAY + 90 * MINUTE); // wakes 2026-11-28 23:00, half an hour after bedtime
    service.recheck();
    expect(given).toEqual([
      { atMs: utc('2026-11-28T22:00:00'), evening: '2026-11-28', isCatchUp: true },
    ]);
  });

  it('gives nothing on waking once the evening is over (two hours after bedtime)', () => {
    clock.freeze(5 * HOUR); // wakes 02:30, four hours after bedtime
    service.recheck();
    expect(given).toEqual([]);
  });

  it('notices a clock set forward past the reminder within a quarter of an hour, once', () => {
    clock.jumpWallClock(HOUR); // 21:30 becomes 22:30
    clock.advance(15 * MINUTE);
    expect(given).toEqual([
      { atMs: utc('2026-11-25T22:00:00'), evening: '2026-11-25', isCatchUp: true },
    ]);
    clock.jumpWallClock(-HOUR); // and set back again: the reminder is not given twice
    clock.advance(HOUR);
    expect(given).toHaveLength(1);
  });

  it('follows a change of time zone', () => {
    clock.advance(10 * MINUTE);
    zone = 'America/New_York';
    service.recheck();
    clock.advance(DAY);
    expect(given).toEqual([
      { atMs: utc('2026-11-26T03:00:00'), evening: '2026-11-25', isCatchUp: false },
    ]);
  });

  it('wakes the app at most 30 times a day with reminders on', () => {
    clock.advance(7 * DAY);
    expect(given).toHaveLength(7);
    expect(service.wakeUps / 7).toBeLessThanOrEqual(30);
  });

  it('arms nothing but its one timer', () => {
    clock.advance(3 * HOUR);
    expect(clock.pendingCount()).toBe(1);
  });
});
