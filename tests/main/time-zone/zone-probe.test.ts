import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ZONE_PROBE_FILE, ZONE_PROBE_SCRIPT } from '../../../main/time-zone/zone-probe-script';
import { utilityProcessZoneProbe } from '../../../main/time-zone/zone-probe';
import { fakeElectron } from '../../fakes/electron';

/** The probe's script as the build writes it, in a folder of the test's own. */
function probeScript(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bedtime-zone-probe-')), ZONE_PROBE_FILE);
  writeFileSync(file, ZONE_PROBE_SCRIPT);
  return file;
}

describe('the zone probe', () => {
  const startTz = process.env['TZ'];
  afterEach(() => {
    if (startTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = startTz;
    fakeElectron.reset();
  });

  it('answers with the zone a fresh process finds, in a utility process of its own', async () => {
    const probe = utilityProcessZoneProbe(probeScript());
    // The "system" zone, as the child process will find it when it starts.
    process.env['TZ'] = 'Pacific/Auckland';
    await expect(probe()).resolves.toBe('Pacific/Auckland');
    process.env['TZ'] = 'America/Halifax';
    await expect(probe()).resolves.toBe('America/Halifax');
    expect(fakeElectron.utilityProcesses).toHaveLength(2);
  });

  it('fails in words when the probe cannot run', async () => {
    const probe = utilityProcessZoneProbe(path.join(tmpdir(), 'no-such-probe.cjs'));
    await expect(probe()).rejects.toThrow(/ended without an answer/);
  });
});
