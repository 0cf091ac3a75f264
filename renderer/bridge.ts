import { BRIDGE_GLOBAL_NAME, type BedtimeBridge } from '../core/ipc/bridge';

/**
 * The preload's bridge, or `null` when the page runs without it (a plain browser).
 *
 * Components receive the bridge as a prop from here and never read `window` for it.
 */
export function getBridge(): BedtimeBridge | null {
  const candidate: unknown = Reflect.get(window, BRIDGE_GLOBAL_NAME);
  return candidate && typeof candidate === 'object' ? (candidate as BedtimeBridge) : null;
}
