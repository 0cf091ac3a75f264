import { useEffect, useRef } from 'react';
import type { CueSound } from '../../core/session/cue-plan';
import type { CueEvent, FullSessionSnapshot } from '../../core/session/session-state';
import type { Settings } from '../../core/settings/settings-schema';
import { endingWords, segmentSpeech } from '../features/player/player-text';
import { t } from '../i18n';
import type { ValueStore } from '../session/value-store';
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
 * Sounds the session: plays each cue's sound once, as it arrives (a cue is never replayed, and
 * nothing re-renders for it), speaks the prompt when a new segment starts, and falls silent when
 * the routine pauses or stops. The caption is `CueCaption`'s, from the same store.
 */
export function useCueAudio(
  player: CuePlayer | null,
  speaker: Speaker | null,
  snapshot: FullSessionSnapshot,
  soundCues: ValueStore<CueEvent | null>,
  settings: Settings,
): void {
  const spokenSegment = useRef<string | null>(null);

  useEffect(() => {
    player?.setVolume(settings.volume);
    player?.setMuted(settings.isMuted);
  }, [player, settings.volume, settings.isMuted]);

  useEffect(() => {
    if (!player) return;
    let played = soundCues.get();
    return soundCues.subscribe(() => {
      const cue = soundCues.get();
      if (!cue?.sound || cue === played) return;
      played = cue;
      player.play(cue.sound);
    });
  }, [player, soundCues]);

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
      speaker?.say(endingWords(snapshot).spoken, settings.volume);
      return;
    }
    const isSegmentStart = snapshot.elapsedMs - snapshot.segment.startMs < 1_000;
    const text = segmentSpeech(snapshot);
    if (isSegmentStart && text) speaker?.say(text, settings.volume);
  }, [speechKey, snapshot, speaker, settings.speakPrompts, settings.isMuted, settings.volume]);
}

/** The words of a cue's caption, or `null` for a silent cue. */
export function captionOf(cue: CueEvent | null): string | null {
  return cue?.sound ? t(CAPTION_KEYS[cue.sound]) : null;
}
