import { Howl } from 'howler';
import type { CueSound } from '../../core/session/cue-plan';

/** The part of a howler sound the player uses (a test can pass a fake). */
export interface CueHowl {
  play(): unknown;
  stop(): unknown;
  volume(level: number): unknown;
}

/** Makes one preloaded sound. */
export type HowlFactory = (url: string) => CueHowl;

const createHowl: HowlFactory = (url) => new Howl({ src: [url], preload: true, html5: false });

/**
 * Plays the cue sounds. Every sound is loaded up front (a cue must sound at its instant, not after
 * a download), and starting one stops whatever cue is still ringing, so cues never pile up.
 * This is the only module that knows about howler.
 */
export class CuePlayer {
  private readonly sounds: ReadonlyMap<CueSound, CueHowl>;
  private volume: number;
  private isMuted = false;

  constructor(
    urls: Readonly<Record<CueSound, string>>,
    volume: number,
    factory: HowlFactory = createHowl,
  ) {
    this.volume = volume;
    this.sounds = new Map(
      (Object.entries(urls) as [CueSound, string][]).map(([sound, url]) => {
        const howl = factory(url);
        howl.volume(volume);
        return [sound, howl];
      }),
    );
  }

  /** Plays one cue, cutting off any cue still sounding. Silent while muted. */
  play(sound: CueSound): void {
    if (this.isMuted || this.volume <= 0) return;
    for (const howl of this.sounds.values()) howl.stop();
    this.sounds.get(sound)?.play();
  }

  setVolume(volume: number): void {
    this.volume = Math.min(1, Math.max(0, volume));
    for (const howl of this.sounds.values()) howl.volume(this.volume);
  }

  setMuted(isMuted: boolean): void {
    this.isMuted = isMuted;
    if (isMuted) for (const howl of this.sounds.values()) howl.stop();
  }
}
