import { useEffect, useId, useRef, type KeyboardEvent } from 'react';

/**
 * A question before something that cannot be taken back (stopping a routine, throwing away a
 * cramp being entered): an alert dialog whose safe answer has the keyboard, so a stray Enter or
 * Escape loses nothing. Escape gives the safe answer; Tab stays on the dialog's two buttons.
 */
export function SafeChoiceDialog({
  title,
  text,
  safe,
  risky,
  onSafe,
  onRisky,
  isLarge = false,
}: {
  title: string;
  /** A line under the title saying what would be lost, if it needs saying. */
  text?: string;
  /** The safe answer's words ("Keep going"). */
  safe: string;
  /** The other answer's words ("Stop the routine"). */
  risky: string;
  onSafe(): void;
  onRisky(): void;
  /** Large buttons, for a dialog over the whole window. */
  isLarge?: boolean;
}) {
  const titleId = useId();
  const textId = useId();
  const safeButton = useRef<HTMLButtonElement>(null);
  const riskyButton = useRef<HTMLButtonElement>(null);
  useEffect(() => safeButton.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onSafe();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      (document.activeElement === safeButton.current ? riskyButton : safeButton).current?.focus();
    }
  };
  const size = isLarge ? ' button--large' : '';
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={text ? textId : undefined}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId} className="confirm__title">
        {title}
      </h2>
      {text && (
        <p id={textId} className="screen__text">
          {text}
        </p>
      )}
      <div className="confirm__buttons">
        <button
          ref={safeButton}
          type="button"
          className={`button button--primary${size}`}
          onClick={onSafe}
        >
          {safe}
        </button>
        <button ref={riskyButton} type="button" className={`button${size}`} onClick={onRisky}>
          {risky}
        </button>
      </div>
    </div>
  );
}
