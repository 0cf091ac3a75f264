import { formatMessage } from '../../core/i18n/format-message';
import { nativeImage, Tray } from 'electron';
import { formatReminderTime } from '../../core/reminders/format-reminder-time';
import type { NextReminder } from '../../core/reminders/reminder-schedule';
import { formatClock } from '../../core/session/clock-text';
import type { FullSessionSnapshot } from '../../core/session/session-state';
import type { SettingsStore } from '../settings/settings-store';
import { runTrayAction, type TrayActionTargets } from './tray-actions';
import { buildTrayMenu } from './tray-menu';
import { trayMenuModel, trayTooltip, type TrayMenuState } from './tray-menu-model';

/** What the tray reads. */
export interface TraySetup {
  readonly iconPath: string;
  readonly platform: NodeJS.Platform;
  readonly settings: SettingsStore;
  readonly session: () => FullSessionSnapshot;
  /** The next reminder as Tonight shows it: what can be snoozed or skipped now. */
  readonly reminders: () => NextReminder;
  /** The name of tonight's routine, as the menu offers to start it. */
  readonly tonightRoutineName: () => string;
  readonly targets: TrayActionTargets;
}

/** The tray as the rest of main drives it. */
export interface AppTray {
  /** Rebuilds the menu and tooltip from the state now (after any change). */
  refresh(): void;
  /** Updates only the tooltip's time left (each second of a routine). */
  refreshTooltip(): void;
  destroy(): void;
}

/**
 * The tray icon: a menu from which everything is reachable (rebuilt from state on every change,
 * by the pure `trayMenuModel`), and a tooltip with the next reminder, or during a routine the
 * step and the time left.
 */
export function setupTray(setup: TraySetup): AppTray {
  const image = nativeImage.createFromPath(setup.iconPath);
  // A template image on macOS follows the menu bar's light or dark look.
  if (setup.platform === 'darwin') image.setTemplateImage(true);
  const tray = new Tray(image);

  const menuState = (): TrayMenuState => {
    const isEnabled = setup.settings.get().reminderSchedule.isEnabled;
    const reminders = setup.reminders();
    return {
      session: setup.session().status,
      tonightRoutineName: setup.tonightRoutineName(),
      canSnooze: reminders.canSnooze,
      canSkipTonight: isEnabled && !reminders.arePaused && !reminders.isTonightQuiet,
      areRemindersPaused: isEnabled && reminders.arePaused,
    };
  };

  const tooltip = (): string => {
    const snapshot = setup.session();
    if (snapshot.status === 'running' || snapshot.status === 'paused') {
      const step =
        snapshot.routine.steps[snapshot.segment.stepIndex]?.title ?? snapshot.routine.name;
      const { segment } = snapshot;
      const timeLeft = formatClock(segment.startMs + segment.durationMs - snapshot.elapsedMs);
      return trayTooltip({ session: snapshot.status, step, timeLeft });
    }
    const next = setup.reminders().atMs;
    return trayTooltip({
      session: snapshot.status,
      nextReminder:
        next === null
          ? null
          : formatReminderTime(next, setup.targets.timeZone(), formatMessage('app.lang')),
    });
  };

  const refreshTooltip = () => {
    if (!tray.isDestroyed()) tray.setToolTip(tooltip());
  };
  const refresh = () => {
    if (tray.isDestroyed()) return;
    tray.setContextMenu(
      buildTrayMenu(trayMenuModel(menuState()), (action) => runTrayAction(action, setup.targets)),
    );
    refreshTooltip();
  };
  refresh();
  setup.settings.subscribe(refresh);
  return { refresh, refreshTooltip, destroy: () => tray.destroy() };
}
