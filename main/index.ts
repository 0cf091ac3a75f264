import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './app';

// The entry point: resolves where the bundles live, then hands over to the composition root.
const bundleDir = path.dirname(fileURLToPath(import.meta.url));

void startApp({
  paths: {
    rendererDir: path.join(bundleDir, '../dist'),
    preloadPath: path.join(bundleDir, 'preload.cjs'),
    trayIconPath: path.join(bundleDir, '../assets/icons/icon-32.png'),
  },
  devServerUrl: process.env['VITE_DEV_SERVER_URL'],
});
