import '../zod-without-eval';
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL_NAME } from '../../core/ipc/bridge';
import { bridgeKindOf } from '../../core/ipc/window-bridges';
import { createBridge } from './create-bridge';

// The sandboxed preload: exposes the one typed bridge this window may use (main names it in the
// renderer's arguments), and nothing else.
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL_NAME,
  createBridge(ipcRenderer, bridgeKindOf(process.argv)),
);
