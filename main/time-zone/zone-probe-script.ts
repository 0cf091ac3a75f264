/**
 * The zone probe's file, written beside `main.js` by the build (`vite.config.ts`) and run in a
 * utility process (`zone-probe.ts`). It holds no imports: the build copies it as it is.
 */
export const ZONE_PROBE_FILE = 'zone-probe.cjs';

/** What the probe runs: a fresh runtime reads the system's zone as it starts, and sends it. */
export const ZONE_PROBE_SCRIPT =
  '// Sends the system time zone, as a fresh runtime reads it, to Bedtime Stretch.\n' +
  'process.parentPort.postMessage(Intl.DateTimeFormat().resolvedOptions().timeZone);\n';
