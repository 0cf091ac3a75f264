import { useSyncExternalStore } from 'react';
import type { BedtimeBridge } from '../core/ipc/bridge';

/*
 * The time zone the window shows and reads times in: main's, asked for before the first screen
 * and again whenever the window comes back into view (the user may have travelled, or changed the
 * system's zone, which Chromium would not notice). Until main answers, Chromium's own.
 */

let zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const listeners = new Set<() => void>();

/** The zone every time in the window is shown and read in. */
export const appTimeZone = (): string => zone;

/** Takes main's zone; a change redraws what shows times (see `useAppTimeZone`). */
export function setAppTimeZone(next: string): void {
  if (next === zone) return;
  zone = next;
  for (const listener of listeners) listener();
}

/** Asks main for its zone now. */
export async function refreshAppTimeZone(bridge: BedtimeBridge | null): Promise<void> {
  const result = await bridge?.getTimeZone();
  if (result?.ok) setAppTimeZone(result.value);
}

/** The zone, for a component that must redraw when it changes. */
export function useAppTimeZone(): string {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, appTimeZone);
}
