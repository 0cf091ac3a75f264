import { Menu, type MenuItemConstructorOptions } from 'electron';
import { formatMessage } from '../core/i18n/format-message';

/**
 * A small application menu: Show and Quit (with the platform's quit shortcut), plus the standard
 * edit roles so copy and paste work in text fields.
 */
export function buildAppMenu(actions: { show(): void; quit(): void }): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: formatMessage('menu.app'),
      submenu: [
        { label: formatMessage('menu.show'), click: () => actions.show() },
        { type: 'separator' },
        {
          label: formatMessage('menu.quit'),
          accelerator: 'CmdOrCtrl+Q',
          click: () => actions.quit(),
        },
      ],
    },
    { role: 'editMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
