import { createValueStore, useStoreEffect, type ValueStore } from './value-store';

/**
 * The routine's elapsed time as main last reported it, held apart from the rest of the session
 * state: it changes every second, so only what shows it follows it.
 */
export type ElapsedStore = ValueStore<number>;

/** A new store, starting at zero. */
export function createElapsedStore(): ElapsedStore {
  return createValueStore(0);
}

/** Runs `show` now and each time main reports the time (see `useStoreEffect`). */
export const useElapsedEffect: (store: ElapsedStore, show: (elapsedMs: number) => void) => void =
  useStoreEffect;
