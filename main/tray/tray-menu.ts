import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { TrayAction, TrayMenuItem } from './tray-menu-model';

/** Turns the tray menu model into Electron's menu; choosing an item hands its action over. */
export function buildTrayMenu(
  items: readonly TrayMenuItem[],
  dispatch: (action: TrayAction) => void,
): Menu {
  return Menu.buildFromTemplate(items.map((entry) => toTemplate(entry, dispatch)));
}

function toTemplate(
  entry: TrayMenuItem,
  dispatch: (action: TrayAction) => void,
): MenuItemConstructorOptions {
  switch (entry.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'submenu':
      return {
        label: entry.label,
        submenu: entry.items.map((child) => toTemplate(child, dispatch)),
      };
    case 'action':
      return { label: entry.label, click: () => dispatch(entry.action) };
  }
}
