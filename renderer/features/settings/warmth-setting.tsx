import { useRef, useState, type ReactNode } from 'react';
import type { ReducedFeeling } from '../../../core/settings/settings-schema';
import { t } from '../../i18n';

/**
 * Warmth in routines, under My health: left out or included. Feeling in the legs is asked once,
 * among the conditions just above (ticking one in which skin can burn unfelt leaves warmth out);
 * this only says what is in force and lets the user choose. Leaving warmth out is one click;
 * including it (after it was left out, or before the question was ever answered) asks first,
 * with a plain warning about burns.
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
      <legend>{t('settings.warmth')}</legend>
      <p className="screen__text--quiet">{t('settings.warmthHint')}</p>
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
        <span>{t('settings.warmth.off')}</span>
      </label>
      <label className="field--toggle">
        <input
          type="radio"
          name="reduced-feeling"
          ref={onRadio}
          checked={reducedFeeling === 'no'}
          onChange={() => setIsAsking(true)}
        />
        <span>{t('settings.warmth.on')}</span>
      </label>
      {reducedFeeling === 'unknown' && (
        <p className="screen__text--quiet">{t('settings.warmth.unknown')}</p>
      )}
      {isAsking && (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="warmth-confirm"
          aria-describedby="warmth-why"
        >
          <h3 id="warmth-confirm" className="confirm__title">
            {reducedFeeling === 'yes' ? t('warmth.confirmTitle') : t('warmth.confirmTitleFirst')}
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
