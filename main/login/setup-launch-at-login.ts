import { formatMessage } from '../../core/i18n/format-message';
import { SaveError } from '../../core/save-error';
import type { SettingsPatch } from '../../core/settings/settings-schema';
import { SerialQueue } from '../serial-queue';
import type { SettingsStore } from '../settings/settings-store';
import type { LoginItem } from './login-item';

/** Applies the login part of a settings change to the system before the change is saved. */
export type ApplyLoginChange = (patch: SettingsPatch) => Promise<void>;

/**
 * "Start at login": the system holds the truth (the user can turn it off there too), so at start
 * the setting follows the system; a change from Settings goes to the system first and is saved
 * only if the system took it, else the user is told and nothing changes.
 */
export async function setupLaunchAtLogin(
  settings: SettingsStore,
  loginItem: LoginItem,
  log: Pick<Console, 'warn'>,
): Promise<ApplyLoginChange> {
  try {
    const isOn = await loginItem.isOn();
    if (isOn !== settings.get().launchAtLogin) await settings.update({ launchAtLogin: isOn });
  } catch (error) {
    log.warn(`Could not read whether the app starts at login: ${String(error)}`);
  }
  // One change to the system at a time, in the order asked (a quick on and off ends off).
  const queue = new SerialQueue();
  return (patch) => {
    const isOn = patch.launchAtLogin;
    if (isOn === undefined) return Promise.resolve();
    return queue.run(async () => {
      try {
        await loginItem.set(isOn);
      } catch (error) {
        throw new SaveError(formatMessage('login.notSaved'), { cause: error });
      }
    });
  };
}
