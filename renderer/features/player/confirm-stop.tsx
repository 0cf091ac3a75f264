import { useEffect, useRef, type KeyboardEvent } from 'react';
import { t } from '../../i18n';

/** Asks before stopping, with "Keep going" focused so a stray key press loses nothing. */
export function ConfirmStop({ onKeepGoing, onStop }: { onKeepGoing(): void; onStop(): void }) {
  const keepGoing = useRef<HTMLButtonElement>(null);
  useEffect(() => keepGoing.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onKeepGoing();
    }
  };
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="confirm-stop-title"
      onKeyDown={onKeyDown}
    >
      <p id="confirm-stop-title" className="confirm__title">
        {t('player.confirmStop.title')}
      </p>
      <div className="confirm__buttons">
        <button
          ref={keepGoing}
          type="button"
          className="button button--primary"
          onClick={onKeepGoing}
        >
          {t('player.confirmStop.keepGoing')}
        </button>
        <button type="button" className="button" onClick={onStop}>
          {t('player.confirmStop.stop')}
        </button>
      </div>
    </div>
  );
}
