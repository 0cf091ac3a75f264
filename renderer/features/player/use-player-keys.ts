import { useEffect } from 'react';

/** What each player key does. */
export interface PlayerKeyActions {
  togglePause(): void;
  back(): void;
  skip(): void;
  nextStep(): void;
  toggleMute(): void;
  askStop(): void;
}

const TYPING_OR_PRESSABLE = new Set(['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'A']);

/**
 * The player's keys: Space pauses or resumes, Left goes back, Right moves to the next hold, N to
 * the next step, M mutes or unmutes, Escape asks to stop.
 * Space is left to a focused button (which it presses), so one press never does two things.
 * Auto-repeat of a held key is ignored.
 */
export function usePlayerKeys(actions: PlayerKeyActions, isEnabled: boolean): void {
  useEffect(() => {
    if (!isEnabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const isOnControl = target ? TYPING_OR_PRESSABLE.has(target.tagName) : false;
      const handlers: Record<string, (() => void) | undefined> = {
        ' ': isOnControl ? undefined : actions.togglePause,
        ArrowLeft: target?.tagName === 'INPUT' ? undefined : actions.back,
        ArrowRight: target?.tagName === 'INPUT' ? undefined : actions.skip,
        Escape: actions.askStop,
        n: target?.tagName === 'INPUT' ? undefined : actions.nextStep,
        N: target?.tagName === 'INPUT' ? undefined : actions.nextStep,
        m: target?.tagName === 'INPUT' ? undefined : actions.toggleMute,
        M: target?.tagName === 'INPUT' ? undefined : actions.toggleMute,
      };
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      // A held key repeats: one press is one action, or a held Right arrow would skip step after
      // step. The repeats are still prevented, so they do not scroll the page either.
      if (event.repeat) return;
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions, isEnabled]);
}
