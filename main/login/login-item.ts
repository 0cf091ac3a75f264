import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { app } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import { formatMessage } from '../../core/i18n/format-message';
import { autostartEntry } from './autostart-entry';

/** The flag a login start passes: the app starts quietly, in the tray. */
export const IN_TRAY_FLAG = '--in-tray';

/** Starting the app when the user logs in: whether it is on, and turning it on or off. */
export interface LoginItem {
  isOn(): Promise<boolean>;
  set(isOn: boolean): Promise<void>;
}

/** The command that starts this app (the AppImage itself, or Electron with the app's folder). */
export function appCommand(): string[] {
  const appImage = process.env['APPIMAGE'];
  if (appImage) return [appImage];
  return app.isPackaged ? [process.execPath] : [process.execPath, app.getAppPath()];
}

/**
 * The login item for this platform: the system's login items on macOS and Windows; on Linux an
 * XDG autostart entry, written atomically (the desktop reads it at the next login).
 */
export function loginItemFor(platform: NodeJS.Platform): LoginItem {
  if (platform === 'darwin' || platform === 'win32') {
    const args = platform === 'win32' ? [IN_TRAY_FLAG] : [];
    return {
      isOn: async () => app.getLoginItemSettings({ args }).openAtLogin,
      set: async (isOn) => app.setLoginItemSettings({ openAtLogin: isOn, args }),
    };
  }
  const file = path.join(app.getPath('appData'), 'autostart', 'bedtime-stretch.desktop');
  return {
    isOn: async () => {
      try {
        const entry = await readFile(file, 'utf8');
        // The desktop's own startup settings turn an entry off without deleting it.
        const isTurnedOff =
          /^Hidden=true\s*$/m.test(entry) || /^X-GNOME-Autostart-enabled=false\s*$/m.test(entry);
        return entry.includes('[Desktop Entry]') && !isTurnedOff;
      } catch {
        return false;
      }
    },
    set: async (isOn) => {
      if (!isOn) {
        await rm(file, { force: true });
        return;
      }
      const entry = autostartEntry({
        name: formatMessage('app.name'),
        comment: formatMessage('login.comment'),
        command: [...appCommand(), IN_TRAY_FLAG],
      });
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, entry, { fsync: true, mode: 0o644 });
    },
  };
}

/** Whether this start was a start at login, which keeps the window hidden (the tray is there). */
export function isStartAtLogin(platform: NodeJS.Platform, hasInTrayFlag: boolean): boolean {
  if (hasInTrayFlag) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}
