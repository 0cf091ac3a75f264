import './zod-without-eval';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './app';

// The entry point: resolves where the bundles live, then hands over to the composition root.
const bundleDir = path.dirname(fileURLToPath(import.meta.url));

void startApp({
  paths: {
    rendererDir: path.join(bundleDir, '../dist'),
    preloadPath: path.join(bundleDir, 'preload.cjs'),
    // macOS tints a black template for light and dark menu bars; elsewhere the dark tile with its
    // light moon reads on light and dark panels alike.
    trayIconPath: path.join(
      bundleDir,
      process.platform === 'darwin'
        ? '../assets/icons/trayTemplate.png'
        : '../assets/icons/icon-32.png',
    ),
  },
  devServerUrl: process.env['VITE_DEV_SERVER_URL'],
});
