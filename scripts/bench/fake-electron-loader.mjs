// Lets benchmarks run the real main-process code in plain Node: `electron` resolves to the test
// fake (Electron's binary cannot run here). Used as `tsx --import ./scripts/bench/fake-electron-loader.mjs`.
import { register } from 'node:module';

register('./fake-electron-resolve.mjs', import.meta.url);
