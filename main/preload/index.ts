import { contextBridge, ipcRenderer } from 'electron';
import { z } from 'zod';
import { BRIDGE_GLOBAL_NAME } from '../../core/ipc/bridge';
import { createBridge } from './create-bridge';

// The page's CSP forbids eval; tell zod not to probe for it.
z.config({ jitless: true });

// The sandboxed preload: exposes the one typed bridge and nothing else.
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL_NAME, createBridge(ipcRenderer));
