import type { BedtimeBridge } from '../../core/ipc/bridge';
import type { EventName, EventPayloadOf } from '../../core/ipc/contract';

/** An in-memory bridge for renderer tests: canned replies, and events a test can emit. */
export function createFakeBridge() {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const bridge: BedtimeBridge = {
    getAppInfo: async () => ({
      ok: true,
      value: { name: 'Bedtime Stretch', version: '9.9.9', isPackaged: false },
    }),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
  return {
    bridge,
    /** Test hook: main sends an event. */
    emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): void {
      for (const listener of listeners.get(event) ?? [])
        (listener as (p: EventPayloadOf<E>) => void)(payload);
    },
    listenerCount: (event: EventName) => listeners.get(event)?.size ?? 0,
  };
}
