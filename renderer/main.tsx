import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_VOLUME } from '../core/settings/settings-defaults';
import { App } from './app/app';
import { CuePlayer } from './audio/cue-player';
import { SOUND_URLS } from './audio/sound-urls';
import { Speaker } from './audio/speech';
import { getBridge } from './bridge';
import { preloadIllustrations } from './features/player/illustration-urls';
import { ReminderCard, type Chime } from './features/reminder/reminder-card';
import { t } from './i18n';
import './styles/theme.css';

document.documentElement.lang = t('app.lang');
document.title = t('app.name');

/** The reminder's one soft chime: the routine's start bell, at the user's night volume. */
const chime: Chime = (volume) => new CuePlayer(SOUND_URLS, volume).play('start');

const container = document.getElementById('root');
if (container && window.location.hash === '#reminder') {
  // The app's own small reminder window (see main/reminders/reminder-window.ts).
  document.title = t('reminder.windowTitle');
  createRoot(container).render(
    <StrictMode>
      <ReminderCard bridge={getBridge()} chime={chime} />
    </StrictMode>,
  );
} else if (container) {
  // Sounds load now, so the first cue plays on time.
  const audio = { player: new CuePlayer(SOUND_URLS, DEFAULT_VOLUME), speaker: new Speaker() };
  createRoot(container).render(
    <StrictMode>
      <App bridge={getBridge()} audio={audio} />
    </StrictMode>,
  );
  // After the first screen has painted, when nothing else is waiting.
  requestIdleCallback(preloadIllustrations, { timeout: 2_000 });
}
