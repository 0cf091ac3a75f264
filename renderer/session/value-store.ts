import { useLayoutEffect, useSyncExternalStore } from 'react';

/**
 * One value that changes often, held outside React state: only the few components that show it
 * follow it, instead of the whole tree re-rendering on every change.
 */
export interface ValueStore<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

/** A new store holding `initial`. */
export function createValueStore<T>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's current value, re-rendering the caller when it changes. */
export function useStoreValue<T>(store: ValueStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/**
 * Runs `show` now and on every change of the store, outside React's render: for the few nodes
 * that change each second (the countdown digits, the ring), writing them directly costs a
 * fraction of re-rendering. `show` must only write to nodes its component owns.
 */
export function useStoreEffect<T>(store: ValueStore<T>, show: (value: T) => void): void {
  useLayoutEffect(() => {
    show(store.get());
    return store.subscribe(() => show(store.get()));
  }, [store, show]);
}
