import { useCallback, useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../core/ipc/bridge';
import type { IpcResult } from '../../core/ipc/ipc-result';
import { DEFAULT_SETTINGS } from '../../core/settings/settings-defaults';
import type {
  Settings,
  SettingsPatch,
  SettingsStorage,
  WindowSettingsPatch,
} from '../../core/settings/settings-schema';
import { t } from '../i18n';

/** A change that did not take: which settings it touched, and what to tell the user. */
export interface SaveProblem {
  readonly fields: readonly (keyof SettingsPatch)[];
  readonly message: string;
}

/** The user's settings from main, a way to change them, and what went wrong with a change. */
export interface SettingsView {
  /** The settings in force in main (a change shows only once main has saved it). */
  readonly settings: Settings;
  /** Main has answered with its settings (until then `settings` are the defaults). */
  readonly isLoaded: boolean;
  /** Whether changes are saved to disk or only kept until the app closes. */
  readonly storage: SettingsStorage;
  /** The last change that could not be saved, until the next change. */
  readonly problem: SaveProblem | null;
  /** Saves a change of plain preferences; resolves `true` once main has saved it. */
  update(patch: WindowSettingsPatch): Promise<boolean>;
  /**
   * Saves a change made through its own channel (tonight's routine, a routine's favoured leg),
   * where main keeps its rules; `fields` are the settings it changes, for where to say a problem.
   */
  changeVia(
    fields: readonly (keyof SettingsPatch)[],
    call: (bridge: BedtimeBridge) => Promise<IpcResult<Settings>>,
  ): Promise<boolean>;
  /** Forgets the last problem, once the user has moved on from where it happened. */
  clearProblem(): void;
}

/**
 * Follows main's settings. A change is shown once main confirms it; a failed one leaves the
 * controls on the value in force (read back from main) and says why, in plain words.
 */
export function useSettings(bridge: BedtimeBridge | null): SettingsView {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [isLoaded, setIsLoaded] = useState(false);
  const [storage, setStorage] = useState<SettingsStorage>('saved');
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    const stop = bridge.on('settingsChanged', setSettings);
    void bridge.getSettings().then((result) => {
      if (!isCurrent || !result.ok) return;
      setSettings(result.value);
      setIsLoaded(true);
    });
    void bridge.getSettingsStorage().then((result) => {
      if (isCurrent && result.ok) setStorage(result.value);
    });
    return () => {
      isCurrent = false;
      stop();
    };
  }, [bridge]);

  const changeVia = useCallback(
    async (
      fields: readonly (keyof SettingsPatch)[],
      call: (bridge: BedtimeBridge) => Promise<IpcResult<Settings>>,
    ) => {
      if (!bridge) return false;
      setProblem(null);
      const result = await call(bridge);
      if (result.ok) {
        setSettings(result.value);
        return true;
      }
      setProblem({
        fields,
        message: result.error.code === 'not-saved' ? result.error.message : t('settings.notSaved'),
      });
      // Show what is really in force, whatever the control was moved to.
      const inForce = await bridge.getSettings();
      if (inForce.ok) setSettings(inForce.value);
      return false;
    },
    [bridge],
  );
  const update = useCallback(
    (patch: WindowSettingsPatch) =>
      changeVia(Object.keys(patch) as (keyof SettingsPatch)[], (b) => b.updateSettings(patch)),
    [changeVia],
  );

  const clearProblem = useCallback(() => setProblem(null), []);
  return { settings, isLoaded, storage, problem, update, changeVia, clearProblem };
}
