import { useCallback, useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { NextReminder, ReminderAction } from '../../../core/reminders/reminder-schedule';

/** The next bedtime reminder as main has it, kept up to date, and the user's actions on it. */
export function useNextReminder(bridge: BedtimeBridge | null): {
  reminder: NextReminder | null;
  act(action: ReminderAction): Promise<void>;
} {
  const [reminder, setReminder] = useState<NextReminder | null>(null);
  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    const load = () =>
      void bridge.getNextReminder().then((result) => {
        if (isCurrent && result.ok) setReminder(result.value);
      });
    load();
    // A change of schedule, snooze, skip or pause (from here, the tray or a flag) moves it.
    const stopSettings = bridge.on('settingsChanged', load);
    // A reminder just given: Tonight offers its snooze.
    const stopGiven = bridge.on('nextReminder', setReminder);
    return () => {
      isCurrent = false;
      stopSettings();
      stopGiven();
    };
  }, [bridge]);
  const act = useCallback(
    async (action: ReminderAction) => {
      if (!bridge) return;
      const result = await bridge.actOnReminders(action);
      if (result.ok) setReminder(result.value);
    },
    [bridge],
  );
  return { reminder, act };
}
