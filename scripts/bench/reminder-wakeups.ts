import { nextReminderAt } from '../../core/reminders/next-reminder';
import { everyEvening, type ReminderSchedule } from '../../core/reminders/reminder-schedule';
import { ReminderService } from '../../main/reminders/reminder-service';
import { ManualClock } from '../../tests/fakes/manual-clock';
import { printTable } from './stats';

const DAY_MS = 86_400_000;

/**
 * Timer wake-ups of the reminder service over seven simulated days with reminders on, beside a
 * design that ticks once a second to compare the clock with the next reminder (what the trackers
 * of other break and bedtime apps show). Both run on the same manual clock.
 */
export async function benchReminderWakeUps(days = 7): Promise<void> {
  console.log(
    `\n== Reminder wake-ups: ${days} simulated days, bedtime 22:30, reminder 30 min before ==`,
  );
  const schedule: ReminderSchedule = {
    isEnabled: true,
    leadMinutes: 30,
    bedtimes: everyEvening('22:30'),
  };
  const timeZone = 'Europe/London';

  const clock = new ManualClock();
  let reminders = 0;
  const service = new ReminderService({
    timers: clock,
    wallNow: () => clock.wallNow(),
    timeZone: () => timeZone,
    schedule: () => schedule,
    state: () => ({}),
    remind: () => {
      reminders += 1;
    },
  });
  service.start();
  clock.advance(days * DAY_MS);

  const naiveClock = new ManualClock();
  let naiveWakeUps = 0;
  let naiveReminders = 0;
  let next = nextReminderAt({ nowMs: naiveClock.wallNow(), timeZone, schedule, state: {} });
  const tick = () => {
    naiveWakeUps += 1;
    const now = naiveClock.wallNow();
    if (next !== null && now >= next) {
      naiveReminders += 1;
      next = nextReminderAt({ nowMs: now, timeZone, schedule, state: {} });
    }
    naiveClock.setTimeout(tick, 1_000);
  };
  naiveClock.setTimeout(tick, 1_000);
  naiveClock.advance(days * DAY_MS);

  const perDay = (count: number) => (count / days).toFixed(1);
  printTable(
    ['per day', 'reminder service', 'tick once a second'],
    [
      ['timer wake-ups', perDay(service.wakeUps), perDay(naiveWakeUps)],
      ['reminders given', perDay(reminders), perDay(naiveReminders)],
    ],
  );
  console.log('floor: at most 100 wake-ups a day; goal: at most 30');
}
