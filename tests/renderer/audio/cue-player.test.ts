import { describe, expect, it } from 'vitest';
import { CuePlayer, type CueHowl } from '../../../renderer/audio/cue-player';
import { SOUND_URLS } from '../../../renderer/audio/sound-urls';

function fakeHowls() {
  const log: string[] = [];
  const volumes = new Map<string, number>();
  const factory = (url: string): CueHowl => ({
    play: () => log.push(`play ${url}`),
    stop: () => log.push(`stop ${url}`),
    volume: (level: number) => volumes.set(url, level),
  });
  return { log, volumes, factory };
}

describe('CuePlayer', () => {
  it('loads every cue up front at the quiet night volume', () => {
    const howls = fakeHowls();
    new CuePlayer(SOUND_URLS, 0.3, howls.factory);
    expect([...howls.volumes.keys()].sort()).toEqual(Object.values(SOUND_URLS).sort());
    expect(new Set(howls.volumes.values())).toEqual(new Set([0.3]));
  });

  it('stops any cue still ringing before it plays the next: cues never pile up', () => {
    const howls = fakeHowls();
    const player = new CuePlayer(SOUND_URLS, 0.3, howls.factory);
    player.play('start');
    howls.log.length = 0;
    player.play('tick');
    const plays = howls.log.filter((line) => line.startsWith('play'));
    expect(plays).toEqual([`play ${SOUND_URLS.tick}`]);
    expect(howls.log.indexOf(`stop ${SOUND_URLS.start}`)).toBeLessThan(
      howls.log.indexOf(`play ${SOUND_URLS.tick}`),
    );
  });

  it('is silent while muted or at zero volume, and clamps the volume', () => {
    const howls = fakeHowls();
    const player = new CuePlayer(SOUND_URLS, 0.3, howls.factory);
    player.setMuted(true);
    player.play('start');
    player.setMuted(false);
    player.setVolume(0);
    player.play('start');
    expect(howls.log.filter((line) => line.startsWith('play'))).toEqual([]);
    player.setVolume(7);
    expect(howls.volumes.get(SOUND_URLS.end)).toBe(1);
  });
});
