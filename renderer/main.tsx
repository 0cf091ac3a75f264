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
import { t, setWindowCatalog, type WindowCatalog } from './i18n';
import { startupMessagesEn } from '../core/i18n/messages-startup-en';
import { refreshAppTimeZone } from './app-time-zone';
import { loadAppFont } from './styles/app-font';
import './styles/theme.css';

// The window's words come from main, in the user's language, before anything is drawn.
const bridge = getBridge();
const words = bridge ? await bridge.getWindowMessages() : null;
const hasWords = words?.ok === true;
setWindowCatalog(
  hasWords ? (words.value as WindowCatalog) : (startupMessagesEn as unknown as WindowCatalog),
);
document.documentElement.lang = t('app.lang');
// Every time shown and read in the zone main uses, from the first screen.
await refreshAppTimeZone(bridge);
await loadAppFont();
document.title = t('app.name');

/** The reminder's one soft chime: the routine's start bell, at the user's night volume. */
const chime: Chime = (volume) => new CuePlayer(SOUND_URLS, volume).play('start');

const container = document.getElementById('root');
if (container && !hasWords) {
  // Without main, nothing here can work: say so plainly, in the page's own words.
  createRoot(container).render(
    <p className="notice" role="alert">
      {t('error.bridgeMissing')}
    </p>,
  );
} else if (container && window.location.hash === '#reminder') {
  // The app's own small reminder window (see main/reminders/reminder-window.ts).
  document.title = t('reminder.windowTitle');
  createRoot(container).render(
    <StrictMode>
      <ReminderCard bridge={bridge} chime={chime} />
    </StrictMode>,
  );
} else if (container) {
  // Sounds load now, so the first cue plays on time.
  const audio = { player: new CuePlayer(SOUND_URLS, DEFAULT_VOLUME), speaker: new Speaker() };
  createRoot(container).render(
    <StrictMode>
      <App bridge={bridge} audio={audio} />
    </StrictMode>,
  );
  // After the first screen has painted, when nothing else is waiting.
  requestIdleCallback(preloadIllustrations, { timeout: 2_000 });
}
