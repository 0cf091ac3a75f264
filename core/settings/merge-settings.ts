import type { Settings, SettingsPatch } from './settings-schema';

/**
 * The settings with a change applied: each field named replaced, except the reminder schedule,
 * whose change names only what changed (a bedtime, the lead time) and is merged into it.
 */
export function mergeSettings(current: Settings, patch: SettingsPatch): Record<string, unknown> {
  const { reminderSchedule, ...rest } = patch;
  return {
    ...current,
    ...rest,
    ...(reminderSchedule
      ? {
          reminderSchedule: {
            ...current.reminderSchedule,
            ...reminderSchedule,
            bedtimes: { ...current.reminderSchedule.bedtimes, ...reminderSchedule.bedtimes },
          },
        }
      : {}),
  };
}
