import { useCallback, useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../core/ipc/bridge';
import { DEFAULT_SETTINGS } from '../../core/settings/settings-defaults';
import type { Settings, SettingsPatch } from '../../core/settings/settings-schema';

/** The user's settings from main, and a way to change them. */
export function useSettings(bridge: BedtimeBridge | null): {
  settings: Settings;
  update(patch: SettingsPatch): Promise<boolean>;
} {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    const stop = bridge.on('settingsChanged', setSettings);
    void bridge.getSettings().then((result) => {
      if (isCurrent && result.ok) setSettings(result.value);
    });
    return () => {
      isCurrent = false;
      stop();
    };
  }, [bridge]);

  const update = useCallback(
    async (patch: SettingsPatch) => {
      if (!bridge) return false;
      const result = await bridge.updateSettings(patch);
      if (result.ok) setSettings(result.value);
      return result.ok;
    },
    [bridge],
  );

  return { settings, update };
}
