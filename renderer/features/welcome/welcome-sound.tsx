import { useState } from 'react';
import type { Settings } from '../../../core/settings/settings-schema';
import { VolumeSlider } from '../../components/volume-slider';
import { t } from '../../i18n';

/** Plays a cue and says a prompt at a volume; answers whether the prompt could be spoken. */
export type SoundCheck = (prompt: string, volume: number) => { readonly isSpoken: boolean };

/**
 * Welcome, screen 3: a cue and a spoken prompt at the night volume, with the volume beside the
 * button, and a caption for each sound (what chimed, what was said, or that no voice exists).
 */
export function WelcomeSound({
  settings,
  soundCheck,
  onVolume,
  onNext,
}: {
  settings: Settings;
  soundCheck: SoundCheck;
  onVolume(volume: number): void;
  onNext(): void;
}) {
  const [heard, setHeard] = useState<{ isSpoken: boolean } | null>(null);
  const prompt = t('welcome.soundPrompt');
  return (
    <>
      <p className="screen__text">{t('welcome.soundIntro')}</p>
      <div className="welcome-sound">
        <button
          type="button"
          className="button button--large"
          onClick={() => setHeard(soundCheck(prompt, settings.volume))}
        >
          {t('welcome.soundPlay')}
        </button>
        <VolumeSlider label={t('welcome.volume')} volume={settings.volume} onChange={onVolume} />
      </div>
      <div role="status" className="caption">
        {heard &&
          (settings.isMuted || settings.volume === 0 ? (
            <p>{t(settings.isMuted ? 'welcome.soundMuted' : 'welcome.soundSilent')}</p>
          ) : (
            <>
              <p>{t('welcome.soundChime')}</p>
              <p>
                {heard.isSpoken ? t('welcome.soundSpoken', { prompt }) : t('welcome.soundNoVoice')}
              </p>
            </>
          ))}
      </div>
      {/* Next stays in view at the foot of the window, however long the screen. */}
      <div className="welcome__next">
        <button type="button" className="button button--primary button--large" onClick={onNext}>
          {t('welcome.next')}
        </button>
      </div>
    </>
  );
}
