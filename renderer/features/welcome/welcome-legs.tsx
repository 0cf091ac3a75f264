import { useId, useState } from 'react';
import type { Settings, WindowSettingsPatch } from '../../../core/settings/settings-schema';
import { t } from '../../i18n';

type Leg = 'left' | 'right' | 'both' | 'varies';
const LEGS: readonly Leg[] = ['left', 'right', 'both', 'varies'];

/**
 * Welcome, screen 1: which leg tends to cramp (the diary's form starts on it, both legs too; left
 * or right also gets extra time in every routine), and the reduced-feeling question
 * (yes leaves warmth out). Turning warmth back on from here shows the plain warning first.
 */
export function WelcomeLegs({
  settings,
  onNext,
}: {
  settings: Settings;
  onNext(patch: WindowSettingsPatch): Promise<void>;
}) {
  const [leg, setLeg] = useState<Leg | null>(settings.crampLeg ?? settings.favourSide);
  const [feeling, setFeeling] = useState(settings.reducedFeeling);
  const legName = useId();
  const feelingName = useId();
  const isTurningWarmthOn = settings.reducedFeeling === 'yes' && feeling === 'no';
  const answers = (): WindowSettingsPatch => ({
    ...(leg ? { crampLeg: leg, favourSide: leg === 'left' || leg === 'right' ? leg : null } : {}),
    ...(feeling !== settings.reducedFeeling ? { reducedFeeling: feeling } : {}),
  });
  return (
    <>
      <p className="screen__text">{t('welcome.intro')}</p>
      <fieldset className="field field--choice choices">
        <legend>{t('welcome.leg')}</legend>
        {LEGS.map((choice) => (
          <label className="field--toggle" key={choice}>
            <input
              type="radio"
              name={legName}
              checked={leg === choice}
              onChange={() => setLeg(choice)}
            />
            <span>{t(`welcome.leg.${choice}`)}</span>
          </label>
        ))}
        <p className="screen__text--quiet">{t('welcome.legHint')}</p>
      </fieldset>
      <fieldset className="field field--choice choices">
        <legend>{t('welcome.feeling')}</legend>
        {(['yes', 'no'] as const).map((choice) => (
          <label className="field--toggle" key={choice}>
            <input
              type="radio"
              name={feelingName}
              checked={feeling === choice}
              onChange={() => setFeeling(choice)}
            />
            <span>{t(`welcome.feeling.${choice}`)}</span>
          </label>
        ))}
        <p className="screen__text--quiet">{t('welcome.feelingHint')}</p>
        {isTurningWarmthOn && (
          <p className="notice notice--calm" role="alert">
            {t('warmth.confirm')}
          </p>
        )}
      </fieldset>
      {/* Next stays in view at the foot of the window, however long the screen. */}
      <div className="welcome__next">
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => void onNext(answers())}
        >
          {t('welcome.next')}
        </button>
      </div>
    </>
  );
}
