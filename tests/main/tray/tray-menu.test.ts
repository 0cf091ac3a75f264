import { beforeEach, describe, expect, it } from 'vitest';
import { buildTrayMenu } from '../../../main/tray/tray-menu';
import { trayMenuModel, type TrayAction } from '../../../main/tray/tray-menu-model';
import { fakeElectron, type FakeMenu } from '../../fakes/electron';

describe('the tray menu in Electron', () => {
  beforeEach(() => fakeElectron.reset());

  it('does what each item says when it is clicked, submenus included', () => {
    const chosen: TrayAction[] = [];
    const menu = buildTrayMenu(
      trayMenuModel({
        session: 'running',
        tonightRoutineName: 'Calf and thigh massage',
        canSnooze: true,
        canSkipTonight: true,
        areRemindersPaused: false,
      }),
      (action) => chosen.push(action),
    ) as unknown as FakeMenu;
    menu.clickItem('Pause the routine');
    menu.clickItem('For 20 minutes');
    menu.clickItem('For 3 days');
    menu.clickItem('Until I turn them back on');
    menu.clickItem('Quit Bedtime Stretch');
    expect(chosen).toEqual([
      { kind: 'pause' },
      { kind: 'snooze', minutes: 20 },
      { kind: 'pause-reminders', days: 3 },
      { kind: 'pause-reminders', days: null },
      { kind: 'quit' },
    ]);
    expect(menu.items.filter((item) => item.type === 'separator').length).toBeGreaterThan(0);
  });
});
