import { useEffect, useRef, useState } from 'react';
import type { CueSound } from '../../core/session/cue-plan';
import type { CueEvent, SessionSnapshot } from '../../core/session/session-state';
import type { Settings } from '../../core/settings/settings-schema';
import { segmentSpeech } from '../features/player/player-text';
import { t } from '../i18n';
import type { CuePlayer } from './cue-player';
import type { Speaker } from './speech';

/** How long a caption stays on screen. */
const CAPTION_MS = 4_000;

/** The caption shown for each sound. */
export const CAPTION_KEYS = {
  start: 'caption.start',
  halfway: 'caption.halfway',
  switch: 'caption.switch',
  tick: 'caption.tick',
  end: 'caption.end',
  complete: 'caption.complete',
} as const satisfies Record<CueSound, string>;

/**
 * Sounds the session: plays each cue's sound once (a cue is never replayed, even after a
 * re-render), speaks the prompt when a new segment starts, and returns the caption for the last
 * sound, which stays visible for a few seconds.
 */
export function useCueAudio(
  player: CuePlayer | null,
  speaker: Speaker | null,
  snapshot: SessionSnapshot,
  lastCue: CueEvent | null,
  settings: Settings,
): string | null {
  const [caption, setCaption] = useState<string | null>(null);
  const playedCue = useRef<CueEvent | null>(null);
  const spokenSegment = useRef<string | null>(null);

  useEffect(() => {
    player?.setVolume(settings.volume);
    player?.setMuted(settings.isMuted);
  }, [player, settings.volume, settings.isMuted]);

  useEffect(() => {
    if (!lastCue || lastCue === playedCue.current || !lastCue.sound) return;
    playedCue.current = lastCue;
    player?.play(lastCue.sound);
    setCaption(t(CAPTION_KEYS[lastCue.sound]));
    const timer = setTimeout(() => setCaption(null), CAPTION_MS);
    return () => clearTimeout(timer);
  }, [lastCue, player]);

  const segmentKey =
    snapshot.status === 'running'
      ? `${snapshot.routine.id}:${snapshot.segment.index}:${snapshot.segment.startMs}`
      : null;
  useEffect(() => {
    if (
      snapshot.status !== 'running' ||
      segmentKey === null ||
      segmentKey === spokenSegment.current
    )
      return;
    spokenSegment.current = segmentKey;
    const isSegmentStart = snapshot.elapsedMs - snapshot.segment.startMs < 1_000;
    const text = segmentSpeech(snapshot);
    if (isSegmentStart && text && settings.speakPrompts && !settings.isMuted)
      speaker?.say(text, settings.volume);
  }, [segmentKey, snapshot, speaker, settings.speakPrompts, settings.isMuted, settings.volume]);

  return caption;
}
