import type { MessageKey } from '../i18n';

/** The app's top-level screens, in the order the navigation shows them. */
export const SCREENS = ['tonight', 'routines', 'journal', 'learn', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

/** The navigation label of each screen. */
export const SCREEN_LABELS: Readonly<Record<Screen, MessageKey>> = {
  tonight: 'nav.tonight',
  routines: 'nav.routines',
  journal: 'nav.journal',
  learn: 'nav.learn',
  settings: 'nav.settings',
};

/** The screen after (or before, with a negative step) `current`, wrapping around. */
export function stepScreen(current: Screen, step: number): Screen {
  const index = SCREENS.indexOf(current);
  const next = (index + step + SCREENS.length) % SCREENS.length;
  return SCREENS[next] ?? current;
}
