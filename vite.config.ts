/// <reference types="vitest/config" />
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import electron from 'vite-plugin-electron/simple';
import { META_CONTENT_SECURITY_POLICY } from './main/content-security-policy.ts';
import { ZONE_PROBE_FILE, ZONE_PROBE_SCRIPT } from './main/time-zone/zone-probe-script.ts';

const rootDir = path.dirname(fileURLToPath(import.meta.url));
const fromRoot = (...parts: string[]) => path.join(rootDir, ...parts);
/** Set by `npm run dev` on machines where the Electron binary cannot be fetched. */
const launchElectron = !process.env['NO_ELECTRON'];
const electronFake = fromRoot('tests/fakes/electron.ts');

/** Writes the time-zone probe beside main.js (main/time-zone/zone-probe.ts runs it on Windows). */
function zoneProbeFile(): Plugin {
  return {
    name: 'bedtime-zone-probe',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: ZONE_PROBE_FILE, source: ZONE_PROBE_SCRIPT });
    },
  };
}

/** Adds the strict CSP as a meta tag to the built page (the dev server needs inline scripts). */
function cspMetaTag(): Plugin {
  return {
    name: 'bedtime-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: fromRoot('renderer'),
  base: './',
  plugins: [
    react(),
    cspMetaTag(),
    // Vitest runs without the Electron plugin: it would try to build and launch Electron.
    process.env['VITEST']
      ? null
      : electron({
          main: {
            entry: fromRoot('main/index.ts'),
            onstart(args) {
              if (launchElectron) void args.startup();
            },
            vite: {
              plugins: [zoneProbeFile()],
              // main.js is ESM: CommonJS dependencies bundled into it must not reach for CommonJS
              // globals, which do not exist there (write-file-atomic names its temp files after
              // __filename). Node's ESM equivalents take their place; tests/packaging checks none is left.
              define: {
                __filename: 'import.meta.filename',
                __dirname: 'import.meta.dirname',
              },
              build: {
                outDir: fromRoot('dist-electron'),
                emptyOutDir: false,
                rolldownOptions: { output: { entryFileNames: 'main.js' } },
              },
            },
          },
          preload: {
            input: fromRoot('main/preload/index.ts'),
            onstart(args) {
              if (launchElectron) args.reload();
            },
            vite: {
              build: {
                outDir: fromRoot('dist-electron'),
                emptyOutDir: false,
                rolldownOptions: { output: { entryFileNames: 'preload.cjs' } },
              },
            },
          },
        }),
  ],
  build: {
    outDir: fromRoot('dist'),
    emptyOutDir: true,
    target: 'chrome140',
    // Electron's Chromium has module preloading; the polyfill for older browsers is dead weight.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  resolve: {
    // The page plays cues; howler's spatial-audio plugin (a fifth of the library) is never used.
    alias: [{ find: /^howler$/, replacement: fromRoot('node_modules/howler/src/howler.core.js') }],
  },
  server: { fs: { allow: [rootDir] } },
  test: {
    root: rootDir,
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['tests/core/**/*.test.ts'],
          environment: 'node',
          setupFiles: [fromRoot('tests/setup-catalog.ts')],
        },
      },
      {
        extends: true,
        resolve: { alias: { electron: electronFake } },
        test: { name: 'main', include: ['tests/main/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: [fromRoot('tests/setup-catalog.ts'), fromRoot('tests/setup-dom.ts')],
        },
      },
      {
        extends: true,
        test: { name: 'assets', include: ['tests/assets/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'scripts', include: ['tests/scripts/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        resolve: { alias: { electron: electronFake } },
        test: {
          name: 'chromium',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // Real-clock timing is measured here: run after the other projects, on a quiet machine.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'packaging',
          include: ['tests/packaging/**/*.test.ts'],
          environment: 'node',
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
