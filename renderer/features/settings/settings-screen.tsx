import type { Settings, SettingsPatch } from '../../../core/settings/settings-schema';
import { t } from '../../i18n';

/** Settings: sound and comfort. Every change is saved at once by main. */
export function SettingsScreen({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange(patch: SettingsPatch): void;
}) {
  return (
    <>
      <h1 className="screen__heading">{t('settings.heading')}</h1>
      <fieldset className="settings-group">
        <legend>{t('settings.sound')}</legend>
        <label className="field">
          <span>{t('settings.volume')}</span>
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={Math.round(settings.volume * 100)}
            onChange={(event) => onChange({ volume: Number(event.target.value) / 100 })}
          />
        </label>
        <Toggle
          label={t('settings.mute')}
          isOn={settings.isMuted}
          onChange={(isMuted) => onChange({ isMuted })}
        />
        <Toggle
          label={t('settings.speak')}
          isOn={settings.speakPrompts}
          onChange={(speakPrompts) => onChange({ speakPrompts })}
        />
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('settings.comfort')}</legend>
        <Toggle
          label={t('settings.pauseOnLock')}
          isOn={settings.pauseOnScreenLock}
          onChange={(pauseOnScreenLock) => onChange({ pauseOnScreenLock })}
        />
        <Toggle
          label={t('settings.reducedFeeling')}
          isOn={settings.reducedFeeling === 'yes'}
          onChange={(isOn) => onChange({ reducedFeeling: isOn ? 'yes' : 'no' })}
        />
      </fieldset>
    </>
  );
}

function Toggle(props: { label: string; isOn: boolean; onChange(isOn: boolean): void }) {
  return (
    <label className="field field--toggle">
      <input
        type="checkbox"
        checked={props.isOn}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}
