import { withHeatGate } from '../../core/health/heat-risk';
import type { SettingsPatch } from '../../core/settings/settings-schema';
import type { IpcHandlers } from '../ipc';
import type { SettingsStore } from './settings-store';

type SettingsHandlers = Pick<IpcHandlers, 'getSettings' | 'updateSettings' | 'getSettingsStorage'>;

/**
 * The IPC handlers for settings (every change is announced by the app's settings listener). A change
 * that reaches outside the app (start at login) goes to the system first, through `applyOutside`.
 */
export function createSettingsHandlers(
  store: SettingsStore,
  applyOutside: (patch: SettingsPatch) => Promise<void> = async () => undefined,
): SettingsHandlers {
  return {
    getSettings: () => store.get(),
    getSettingsStorage: () => store.storage(),
    updateSettings: async (patch) => {
      await applyOutside(patch);
      return store.updateWith((current) => withHeatGate(current, patch));
    },
  };
}
