import type { ReactNode } from 'react';
import type { Settings, WindowSettingsPatch } from '../../../core/settings/settings-schema';
import { t } from '../../i18n';
import { Toggle } from './settings-section';

const LEGS = ['left', 'right', 'both', 'varies'] as const;

/**
 * One question for one fact: which leg cramps more. The answer is kept as the welcome keeps it
 * (`crampLeg`, where a new diary entry starts), and a leg chosen also gets extra time in every
 * routine (`favourSide`), which the user can then turn off; with no one leg, neither gets it.
 * The extra time is offered only once a leg is chosen.
 */
export function LegSetting({
  settings,
  onChange,
  problem,
}: {
  settings: Pick<Settings, 'crampLeg' | 'favourSide'>;
  onChange(patch: WindowSettingsPatch): void;
  problem: ReactNode;
}) {
  // A settings file from before the question was asked has only the favoured leg.
  const leg = settings.crampLeg ?? settings.favourSide;
  return (
    <fieldset className="field field--choice">
      <legend>{t('settings.leg')}</legend>
      <p className="screen__text--quiet">{t('settings.crampLegHint')}</p>
      {LEGS.map((choice) => (
        <label className="field--toggle" key={choice}>
          <input
            type="radio"
            name="cramp-leg"
            checked={leg === choice}
            onChange={() =>
              onChange({
                crampLeg: choice,
                favourSide: choice === 'left' || choice === 'right' ? choice : null,
              })
            }
          />
          <span>{t(`settings.leg.${choice}`)}</span>
        </label>
      ))}
      {(leg === 'left' || leg === 'right') && (
        <>
          <Toggle
            label={t(`settings.legExtra.${leg}`)}
            isOn={settings.favourSide === leg}
            onChange={(isOn) => onChange({ favourSide: isOn ? leg : null })}
          />
          <p className="screen__text--quiet">{t('settings.legExtraHint')}</p>
        </>
      )}
      {problem}
    </fieldset>
  );
}
