import '../zod-without-eval';
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL_NAME } from '../../core/ipc/bridge';
import { createBridge } from './create-bridge';

// The sandboxed preload: exposes the one typed bridge and nothing else.
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL_NAME, createBridge(ipcRenderer));
