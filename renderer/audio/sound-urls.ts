import type { CueSound } from '../../core/session/cue-plan';
import completeUrl from '../../assets/sounds/complete.ogg';
import endUrl from '../../assets/sounds/end.ogg';
import halfwayUrl from '../../assets/sounds/halfway.ogg';
import startUrl from '../../assets/sounds/start.ogg';
import switchUrl from '../../assets/sounds/switch.ogg';
import tickUrl from '../../assets/sounds/tick.ogg';

/** Where each cue's sound file is served from (Vite adds a content hash). */
export const SOUND_URLS: Readonly<Record<CueSound, string>> = {
  start: startUrl,
  halfway: halfwayUrl,
  switch: switchUrl,
  tick: tickUrl,
  end: endUrl,
  complete: completeUrl,
};
