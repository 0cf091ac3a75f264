import { useRef, useState, type ReactNode } from 'react';
import type { ReducedFeeling } from '../../../core/settings/settings-schema';
import { t } from '../../i18n';

/**
 * Warmth in routines: the reduced-feeling answer. Leaving warmth out is one click; turning it back
 * on after it was left out asks first, with a plain warning about burns.
 */
export function WarmthSetting({
  reducedFeeling,
  onChange,
  problem,
}: {
  reducedFeeling: ReducedFeeling;
  onChange(reducedFeeling: ReducedFeeling): void;
  problem: ReactNode;
}) {
  const [isAsking, setIsAsking] = useState(false);
  // After the warning's answer, the keyboard goes back to the choice it came from.
  const onRadio = useRef<HTMLInputElement>(null);
  const answer = (turnOn: boolean) => {
    setIsAsking(false);
    if (turnOn) onChange('no');
    onRadio.current?.focus();
  };
  return (
    <fieldset className="field field--choice">
      <legend>{t('settings.reducedFeeling')}</legend>
      <p className="screen__text--quiet">{t('heat.why')}</p>
      <label className="field--toggle">
        <input
          type="radio"
          name="reduced-feeling"
          checked={reducedFeeling === 'yes'}
          onChange={() => {
            setIsAsking(false);
            onChange('yes');
          }}
        />
        <span>{t('heat.yes')}</span>
      </label>
      <label className="field--toggle">
        <input
          type="radio"
          name="reduced-feeling"
          ref={onRadio}
          checked={reducedFeeling === 'no'}
          onChange={() => (reducedFeeling === 'yes' ? setIsAsking(true) : onChange('no'))}
        />
        <span>{t('heat.no')}</span>
      </label>
      {reducedFeeling === 'unknown' && (
        <p className="screen__text--quiet">{t('settings.reducedFeeling.unknown')}</p>
      )}
      {isAsking && (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="warmth-confirm"
          aria-describedby="warmth-why"
        >
          <h3 id="warmth-confirm" className="confirm__title">
            {t('warmth.confirmTitle')}
          </h3>
          <p id="warmth-why" className="screen__text">
            {t('warmth.confirm')}
          </p>
          <div className="confirm__buttons">
            <button type="button" className="button" autoFocus onClick={() => answer(false)}>
              {t('warmth.confirmNo')}
            </button>
            <button type="button" className="button" onClick={() => answer(true)}>
              {t('warmth.confirmYes')}
            </button>
          </div>
        </div>
      )}
      {problem}
    </fieldset>
  );
}
