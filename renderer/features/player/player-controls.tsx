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
      <ControlButton label={t('player.back')} shortcut="ArrowLeft" onClick={props.onBack} />
      <ControlButton
        label={props.isPaused ? t('player.resume') : t('player.pause')}
        shortcut="Space"
        onClick={props.onTogglePause}
        variant="primary"
      />
      <ControlButton label={t('player.skip')} shortcut="ArrowRight" onClick={props.onSkip} />
      <ControlButton
        label={props.isMuted ? t('player.unmute') : t('player.mute')}
        shortcut="M"
        onClick={props.onToggleMute}
        isPressed={props.isMuted}
      />
      <ControlButton
        label={t('player.stop')}
        shortcut="Escape"
        onClick={props.onStop}
        variant="quiet"
      />
    </div>
  );
});

/** One large player button, with its key announced to assistive technology. */
function ControlButton(props: {
  label: string;
  shortcut: string;
  onClick(): void;
  variant?: 'primary' | 'quiet';
  isPressed?: boolean;
}) {
  return (
    <button
      type="button"
      className={props.variant ? `button button--${props.variant}` : 'button'}
      onClick={props.onClick}
      aria-keyshortcuts={props.shortcut}
      aria-pressed={props.isPressed}
    >
      {props.label}
    </button>
  );
}
