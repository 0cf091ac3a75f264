import { useState } from 'react';
import type { SettingsView } from '../../settings/use-settings';

/**
 * Whether the welcome shows: on a first launch (once main's settings say it is unseen) and when
 * the user asks for it again from Settings, until it is answered, skipped or closed.
 */
export function useWelcome(settings: Pick<SettingsView, 'settings' | 'isLoaded'>) {
  const [isAskedFor, setIsAskedFor] = useState(false);
  const [isClosed, setIsClosed] = useState(false);
  const isDue = settings.isLoaded && !settings.settings.welcomeSeen && !isClosed;
  return {
    isShown: isDue || isAskedFor,
    open: () => setIsAskedFor(true),
    close: () => {
      setIsAskedFor(false);
      setIsClosed(true);
    },
  };
}
