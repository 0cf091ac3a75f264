import './zod-without-eval';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './app';
import { startOrExplain } from './start-or-explain';
import { ZONE_PROBE_FILE } from './time-zone/zone-probe-script';

// The entry point: resolves where the bundles live, then hands over to the composition root. A
// start that fails is explained and ends the process (never a hidden one holding the lock).
const bundleDir = path.dirname(fileURLToPath(import.meta.url));

void startOrExplain(() =>
  startApp({
    paths: {
      rendererDir: path.join(bundleDir, '../dist'),
      preloadPath: path.join(bundleDir, 'preload.cjs'),
      zoneProbePath: path.join(bundleDir, ZONE_PROBE_FILE),
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
  }),
);
