import type { TrialArm } from '../trial/analyse-trial';

/** What a reminder says, as message keys, so main's notification and the window say the same. */
export interface ReminderWording {
  readonly title: 'reminder.title' | 'reminder.trial.noneTitle';
  /** Sentences, in order; each may use `{time}` (the bedtime). */
  readonly body: readonly (
    | 'reminder.body'
    | 'reminder.catchUpBody'
    | 'reminder.afterLoginBody'
    | 'reminder.trial.routine'
    | 'reminder.trial.none'
  )[];
}

/**
 * The reminder's words: the bedtime, and on a trial night what tonight is. A night without the
 * routine is said first and plainly, so a sleepy glance does not read it as "time to stretch".
 */
export function reminderWording(reminder: {
  readonly isCatchUp: boolean;
  readonly isAfterLogin?: boolean | undefined;
  readonly trialArm?: TrialArm | undefined;
}): ReminderWording {
  // A late reminder says why truly: the computer slept through it, or was not on yet.
  const late = reminder.isAfterLogin ? 'reminder.afterLoginBody' : 'reminder.catchUpBody';
  const bedtime = reminder.isCatchUp ? late : 'reminder.body';
  if (reminder.trialArm === 'none') {
    return { title: 'reminder.trial.noneTitle', body: ['reminder.trial.none'] };
  }
  if (reminder.trialArm === 'routine') {
    return { title: 'reminder.title', body: [bedtime, 'reminder.trial.routine'] };
  }
  return { title: 'reminder.title', body: [bedtime] };
}
