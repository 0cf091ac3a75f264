import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { BedtimeBridge } from '../../core/ipc/bridge';
import {
  eventContract,
  invokeContract,
  type EventName,
  type InvokeMethod,
} from '../../core/ipc/contract';
import { ipcFail, ipcResultSchema } from '../../core/ipc/ipc-result';
import { mayCall, mayHear, type BridgeKind } from '../../core/ipc/window-bridges';

/**
 * Builds the `window.bedtime` object from the contract: one named method per invoke channel this
 * kind of window may use (`core/ipc/window-bridges.ts`) and a typed `on` for its events. Replies
 * and events are parsed before the page sees them; nothing else of `ipcRenderer` is reachable.
 */
export function createBridge(
  ipcRenderer: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>,
  kind: BridgeKind = 'app',
): BedtimeBridge {
  const methods: Record<string, (payload?: unknown) => Promise<unknown>> = {};
  for (const method of Object.keys(invokeContract) as InvokeMethod[]) {
    if (!mayCall(kind, method)) continue;
    const spec = invokeContract[method];
    const replySchema = ipcResultSchema(spec.response);
    methods[method] = async (payload?: unknown) => {
      const reply: unknown = await ipcRenderer.invoke(spec.channel, payload);
      const parsed = replySchema.safeParse(reply);
      return parsed.success
        ? parsed.data
        : ipcFail('invalid-response', `Unexpected reply on ${spec.channel}.`);
    };
  }
  const on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!mayHear(kind, event)) return () => undefined;
    const spec = eventContract[event];
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
      const parsed = spec.payload.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(spec.channel, wrapped);
    return () => {
      ipcRenderer.removeListener(spec.channel, wrapped);
    };
  };
  return Object.freeze({ ...methods, on }) as unknown as BedtimeBridge;
}
