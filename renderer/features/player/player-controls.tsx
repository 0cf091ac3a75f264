import { memo, useId } from 'react';
import { t } from '../../i18n';

interface PlayerControlsProps {
  readonly isPaused: boolean;
  readonly isMuted: boolean;
  onTogglePause(): void;
  onToggleMute(): void;
  onBack(): void;
  onSkip(): void;
  onNextStep(): void;
  onStop(): void;
  /**
   * What "Next step" leaves out beyond this leg ("The right leg is left out too."), said beside
   * it and read with it; `null` when it leaves out nothing more than the rest of this leg.
   */
  nextStepLeavesOut: string | null;
}

/**
 * The large controls, each also on a key (see the hint under them). "Next hold" moves one hold on
 * however often it is pressed; "Next step" leaves the rest of the step, and says so beside it
 * when that includes the other leg.
 */
export const PlayerControls = memo(function PlayerControls(props: PlayerControlsProps) {
  const leavesOutId = useId();
  return (
    <>
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
          label={t('player.nextStep')}
          shortcut="N"
          onClick={props.onNextStep}
          describedBy={props.nextStepLeavesOut ? leavesOutId : undefined}
        />
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
      <p className="player__leaves-out" id={leavesOutId}>
        {props.nextStepLeavesOut ?? '\u00a0'}
      </p>
    </>
  );
});

/** One large player button, with its key announced to assistive technology. */
function ControlButton(props: {
  label: string;
  shortcut: string;
  onClick(): void;
  variant?: 'primary' | 'quiet';
  isPressed?: boolean;
  describedBy?: string | undefined;
}) {
  return (
    <button
      type="button"
      className={props.variant ? `button button--${props.variant}` : 'button'}
      onClick={props.onClick}
      aria-keyshortcuts={props.shortcut}
      aria-pressed={props.isPressed}
      aria-describedby={props.describedBy}
    >
      {props.label}
    </button>
  );
}
