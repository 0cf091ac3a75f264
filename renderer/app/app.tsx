import { useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../core/ipc/bridge';
import { LiveAnnouncer, useAnnounce } from '../components/live-announcer';
import { ScreenNav } from '../components/screen-nav';
import { JournalScreen } from '../features/journal/journal-screen';
import { RoutinesScreen } from '../features/routines/routines-screen';
import { SettingsScreen } from '../features/settings/settings-screen';
import { TonightScreen } from '../features/tonight/tonight-screen';
import { t } from '../i18n';
import { SCREEN_LABELS, type Screen } from './screens';

/** The app's root: navigation, the current screen and the calm guidance footer. */
export function App({ bridge }: { readonly bridge: BedtimeBridge | null }) {
  return (
    <LiveAnnouncer>
      <AppShell bridge={bridge} />
    </LiveAnnouncer>
  );
}

function AppShell({ bridge }: { readonly bridge: BedtimeBridge | null }) {
  const [screen, setScreen] = useState<Screen>('tonight');
  const [version, setVersion] = useState<string | null>(null);
  const announce = useAnnounce();

  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    void bridge.getAppInfo().then((result) => {
      if (isCurrent && result.ok) setVersion(result.value.version);
    });
    const stop = bridge.on('navigate', ({ screen: next }) => setScreen(next));
    return () => {
      isCurrent = false;
      stop();
    };
  }, [bridge]);

  const show = (next: Screen) => {
    if (next !== screen) announce(t('nav.screenAnnouncement', { screen: t(SCREEN_LABELS[next]) }));
    setScreen(next);
  };

  return (
    <div className="app">
      <header className="app__header">
        <p className="app__name">{t('app.name')}</p>
        <ScreenNav current={screen} onSelect={show} />
      </header>
      <main
        className="screen"
        role="tabpanel"
        id={`panel-${screen}`}
        aria-labelledby={`tab-${screen}`}
        tabIndex={0}
      >
        {!bridge && (
          <p className="notice" role="alert">
            {t('error.bridgeMissing')}
          </p>
        )}
        <CurrentScreen screen={screen} />
      </main>
      <footer className="app__footer">
        <p>{t('footer.guidance')}</p>
        {version && <p className="app__version">{t('footer.version', { version })}</p>}
      </footer>
    </div>
  );
}

function CurrentScreen({ screen }: { readonly screen: Screen }) {
  switch (screen) {
    case 'tonight':
      return <TonightScreen />;
    case 'routines':
      return <RoutinesScreen />;
    case 'journal':
      return <JournalScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}
