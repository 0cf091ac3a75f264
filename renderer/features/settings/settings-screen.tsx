import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type {
  Settings,
  SettingsPatch,
  WindowSettingsPatch,
  SettingsStorage,
} from '../../../core/settings/settings-schema';
import { VolumeSlider } from '../../components/volume-slider';
import { t } from '../../i18n';
import type { SaveProblem } from '../../settings/use-settings';
import { HealthNotesForm } from '../health/health-notes-form';
import { Backups } from './backups';
import { ReminderDelivery } from './reminder-delivery';
import { ReminderSettings } from './reminder-settings';
import { WarmthSetting } from './warmth-setting';

type Field = keyof SettingsPatch;

/**
 * Settings: sound and comfort. Every change is saved at once by main; a change that could not be
 * saved is explained beside the control, which shows the value really in force.
 */
export function SettingsScreen({
  settings,
  storage,
  problem,
  onChange,
  onTestReminder = () => {},
  bridge = null,
  onWelcomeAgain,
}: {
  settings: Settings;
  storage: SettingsStorage;
  problem: SaveProblem | null;
  onChange(patch: WindowSettingsPatch): void;
  onTestReminder?(): void;
  bridge?: BedtimeBridge | null;
  /** Goes through the welcome's questions again. */
  onWelcomeAgain?(): void;
}) {
  const problemAt = (field: Field) =>
    problem?.fields[0] === field ? <SaveProblemNote message={problem.message} /> : null;
  return (
    <>
      <h1 className="screen__heading">{t('settings.heading')}</h1>
      {storage === 'memory-only' && (
        <p className="notice" role="status">
          {t('settings.memoryOnly')}
        </p>
      )}
      <ReminderSettings
        schedule={settings.reminderSchedule}
        onChange={(reminderSchedule) => onChange({ reminderSchedule })}
        onTest={onTestReminder}
      />
      {problemAt('reminderSchedule')}
      <ReminderDelivery
        style={settings.reminderStyle}
        launchAtLogin={settings.launchAtLogin}
        onStyle={(reminderStyle) => onChange({ reminderStyle })}
        onLaunchAtLogin={(launchAtLogin) => onChange({ launchAtLogin })}
        problemAt={problemAt}
      />
      <fieldset className="settings-group">
        <legend>{t('settings.sound')}</legend>
        <VolumeSlider
          label={t('settings.volume')}
          volume={settings.volume}
          onChange={(volume) => onChange({ volume })}
        />
        {problemAt('volume')}
        <Toggle
          label={t('settings.mute')}
          isOn={settings.isMuted}
          onChange={(isMuted) => onChange({ isMuted })}
        />
        {problemAt('isMuted')}
        <Toggle
          label={t('settings.speak')}
          isOn={settings.speakPrompts}
          onChange={(speakPrompts) => onChange({ speakPrompts })}
        />
        {problemAt('speakPrompts')}
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('settings.comfort')}</legend>
        <fieldset className="field field--choice">
          <legend>{t('settings.favour')}</legend>
          <p className="screen__text--quiet">{t('settings.favourHint')}</p>
          {(['left', 'right', null] as const).map((side) => (
            <label className="field--toggle" key={side ?? 'neither'}>
              <input
                type="radio"
                name="favour-side"
                checked={settings.favourSide === side}
                onChange={() => onChange({ favourSide: side })}
              />
              <span>{t(`settings.favour.${side ?? 'neither'}`)}</span>
            </label>
          ))}
          {problemAt('favourSide')}
        </fieldset>
        <fieldset className="field field--choice">
          <legend>{t('welcome.leg')}</legend>
          <p className="screen__text--quiet">{t('settings.crampLegHint')}</p>
          {(['left', 'right', 'both', 'varies'] as const).map((leg) => (
            <label className="field--toggle" key={leg}>
              <input
                type="radio"
                name="cramp-leg"
                checked={settings.crampLeg === leg}
                onChange={() => onChange({ crampLeg: leg })}
              />
              <span>{t(`welcome.leg.${leg}`)}</span>
            </label>
          ))}
          {problemAt('crampLeg')}
        </fieldset>
        <Toggle
          label={t('settings.pauseOnLock')}
          isOn={settings.pauseOnScreenLock}
          onChange={(pauseOnScreenLock) => onChange({ pauseOnScreenLock })}
        />
        {problemAt('pauseOnScreenLock')}
        <WarmthSetting
          reducedFeeling={settings.reducedFeeling}
          onChange={(reducedFeeling) => onChange({ reducedFeeling })}
          problem={problemAt('reducedFeeling')}
        />
      </fieldset>
      <HealthNotesForm
        notes={settings.healthNotes}
        isHeatLeftOut={settings.reducedFeeling === 'yes'}
        onChange={(healthNotes) => onChange({ healthNotes })}
      />
      {problemAt('healthNotes')}
      <Backups bridge={bridge} />
      {onWelcomeAgain && (
        <div className="settings-group">
          <p className="screen__text--quiet">{t('welcome.againHint')}</p>
          <button type="button" className="button button--large" onClick={onWelcomeAgain}>
            {t('welcome.again')}
          </button>
        </div>
      )}
    </>
  );
}

function SaveProblemNote({ message }: { message: string }) {
  return (
    <p className="notice notice--inline" role="alert">
      {message}
    </p>
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
