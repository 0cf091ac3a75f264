import { z } from 'zod';

/** Why a call across the bridge did not succeed. */
export const IpcErrorCodeSchema = z.enum([
  /** The payload did not match the channel's schema. */
  'invalid-request',
  /** The message came from a frame the app does not trust. */
  'forbidden',
  /** The request was valid but cannot be done in the current state. */
  'not-allowed-now',
  /** The change was valid but could not be saved (a full disk); nothing changed. */
  'not-saved',
  /** The reply did not match the channel's schema (caught in the preload). */
  'invalid-response',
  /** Something failed inside the main process; details are in its log. */
  'internal',
]);
export type IpcErrorCode = z.infer<typeof IpcErrorCodeSchema>;

/** A typed error that crosses the bridge instead of an exception. */
export const IpcErrorSchema = z.object({
  code: IpcErrorCodeSchema,
  message: z.string(),
});
export type IpcError = z.infer<typeof IpcErrorSchema>;

/** The envelope every invoke channel answers with. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Builds the schema of a channel's reply envelope around its value schema. */
export function ipcResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: IpcErrorSchema }),
  ]);
}

/** A successful reply. */
export function ipcOk<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** A failed reply with a code and a message meant for logs and developers. */
export function ipcFail(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}
