import path from 'node:path';
import { app } from 'electron';
import { formatMessage } from '../../core/i18n/format-message';
import type { SettingsPatch } from '../../core/settings/settings-schema';
import type { IpcHandlers } from '../ipc';
import { tellUser } from '../tell-user';
import { SettingsStore, type SettingsLoadOutcome } from './settings-store';

type SettingsHandlers = Pick<IpcHandlers, 'getSettings' | 'updateSettings' | 'getSettingsStorage'>;

/**
 * Loads the settings from the user-data folder. If the file was damaged or unreadable, the user
 * is told once, in plain words; the app starts either way.
 */
export async function setupSettings(log: Pick<Console, 'warn'>): Promise<SettingsStore> {
  const store = new SettingsStore(path.join(app.getPath('userData'), 'settings.json'));
  tellAboutDamagedSettings(await store.load(), log);
  return store;
}

/**
 * The IPC handlers for settings (every change is announced by `setupSettings`'s listener). A change
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
      return store.update(patch);
    },
  };
}

function tellAboutDamagedSettings(outcome: SettingsLoadOutcome, log: Pick<Console, 'warn'>): void {
  if (outcome.kind !== 'damaged' && outcome.kind !== 'unreadable') return;
  log.warn(`Settings file problem: ${outcome.reason}`);
  tellUser(
    formatMessage('settings.damaged.title'),
    outcome.kind === 'damaged'
      ? formatMessage('settings.damaged.detail', { file: outcome.keptAs })
      : formatMessage('settings.unreadable.detail'),
  );
}
