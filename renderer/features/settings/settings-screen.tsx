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
import { LegSetting } from './leg-setting';
import { ReminderDelivery } from './reminder-delivery';
import { ReminderSettings } from './reminder-settings';
import { SaveProblemNote, SettingsSection, Toggle } from './settings-section';
import { WarmthSetting } from './warmth-setting';
import './settings.css';

type Field = keyof SettingsPatch;

/**
 * Settings, in five groups: Routine, Reminders, Sound, My health and Your data, each fact asked
 * once. Every change is saved at once by main; a change that could not be saved is explained
 * beside the control, which shows the value really in force.
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
  const problemAt = (...fields: Field[]) =>
    problem?.fields[0] !== undefined && fields.includes(problem.fields[0]) ? (
      <SaveProblemNote message={problem.message} />
    ) : null;
  return (
    <>
      <h1 className="screen__heading">{t('settings.heading')}</h1>
      {storage === 'memory-only' && (
        <p className="notice" role="status">
          {t('settings.memoryOnly')}
        </p>
      )}
      <SettingsSection
        id="settings-routine"
        title={t('settings.routine')}
        intro={t('settings.routineIntro')}
      >
        <LegSetting
          settings={settings}
          onChange={onChange}
          problem={problemAt('crampLeg', 'favourSide')}
        />
        <Toggle
          label={t('settings.pauseOnLock')}
          isOn={settings.pauseOnScreenLock}
          onChange={(pauseOnScreenLock) => onChange({ pauseOnScreenLock })}
        />
        {problemAt('pauseOnScreenLock')}
        {onWelcomeAgain && (
          <>
            <p className="screen__text--quiet">{t('welcome.againHint')}</p>
            <button type="button" className="button" onClick={onWelcomeAgain}>
              {t('welcome.again')}
            </button>
          </>
        )}
      </SettingsSection>
      <SettingsSection
        id="settings-reminders"
        title={t('settings.reminders')}
        intro={t('settings.remindersIntro')}
      >
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
      </SettingsSection>
      <SettingsSection
        id="settings-sound"
        title={t('settings.sound')}
        intro={t('settings.soundIntro')}
      >
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
      </SettingsSection>
      <SettingsSection
        id="settings-health"
        title={t('settings.health')}
        intro={t('health.private')}
      >
        <HealthNotesForm
          notes={settings.healthNotes}
          isHeatLeftOut={settings.reducedFeeling === 'yes'}
          onChange={(healthNotes) => onChange({ healthNotes })}
        />
        {problemAt('healthNotes')}
        <WarmthSetting
          reducedFeeling={settings.reducedFeeling}
          onChange={(reducedFeeling) => onChange({ reducedFeeling })}
          problem={problemAt('reducedFeeling')}
        />
      </SettingsSection>
      <SettingsSection
        id="settings-data"
        title={t('settings.data')}
        intro={t('settings.dataIntro')}
      >
        <Backups bridge={bridge} />
      </SettingsSection>
    </>
  );
}
