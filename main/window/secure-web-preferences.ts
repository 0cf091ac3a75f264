import type { WebPreferences } from 'electron';
import { bridgeArgument, type BridgeKind } from '../../core/ipc/window-bridges';

/**
 * The Electron security baseline every app window shares: isolated, sandboxed, no Node, no
 * webviews, the preload as the only bridge; DevTools only in an unpackaged build.
 */
export function secureWebPreferences(
  preloadPath: string,
  isPackaged: boolean,
  bridge: BridgeKind = 'app',
): WebPreferences {
  return {
    preload: preloadPath,
    // The preload exposes only this window's bridge (see core/ipc/window-bridges.ts).
    additionalArguments: [bridgeArgument(bridge)],
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools: !isPackaged,
    // Cues must sound when a routine starts from the tray or a reminder, without a click first.
    autoplayPolicy: 'no-user-gesture-required',
  };
}
