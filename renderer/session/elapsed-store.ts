import { useSyncExternalStore } from 'react';

/**
 * The routine's elapsed time as main last reported it, held apart from the rest of the session
 * state: it changes every second, so only the few things that show it (the countdown, the
 * progress value) re-render, not the whole player.
 */
export interface ElapsedStore {
  get(): number;
  set(elapsedMs: number): void;
  subscribe(listener: () => void): () => void;
}

/** A new store, starting at zero. */
export function createElapsedStore(): ElapsedStore {
  let elapsedMs = 0;
  const listeners = new Set<() => void>();
  return {
    get: () => elapsedMs,
    set: (next) => {
      if (next === elapsedMs) return;
      elapsedMs = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The current elapsed time, re-rendering the caller when it changes. */
export function useElapsedMs(store: ElapsedStore): number {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
