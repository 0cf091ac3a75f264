import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '../../../core/settings/settings-schema';
import { t } from '../../i18n';
import { WelcomeEvenings } from './welcome-evenings';
import { WelcomeLegs } from './welcome-legs';
import { WelcomeReady } from './welcome-ready';
import { WelcomeSound, type SoundCheck } from './welcome-sound';

const STEPS = 4;

/**
 * The welcome on first launch: at most four short screens (legs and warmth; bedtime, reminder and
 * minutes; a sound check at the night volume; tonight ready), each answer saved as the setting it
 * is when the user moves on, so nothing is lost if the app closes half way. Skippable from every
 * screen, all by keyboard; it ends on "Start tonight's routine" or "Later".
 */
export function Welcome({
  settings,
  onChange,
  soundCheck,
  tonightRoutineName,
  problem = null,
  onDone,
}: {
  settings: Settings;
  /** Saves a change; resolves `true` once main has saved it. */
  onChange(patch: SettingsPatch): Promise<boolean>;
  soundCheck: SoundCheck;
  tonightRoutineName: string;
  /** Why the last answer could not be saved. */
  problem?: string | null;
  /** The welcome is over: start tonight's routine, or not. */
  onDone(startTonight: boolean): void;
}) {
  const [step, setStep] = useState(1);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);
  // A save that fails is said (main's words, at the top) but never traps the user here: the app
  // stays usable, and an unsaved "seen" brings the welcome back at the next launch.
  const finish = async (startTonight: boolean) => {
    await onChange({ welcomeSeen: true });
    onDone(startTonight);
  };
  /** Saves a screen's answers, then moves on. */
  const next = async (patch: SettingsPatch) => {
    if (Object.keys(patch).length > 0) await onChange(patch);
    setStep(step + 1);
  };
  const frame = (title: string, body: ReactNode) => (
    <section className="welcome" aria-labelledby="welcome-heading">
      <p className="welcome__step">{t('welcome.step', { step, steps: STEPS })}</p>
      <h1 id="welcome-heading" ref={heading} tabIndex={-1} className="screen__heading">
        {title}
      </h1>
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
      {body}
      <div className="button-row welcome__skip">
        {step > 1 && (
          <button type="button" className="button" onClick={() => setStep(step - 1)}>
            {t('welcome.back')}
          </button>
        )}
        {step < STEPS && (
          <button type="button" className="button button--quiet" onClick={() => void finish(false)}>
            {t('welcome.skip')}
          </button>
        )}
      </div>
    </section>
  );
  switch (step) {
    case 1:
      return frame(t('welcome.heading'), <WelcomeLegs settings={settings} onNext={next} />);
    case 2:
      return frame(
        t('welcome.eveningHeading'),
        <WelcomeEvenings settings={settings} onNext={next} />,
      );
    case 3:
      return frame(
        t('welcome.soundHeading'),
        <WelcomeSound
          settings={settings}
          soundCheck={soundCheck}
          onVolume={(volume) => void onChange({ volume })}
          onNext={() => setStep(step + 1)}
        />,
      );
    default:
      return frame(
        t('welcome.readyHeading'),
        <WelcomeReady
          settings={settings}
          routineName={tonightRoutineName}
          onStart={() => void finish(true)}
          onLater={() => void finish(false)}
        />,
      );
  }
}
