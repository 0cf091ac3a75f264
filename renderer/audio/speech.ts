/** The part of the Web Speech API the app uses (a test can pass a fake). */
export interface SpeechPort {
  getVoices(): readonly unknown[];
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

/**
 * Speaks step prompts through the system's speech synthesis, where a voice exists. With no voice
 * it stays silent and the cue sounds carry the routine. A new prompt cuts off the one before.
 */
export class Speaker {
  constructor(
    private readonly port: SpeechPort | null = typeof speechSynthesis === 'undefined'
      ? null
      : speechSynthesis,
    private readonly makeUtterance: (text: string) => SpeechSynthesisUtterance = (text) =>
      new SpeechSynthesisUtterance(text),
  ) {}

  /** Whether spoken prompts can be heard on this system. */
  get isAvailable(): boolean {
    return this.port !== null && this.port.getVoices().length > 0;
  }

  /** Says `text` softly and slowly; returns whether it was spoken. */
  say(text: string, volume: number): boolean {
    if (!this.port || !this.isAvailable) return false;
    this.port.cancel();
    const utterance = this.makeUtterance(text);
    utterance.rate = 0.85;
    utterance.volume = Math.min(1, Math.max(0, volume));
    this.port.speak(utterance);
    return true;
  }

  stop(): void {
    this.port?.cancel();
  }
}
