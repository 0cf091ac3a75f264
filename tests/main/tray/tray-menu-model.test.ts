import { describe, expect, it } from 'vitest';
import {
  trayMenuModel,
  trayTooltip,
  type TrayAction,
  type TrayMenuItem,
  type TrayMenuState,
} from '../../../main/tray/tray-menu-model';

const idle: TrayMenuState = {
  session: 'idle',
  tonightRoutineName: 'Before sleep: calf and hamstring stretches',
  canSnooze: false,
  canSkipTonight: true,
  areRemindersPaused: false,
};

/** Every clickable entry, as "Submenu > Label", with what it does. */
function entries(items: readonly TrayMenuItem[], path = ''): [string, TrayAction][] {
  return items.flatMap((entry): [string, TrayAction][] => {
    if (entry.kind === 'action') return [[`${path}${entry.label}`, entry.action]];
    if (entry.kind === 'submenu') return entries(entry.items, `${path}${entry.label} > `);
    return [];
  });
}
const labels = (state: TrayMenuState) => entries(trayMenuModel(state)).map(([label]) => label);

describe('the tray menu', () => {
  it('with no routine: start tonight’s routine or cramp relief, then reminders, open, settings, quit', () => {
    expect(labels(idle)).toEqual([
      'Start tonight’s routine: Before sleep: calf and hamstring stretches',
      'Cramp relief now',
      'Log a cramp…',
      'Skip tonight',
      'Pause reminders > For 1 day',
      'Pause reminders > For 3 days',
      'Pause reminders > Until I turn them back on',
      'Open Bedtime Stretch',
      'Settings',
      'Quit Bedtime Stretch',
    ]);
  });

  it('during a routine: pause, skip and stop instead of starting one', () => {
    expect(labels({ ...idle, session: 'running' }).slice(0, 3)).toEqual([
      'Pause the routine',
      'Skip to the next hold',
      'Stop the routine',
    ]);
    expect(labels({ ...idle, session: 'paused' })[0]).toBe('Resume the routine');
    expect(labels({ ...idle, session: 'running' })).not.toContain('Cramp relief now');
    // A cramp can strike during a routine too: logging it is always there.
    expect(labels({ ...idle, session: 'running' })).toContain('Log a cramp…');
  });

  it('offers a snooze of 10, 20 or 30 minutes once a reminder was given', () => {
    const snoozes = entries(trayMenuModel({ ...idle, canSnooze: true })).filter(
      ([, action]) => action.kind === 'snooze',
    );
    expect(snoozes).toEqual([
      ['Snooze the reminder > For 10 minutes', { kind: 'snooze', minutes: 10 }],
      ['Snooze the reminder > For 20 minutes', { kind: 'snooze', minutes: 20 }],
      ['Snooze the reminder > For 30 minutes', { kind: 'snooze', minutes: 30 }],
    ]);
  });

  it('with reminders paused, offers to turn them back on instead', () => {
    const paused = labels({ ...idle, areRemindersPaused: true });
    expect(paused).toContain('Turn reminders back on');
    expect(paused.some((label) => label.startsWith('Pause reminders'))).toBe(false);
    expect(paused).not.toContain('Skip tonight');
  });

  it('always lets the user open the window and quit, whatever the state', () => {
    for (const session of ['idle', 'running', 'paused', 'completed'] as const) {
      const actions = entries(trayMenuModel({ ...idle, session })).map(([, action]) => action.kind);
      expect(actions).toContain('open');
      expect(actions).toContain('quit');
    }
  });
});

describe('the tray tooltip', () => {
  it('says when the next reminder is, or during a routine the step and time left', () => {
    expect(trayTooltip({ session: 'idle', nextReminder: 'Wednesday 22:00' })).toBe(
      'Bedtime Stretch: next reminder Wednesday 22:00',
    );
    expect(trayTooltip({ session: 'idle', nextReminder: null })).toBe('Bedtime Stretch');
    expect(
      trayTooltip({ session: 'running', step: 'Calf stretch at the wall', timeLeft: '0:08' }),
    ).toBe('Calf stretch at the wall: 0:08 left');
    expect(
      trayTooltip({ session: 'paused', step: 'Calf stretch at the wall', timeLeft: '0:08' }),
    ).toBe('Calf stretch at the wall: paused');
  });
});
