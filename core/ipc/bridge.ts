import type { EventName, EventPayloadOf, InvokeMethod, RequestOf, ResponseOf } from './contract';
import type { IpcResult } from './ipc-result';

/** One bridge method: no argument when the channel takes no payload. */
type BridgeMethod<M extends InvokeMethod> = [RequestOf<M>] extends [undefined]
  ? () => Promise<IpcResult<ResponseOf<M>>>
  : (payload: RequestOf<M>) => Promise<IpcResult<ResponseOf<M>>>;

/**
 * The API the preload exposes as `window.bedtime`, derived from the contract.
 *
 * This is the bridge's only declaration; the preload implements it and the renderer consumes it.
 */
export type BedtimeBridge = { readonly [M in InvokeMethod]: BridgeMethod<M> } & {
  /** Listens to a main-process event; returns a function that stops listening. */
  readonly on: <E extends EventName>(
    event: E,
    listener: (payload: EventPayloadOf<E>) => void,
  ) => () => void;
};

/** The global name the bridge is exposed under. */
export const BRIDGE_GLOBAL_NAME = 'bedtime';
