import { useEffect, useRef, useState } from 'react';
import type { CueSound } from '../../core/session/cue-plan';
import type { CueEvent, SessionSnapshot } from '../../core/session/session-state';
import type { Settings } from '../../core/settings/settings-schema';
import { segmentSpeech } from '../features/player/player-text';
import { t } from '../i18n';
import type { CuePlayer } from './cue-player';
import type { Speaker } from './speech';

/** How long a caption stays on screen. */
export const CAPTION_MS = 4_000;

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
 * re-render), speaks the prompt when a new segment starts, falls silent when the routine pauses
 * or stops, and returns the caption for the last sound, which stays up for a few seconds.
 */
export function useCueAudio(
  player: CuePlayer | null,
  speaker: Speaker | null,
  snapshot: SessionSnapshot,
  lastSoundCue: CueEvent | null,
  settings: Settings,
): string | null {
  const [expiredCue, setExpiredCue] = useState<CueEvent | null>(null);
  const playedCue = useRef<CueEvent | null>(null);
  const spokenSegment = useRef<string | null>(null);

  useEffect(() => {
    player?.setVolume(settings.volume);
    player?.setMuted(settings.isMuted);
  }, [player, settings.volume, settings.isMuted]);

  // Each sounding cue plays once, and its caption comes down after a few seconds.
  useEffect(() => {
    if (!lastSoundCue?.sound || lastSoundCue === playedCue.current) return;
    playedCue.current = lastSoundCue;
    player?.play(lastSoundCue.sound);
    const timer = setTimeout(() => setExpiredCue(lastSoundCue), CAPTION_MS);
    return () => clearTimeout(timer);
  }, [lastSoundCue, player]);

  const isRunning = snapshot.status === 'running';
  const speechKey =
    snapshot.status === 'idle'
      ? null
      : snapshot.status === 'completed'
        ? `${snapshot.routine.id}:completed:${snapshot.anchorSeq}`
        : `${snapshot.routine.id}:${snapshot.segment.index}:${snapshot.anchorSeq}`;
  useEffect(() => {
    if (!isRunning) speaker?.stop();
  }, [isRunning, speaker]);
  useEffect(() => {
    if (snapshot.status === 'idle' || snapshot.status === 'paused') return;
    if (speechKey === spokenSegment.current) return;
    spokenSegment.current = speechKey;
    if (!settings.speakPrompts || settings.isMuted) return;
    if (snapshot.status === 'completed') {
      speaker?.say(t('speech.complete'), settings.volume);
      return;
    }
    const isSegmentStart = snapshot.elapsedMs - snapshot.segment.startMs < 1_000;
    const text = segmentSpeech(snapshot);
    if (isSegmentStart && text) speaker?.say(text, settings.volume);
  }, [speechKey, snapshot, speaker, settings.speakPrompts, settings.isMuted, settings.volume]);

  const isCaptionUp = lastSoundCue?.sound && lastSoundCue !== expiredCue;
  return isCaptionUp && lastSoundCue.sound ? t(CAPTION_KEYS[lastSoundCue.sound]) : null;
}
