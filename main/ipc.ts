import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  eventContract,
  invokeContract,
  type EventName,
  type EventPayloadOf,
  type InvokeMethod,
  type RequestOf,
  type ResponseOf,
} from '../core/ipc/contract';
import { ipcFail, ipcOk, type IpcResult } from '../core/ipc/ipc-result';
import { RuleError } from '../core/rule-error';
import { SaveError } from '../core/save-error';
import type { SenderEvent } from './trusted-sender';

/** The main-process implementation of every invoke channel. */
export type IpcHandlers = {
  readonly [M in InvokeMethod]: (request: RequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;
};

/** Where IPC problems are reported. */
export interface IpcLog {
  warn(message: string): void;
  error(message: string, cause?: unknown): void;
}

/**
 * Registers every invoke channel of the contract on `ipcMain`.
 *
 * This is the only place that touches `ipcMain`. Each message is checked for its sender, then its
 * payload is parsed with the contract schema; a bad one is answered with a typed error, never an
 * exception, and the handler never sees it.
 */
export function registerIpcHandlers(
  handlers: IpcHandlers,
  isTrusted: (event: SenderEvent, method: InvokeMethod) => boolean,
  log: IpcLog,
): () => void {
  const methods = Object.keys(invokeContract) as InvokeMethod[];
  for (const method of methods) {
    const spec = invokeContract[method];
    ipcMain.handle(spec.channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrusted(event, method)) {
        log.warn(
          `Refused ${spec.channel} from an untrusted sender (${event.senderFrame?.url ?? 'no frame'})`,
        );
        return ipcFail('forbidden', 'This window may not use the app bridge.');
      }
      if (args.length > 1) {
        return ipcFail('invalid-request', `${spec.channel} takes at most one argument.`);
      }
      const parsed = spec.request.safeParse(args[0]);
      if (!parsed.success) {
        log.warn(`Invalid payload on ${spec.channel}: ${parsed.error.message}`);
        return ipcFail(
          'invalid-request',
          `Invalid payload for ${spec.channel}: ${parsed.error.message}`,
        );
      }
      return callHandler(method, handlers, parsed.data as RequestOf<typeof method>, log);
    });
  }
  return () => {
    for (const method of methods) ipcMain.removeHandler(invokeContract[method].channel);
  };
}

async function callHandler<M extends InvokeMethod>(
  method: M,
  handlers: IpcHandlers,
  request: RequestOf<M>,
  log: IpcLog,
): Promise<IpcResult<ResponseOf<M>>> {
  const spec = invokeContract[method];
  try {
    const handler = handlers[method] as (r: RequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;
    const value = await handler(request);
    const checked = spec.response.safeParse(value);
    if (!checked.success) {
      log.error(`Handler for ${spec.channel} returned an invalid reply`, checked.error);
      return ipcFail('internal', `The app could not answer ${spec.channel}.`);
    }
    return ipcOk(checked.data as ResponseOf<M>);
  } catch (error) {
    if (error instanceof RuleError) return ipcFail('not-allowed-now', error.message);
    if (error instanceof SaveError) {
      log.error(`Could not save on ${spec.channel}`, error.cause);
      return ipcFail('not-saved', error.message);
    }
    log.error(`Handler for ${spec.channel} failed`, error);
    return ipcFail('internal', `The app could not answer ${spec.channel}.`);
  }
}

/** Sends a contract event to one window, after checking the payload against its schema. */
export function sendEvent<E extends EventName>(
  contents: WebContents,
  event: E,
  payload: EventPayloadOf<E>,
): void {
  const spec = eventContract[event];
  const parsed = spec.payload.parse(payload);
  if (!contents.isDestroyed()) contents.send(spec.channel, parsed);
}
