import { formatMessage, formatPlural } from '../../core/i18n/format-message';
import {
  PAUSE_DAY_CHOICES as PAUSE_DAYS,
  SNOOZE_CHOICES as SNOOZE_MINUTES,
  type PauseDays,
  type SnoozeMinutes,
} from '../../core/reminders/reminder-choices';

/** What choosing a tray menu item asks the app to do. */
export type TrayAction =
  | { readonly kind: 'start-tonight' }
  | { readonly kind: 'cramp-now' }
  /** Opens the diary's form, ready to save a cramp with the time now. */
  | { readonly kind: 'log-cramp' }
  | { readonly kind: 'pause' }
  | { readonly kind: 'resume' }
  | { readonly kind: 'skip' }
  | { readonly kind: 'stop' }
  | { readonly kind: 'snooze'; readonly minutes: SnoozeMinutes }
  | { readonly kind: 'skip-tonight' }
  /** `days: null` pauses reminders until the user turns them back on. */
  | { readonly kind: 'pause-reminders'; readonly days: PauseDays | null }
  | { readonly kind: 'reminders-back-on' }
  | { readonly kind: 'open' }
  | { readonly kind: 'settings' }
  | { readonly kind: 'quit' };

export {
  PAUSE_DAY_CHOICES as PAUSE_DAYS,
  SNOOZE_CHOICES as SNOOZE_MINUTES,
  type PauseDays,
  type SnoozeMinutes,
} from '../../core/reminders/reminder-choices';

/** One entry of the tray menu, as plain data (the adapter turns it into Electron's menu). */
export type TrayMenuItem =
  | { readonly kind: 'action'; readonly label: string; readonly action: TrayAction }
  | { readonly kind: 'submenu'; readonly label: string; readonly items: readonly TrayMenuItem[] }
  | { readonly kind: 'separator' };

/** What the menu is built from. */
export interface TrayMenuState {
  readonly session: 'idle' | 'running' | 'paused' | 'completed';
  /** Tonight's routine, by name, for "Start tonight's routine". */
  readonly tonightRoutineName: string;
  /** A reminder was given tonight and can be snoozed. */
  readonly canSnooze: boolean;
  /** Reminders are on and tonight still has one to skip. */
  readonly canSkipTonight: boolean;
  /** Reminders are paused (for some days, or until turned back on). */
  readonly areRemindersPaused: boolean;
}

const item = (label: string, action: TrayAction): TrayMenuItem => ({
  kind: 'action',
  label,
  action,
});
const SEPARATOR: TrayMenuItem = { kind: 'separator' };

/**
 * The tray menu for a state: a pure function, rebuilt whenever the state changes. Everything the
 * app offers from the tray is an item here, since several Linux panels never deliver a click on
 * the icon itself; Open and Quit are always there.
 */
export function trayMenuModel(state: TrayMenuState): readonly TrayMenuItem[] {
  const routine: TrayMenuItem[] =
    state.session === 'running' || state.session === 'paused'
      ? [
          state.session === 'running'
            ? item(formatMessage('tray.pause'), { kind: 'pause' })
            : item(formatMessage('tray.resume'), { kind: 'resume' }),
          item(formatMessage('tray.skip'), { kind: 'skip' }),
          item(formatMessage('tray.stop'), { kind: 'stop' }),
        ]
      : [
          item(formatMessage('tray.startTonight', { routine: state.tonightRoutineName }), {
            kind: 'start-tonight',
          }),
          item(formatMessage('tray.crampNow'), { kind: 'cramp-now' }),
        ];
  return [
    ...routine,
    item(formatMessage('tray.logCramp'), { kind: 'log-cramp' }),
    SEPARATOR,
    ...reminderItems(state),
    SEPARATOR,
    item(formatMessage('tray.open'), { kind: 'open' }),
    item(formatMessage('tray.settings'), { kind: 'settings' }),
    SEPARATOR,
    item(formatMessage('tray.quit'), { kind: 'quit' }),
  ];
}

function reminderItems(state: TrayMenuState): TrayMenuItem[] {
  if (state.areRemindersPaused) {
    return [item(formatMessage('tray.remindersBackOn'), { kind: 'reminders-back-on' })];
  }
  const items: TrayMenuItem[] = [];
  if (state.canSnooze) {
    items.push({
      kind: 'submenu',
      label: formatMessage('tray.snooze'),
      items: SNOOZE_MINUTES.map((minutes) =>
        item(formatPlural('tray.minutes', minutes), { kind: 'snooze', minutes }),
      ),
    });
  }
  if (state.canSkipTonight)
    items.push(item(formatMessage('tray.skipTonight'), { kind: 'skip-tonight' }));
  items.push({
    kind: 'submenu',
    label: formatMessage('tray.pauseReminders'),
    items: [
      ...PAUSE_DAYS.map((days) =>
        item(formatPlural('tray.days', days), { kind: 'pause-reminders', days }),
      ),
      item(formatMessage('tray.untilTurnedOn'), { kind: 'pause-reminders', days: null }),
    ],
  });
  return items;
}

/** What the tooltip says. */
export type TrayTooltipState =
  | { readonly session: 'idle' | 'completed'; readonly nextReminder: string | null }
  | { readonly session: 'running' | 'paused'; readonly step: string; readonly timeLeft: string };

/** The tray icon's tooltip: the next reminder, or during a routine the step and time left. */
export function trayTooltip(state: TrayTooltipState): string {
  switch (state.session) {
    case 'running':
      return formatMessage('tray.tooltip.running', { step: state.step, time: state.timeLeft });
    case 'paused':
      return formatMessage('tray.tooltip.paused', { step: state.step });
    case 'idle':
    case 'completed':
      return state.nextReminder
        ? formatMessage('tray.tooltip.next', { when: state.nextReminder })
        : formatMessage('tray.tooltip.idle');
  }
}
