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
  let bedtimes: number[];
  let service: ReminderService;
  let isRoutineOn: boolean;
  let failsToShow: boolean;
  let ended: DueReminder[];
  let errors: unknown[][];
  /** The system's word of a new zone, as the zone link's watcher would give it. */
  let announceZone: (() => void) | null;

  const newService = () =>
    new ReminderService({
      timers: clock,
      wallNow: () => clock.wallNow(),
      timeZone: () => zone,
      schedule: () => schedule,
      state: () => state,
      remind: (reminder, bedtimeMs) => {
        if (failsToShow) throw new Error('no display');
        given.push(reminder);
        bedtimes.push(bedtimeMs);
      },
      isRoutineOn: () => isRoutineOn,
      onEnded: (reminder) => ended.push(reminder),
      watchTimeZone: (onChange) => {
        announceZone = onChange;
        return () => {
          announceZone = null;
        };
      },
      log: { error: (...args: unknown[]) => void errors.push(args) },
    });

  /** Quits and starts the service again, the wall clock moved by `wallMs` in between. */
  const restart = (wallMs: number, how: { isLoginStart?: boolean } = {}) => {
    service.stop();
    clock.jumpWallClock(wallMs);
    service = newService();
    service.start(how);
  };

  beforeEach(() => {
    clock = new ManualClock();
    zone = 'Europe/London';
    schedule = { isEnabled: true, leadMinutes: 30, bedtimes: everyEvening('22:30') };
    state = {};
    given = [];
    bedtimes = [];
    isRoutineOn = false;
    failsToShow = false;
    ended = [];
    errors = [];
    announceZone = null;
    service = newService();
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

  it('follows a change of time zone, found by itself (nothing says so) before the reminder', () => {
    clock.advance(16 * MINUTE); // 21:46, just after a look at the clock
    zone = 'America/New_York';
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

  it('gives no reminder while a routine is on, running or paused', () => {
    isRoutineOn = true; // started at 21:55 and paused
    clock.advance(HOUR);
    expect(given).toEqual([]);
    isRoutineOn = false;
    clock.advance(DAY);
    expect(given.map((reminder) => reminder.evening)).toEqual(['2026-11-26']);
  });

  it('names the evening’s real bedtime for a snoozed reminder', () => {
    clock.advance(31 * MINUTE); // given at 22:00, snoozed at 22:01 for 20 minutes
    state = { snoozedUntilMs: clock.wallNow() + 20 * MINUTE };
    service.changed();
    clock.advance(20 * MINUTE);
    expect(given.map((reminder) => reminder.atMs)).toEqual([
      utc('2026-11-25T22:00:00'),
      utc('2026-11-25T22:21:00'),
    ]);
    expect(bedtimes).toEqual([utc('2026-11-25T22:30:00'), utc('2026-11-25T22:30:00')]);
  });

  it('keeps a reminder live until two hours after bedtime, then ends it', () => {
    clock.advance(30 * MINUTE);
    expect(service.live()).toMatchObject({ evening: '2026-11-25' });
    clock.advance(150 * MINUTE - 1); // 00:29:59.999
    expect(ended).toEqual([]);
    clock.advance(1);
    expect(ended).toEqual(
      [{ atMs: utc('2026-11-25T22:00:00'), evening: '2026-11-25', isCatchUp: false }].map(
        (reminder) => expect.objectContaining(reminder),
      ),
    );
    expect(service.live()).toBeNull();
  });

  it('a change of schedule looks only forward: reminders turned on after their time give nothing', () => {
    schedule = { ...schedule, bedtimes: everyEvening('22:15') }; // a 21:45 reminder
    service.changed();
    schedule = { ...schedule, isEnabled: false }; // off at 21:30
    service.changed();
    clock.advance(40 * MINUTE);
    schedule = { ...schedule, isEnabled: true }; // on again at 22:10
    service.changed();
    clock.advance(HOUR);
    expect(given).toEqual([]);
    clock.advance(DAY);
    expect(given.map((reminder) => reminder.atMs)).toEqual([utc('2026-11-26T21:45:00')]);
  });

  it('a change just after a reminder’s instant, before its timer ran, still gives it once', () => {
    clock.latenessMs = 20; // the event loop is busy: the timer runs a little late
    clock.advance(30 * MINUTE + 10); // 22:00:00.010, its timer not yet run
    expect(given).toEqual([]);
    service.changed(); // say, the volume changed
    clock.advance(MINUTE);
    expect(given).toEqual([
      { atMs: utc('2026-11-25T22:00:00'), evening: '2026-11-25', isCatchUp: false },
    ]);
  });

  it('at a start at login after the reminder’s time, before bedtime, gives it once as a catch-up', () => {
    restart(40 * MINUTE, { isLoginStart: true }); // logs in at 22:10
    service.recheck();
    expect(given).toEqual([
      {
        atMs: utc('2026-11-25T22:00:00'),
        evening: '2026-11-25',
        isCatchUp: true,
        isAfterLogin: true,
      },
    ]);
  });

  it('at a start at login after bedtime, or any other start, gives nothing before now', () => {
    restart(65 * MINUTE, { isLoginStart: true }); // 22:35, after bedtime
    restart(-30 * MINUTE); // a plain start at 22:05
    expect(given).toEqual([]);
  });

  it('notices a new zone at once when the system announces it, and gives the reminder on time', () => {
    restart(-3 * HOUR + 5 * MINUTE); // 18:35 UTC, far from London's 22:00: next look at 20:35
    zone = 'Europe/Moscow'; // 21:35 there: Moscow's 22:00 reminder is at 19:00 UTC
    announceZone?.();
    clock.advance(25 * MINUTE);
    expect(given).toEqual([
      { atMs: utc('2026-11-25T19:00:00'), evening: '2026-11-25', isCatchUp: false },
    ]);
  });

  it('a reminder moved into the past by a new zone noticed late is no catch-up: the computer was awake', () => {
    restart(-3 * HOUR + 5 * MINUTE); // 18:35 UTC, far from London's 22:00: next look at 20:35
    announceZone = null; // a system that says nothing of it
    zone = 'Europe/Moscow'; // Moscow's 22:00 reminder is at 19:00 UTC
    clock.advance(2 * HOUR);
    expect(given).toEqual([
      { atMs: utc('2026-11-25T19:00:00'), evening: '2026-11-25', isCatchUp: false },
    ]);
  });

  it('a reminder missed asleep while carried to another zone comes on waking as a catch-up', () => {
    // Asleep from 21:35 London until 03:10 UTC, in New York on waking (22:10 there, bedtime 22:30).
    clock.advance(5 * MINUTE);
    zone = 'America/New_York';
    clock.jumpWallClock(5 * HOUR + 35 * MINUTE);
    service.lookAfresh({ afterSleep: true });
    expect(given).toEqual([
      { atMs: utc('2026-11-26T03:00:00'), evening: '2026-11-25', isCatchUp: true },
    ]);
  });

  it('logs a reminder that fails to show, and arms the timer again', () => {
    failsToShow = true;
    clock.advance(30 * MINUTE);
    expect(errors).toHaveLength(1);
    expect(String(errors[0]![0])).toMatch(/could not be shown/);
    expect(clock.pendingCount()).toBe(1);
    failsToShow = false;
    clock.advance(DAY);
    expect(given.map((reminder) => reminder.evening)).toEqual(['2026-11-26']);
  });

  it('stops watching the zone when stopped', () => {
    expect(announceZone).not.toBeNull();
    service.stop();
    expect(announceZone).toBeNull();
  });
});
