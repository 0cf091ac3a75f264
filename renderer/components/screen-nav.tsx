import { useRef, type KeyboardEvent } from 'react';
import { SCREENS, SCREEN_LABELS, stepScreen, type Screen } from '../app/screens';
import { t } from '../i18n';

interface ScreenNavProps {
  readonly current: Screen;
  readonly onSelect: (screen: Screen) => void;
}

/**
 * The screen switcher, built as an ARIA tab list: Tab reaches it once, the arrow keys (and Home
 * and End) move between screens and show them at once.
 */
export function ScreenNav({ current, onSelect }: ScreenNavProps) {
  const tabs = useRef(new Map<Screen, HTMLButtonElement>());

  const select = (screen: Screen) => {
    onSelect(screen);
    tabs.current.get(screen)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, () => Screen> = {
      ArrowRight: () => stepScreen(current, 1),
      ArrowDown: () => stepScreen(current, 1),
      ArrowLeft: () => stepScreen(current, -1),
      ArrowUp: () => stepScreen(current, -1),
      Home: () => SCREENS[0],
      End: () => SCREENS[SCREENS.length - 1] ?? current,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    select(move());
  };

  return (
    <div className="screen-nav" role="tablist" aria-label={t('nav.label')} onKeyDown={onKeyDown}>
      {SCREENS.map((screen) => {
        const isCurrent = screen === current;
        return (
          <button
            key={screen}
            ref={(element) => {
              if (element) tabs.current.set(screen, element);
              else tabs.current.delete(screen);
            }}
            type="button"
            role="tab"
            id={`tab-${screen}`}
            aria-selected={isCurrent}
            aria-controls={`panel-${screen}`}
            tabIndex={isCurrent ? 0 : -1}
            className="screen-nav__tab"
            onClick={() => select(screen)}
          >
            {t(SCREEN_LABELS[screen])}
          </button>
        );
      })}
    </div>
  );
}
