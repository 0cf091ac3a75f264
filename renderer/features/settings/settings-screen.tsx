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
        <fieldset className="field field--choice">
          <legend>{t('settings.reducedFeeling')}</legend>
          <p className="screen__text--quiet">{t('heat.why')}</p>
          <label className="field--toggle">
            <input
              type="radio"
              name="reduced-feeling"
              checked={settings.reducedFeeling === 'yes'}
              onChange={() => onChange({ reducedFeeling: 'yes' })}
            />
            <span>{t('heat.yes')}</span>
          </label>
          <label className="field--toggle">
            <input
              type="radio"
              name="reduced-feeling"
              checked={settings.reducedFeeling === 'no'}
              onChange={() => onChange({ reducedFeeling: 'no' })}
            />
            <span>{t('heat.no')}</span>
          </label>
          {settings.reducedFeeling === 'unknown' && (
            <p className="screen__text--quiet">{t('settings.reducedFeeling.unknown')}</p>
          )}
        </fieldset>
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
