import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce>(() => {});

/**
 * Provides `useAnnounce()`: messages spoken by screen readers through one polite live region.
 *
 * The region is always in the page (a region added late is often not read), and a repeated
 * message is re-announced by toggling a zero-width suffix.
 */
export function LiveAnnouncer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback<Announce>((next) => {
    setMessage((previous) => (previous === next ? `${next}\u200b` : next));
  }, []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

/** The function that announces a message to screen-reader users. */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
