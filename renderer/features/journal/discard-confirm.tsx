import { useEffect, useRef, type KeyboardEvent } from 'react';
import { t } from '../../i18n';

/**
 * Asks before the diary form's answers are thrown away, over a dimmed page: "Keep editing" has
 * the keyboard, so a second stray Escape or Enter loses nothing. Tab stays on its two buttons.
 */
export function DiscardConfirm({ onKeep, onDiscard }: { onKeep(): void; onDiscard(): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  const discard = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onKeep();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      (document.activeElement === keep.current ? discard : keep).current?.focus();
    }
  };
  return (
    <div className="modal-backdrop">
      <div
        className="confirm"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="discard-title"
        aria-describedby="discard-text"
        onKeyDown={onKeyDown}
      >
        <h2 id="discard-title" className="confirm__title">
          {t('diary.discard.title')}
        </h2>
        <p id="discard-text" className="screen__text">
          {t('diary.discard.text')}
        </p>
        <div className="confirm__buttons">
          <button
            ref={keep}
            type="button"
            className="button button--primary button--large"
            onClick={onKeep}
          >
            {t('diary.discard.keep')}
          </button>
          <button ref={discard} type="button" className="button button--large" onClick={onDiscard}>
            {t('diary.discard.confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
