import { memo } from 'react';
import { t } from '../../i18n';

interface PlayerControlsProps {
  readonly isPaused: boolean;
  readonly isMuted: boolean;
  onTogglePause(): void;
  onToggleMute(): void;
  onBack(): void;
  onSkip(): void;
  onStop(): void;
}

/** The four large controls, each also on a key (see the hint under them). */
export const PlayerControls = memo(function PlayerControls(props: PlayerControlsProps) {
  return (
    <div className="player-controls" role="group" aria-label={t('player.label')}>
      <button type="button" className="button" onClick={props.onBack} aria-keyshortcuts="ArrowLeft">
        {t('player.back')}
      </button>
      <button
        type="button"
        className="button button--primary"
        onClick={props.onTogglePause}
        aria-keyshortcuts="Space"
      >
        {props.isPaused ? t('player.resume') : t('player.pause')}
      </button>
      <button
        type="button"
        className="button"
        onClick={props.onSkip}
        aria-keyshortcuts="ArrowRight"
      >
        {t('player.skip')}
      </button>
      <button
        type="button"
        className="button"
        onClick={props.onToggleMute}
        aria-pressed={props.isMuted}
        aria-keyshortcuts="M"
      >
        {props.isMuted ? t('player.unmute') : t('player.mute')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={props.onStop}
        aria-keyshortcuts="Escape"
      >
        {t('player.stop')}
      </button>
    </div>
  );
});
