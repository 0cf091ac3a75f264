import { describe, expect, it, vi } from 'vitest';
import { Speaker, type SpeechPort } from '../../../renderer/audio/speech';

const utterance = (text: string) =>
  ({ text, rate: 1, volume: 1 }) as unknown as SpeechSynthesisUtterance;

describe('Speaker', () => {
  it('stays silent when the system has no voice, so the cues carry the routine', () => {
    const port: SpeechPort = { getVoices: () => [], speak: vi.fn(), cancel: vi.fn() };
    const speaker = new Speaker(port, utterance);
    expect(speaker.isAvailable).toBe(false);
    expect(speaker.say('Next. Calf stretch.', 0.3)).toBe(false);
    expect(port.speak).not.toHaveBeenCalled();
  });

  it('speaks slowly and softly where a voice exists, cutting off the prompt before', () => {
    const port: SpeechPort = { getVoices: () => [{}], speak: vi.fn(), cancel: vi.fn() };
    const speaker = new Speaker(port, utterance);
    expect(speaker.say('Relax.', 0.3)).toBe(true);
    expect(port.cancel).toHaveBeenCalledBefore(port.speak as never);
    const spoken = vi.mocked(port.speak).mock.calls[0]![0];
    expect(spoken).toMatchObject({ text: 'Relax.', volume: 0.3 });
    expect(spoken.rate).toBeLessThan(1);
  });

  it('works without any speech API at all', () => {
    expect(new Speaker(null).say('Relax.', 0.3)).toBe(false);
  });
});
