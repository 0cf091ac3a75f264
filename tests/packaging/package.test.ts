import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { load as loadYaml } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** A fuse's state in the wire, as @electron/fuses reads it (the characters '1' and '0'). */
const FuseState = { ENABLE: '1'.charCodeAt(0), DISABLE: '0'.charCodeAt(0) } as const;

/** Where @electron/fuses finds the fuse wire in an Electron executable. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * A stand-in for the Electron executable (which cannot be downloaded here): a shell script that
 * carries the fuse wire of a stock Electron (version 1, eight fuses, as shipped: RunAsNode,
 * NODE_OPTIONS, --inspect and file:// privileges on; the rest off), so electron-builder flips the
 * fuses in it exactly as it would in the real binary.
 */
function stubElectronExecutable(): Buffer {
  const stockWire = [
    FuseState.ENABLE, // RunAsNode
    FuseState.DISABLE, // EnableCookieEncryption
    FuseState.ENABLE, // EnableNodeOptionsEnvironmentVariable
    FuseState.ENABLE, // EnableNodeCliInspectArguments
    FuseState.DISABLE, // EnableEmbeddedAsarIntegrityValidation
    FuseState.DISABLE, // OnlyLoadAppFromAsar
    FuseState.DISABLE, // LoadBrowserProcessSpecificV8Snapshot
    FuseState.ENABLE, // GrantFileProtocolExtraPrivileges
  ];
  return Buffer.concat([
    Buffer.from(`#!/bin/sh\necho "stub electron"\nexit 0\n# ${FUSE_SENTINEL}`),
    Buffer.from([1, stockWire.length, ...stockWire]),
    Buffer.from('\n'),
  ]);
}

/** The fuses the app must ship with, by name. */
const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
} as const;

/**
 * Packages the built app with electron-builder `--dir`, offline: a stub `electronDist` stands in
 * for the Electron binary that cannot be downloaded here. Then reads the resulting app.asar.
 */
describe('the packaged app', () => {
  let outDir: string;
  let files: string[];
  let asarPath: string;
  let stubDir: string;

  beforeAll(async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'bedtime-package-'));
    const stub = path.join(work, 'stub-electron');
    stubDir = stub;
    outDir = path.join(work, 'release');
    await run('mkdir', ['-p', stub]);
    await writeFile(path.join(stub, 'electron'), stubElectronExecutable());
    await chmod(path.join(stub, 'electron'), 0o755);
    await run(
      path.resolve('node_modules/.bin/electron-builder'),
      ['--dir', '--linux', `-c.electronDist=${stub}`, `-c.directories.output=${outDir}`],
      { env: { ...process.env, CI: 'true' }, maxBuffer: 16 * 1024 * 1024 },
    );
    asarPath = path.join(outDir, 'linux-unpacked', 'resources', 'app.asar');
    files = listPackage(asarPath, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
  }, 120_000);

  it('produces the app executable beside its resources', async () => {
    const unpacked = await readdir(path.join(outDir, 'linux-unpacked'));
    expect(unpacked).toContain('bedtime-stretch');
    expect(unpacked).toContain('resources');
  });

  it('holds main, preload, renderer and assets', () => {
    expect(files).toContain('/dist-electron/main.js');
    expect(files).toContain('/dist-electron/preload.cjs');
    // Run in a utility process on Windows to read the system's zone afresh.
    expect(files).toContain('/dist-electron/zone-probe.cjs');
    expect(files).toContain('/dist/index.html');
    expect(files.some((file) => /^\/dist\/assets\/index-[\w-]+\.js$/.test(file))).toBe(true);
    expect(files).toContain('/assets/icons/icon.png');
    // The tray icon, where the built main looks for it (dist-electron/../assets/icons).
    expect(files).toContain('/assets/icons/icon-32.png');
    expect(files).toContain('/assets/icons/trayTemplate.png');
    expect(files).toContain('/assets/icons/trayTemplate@2x.png');
  });

  it('has a package.json whose main entry is inside the archive', () => {
    const manifest = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(files).toContain(`/${manifest.main}`);
  });

  it('ships no TypeScript source, tests, source maps or node_modules', () => {
    expect(files.filter((file) => /\.tsx?$/.test(file))).toEqual([]);
    expect(files.filter((file) => file.startsWith('/tests') || file.startsWith('/core/'))).toEqual(
      [],
    );
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files.filter((file) => file.includes('node_modules'))).toEqual([]);
  });

  it('sets the security fuses in its configuration', async () => {
    const config = loadYaml(await readFile('electron-builder.yml', 'utf8')) as {
      electronFuses?: Record<string, boolean>;
    };
    expect(config.electronFuses).toMatchObject(REQUIRED_FUSES);
  });

  it('flips those fuses in the packaged executable', async () => {
    const stockWire = await getCurrentFuseWire(path.join(stubDir, 'electron'));
    expect(stockWire[FuseV1Options.RunAsNode]).toBe(FuseState.ENABLE);
    const wire = await getCurrentFuseWire(path.join(outDir, 'linux-unpacked', 'bedtime-stretch'));
    const state = (on: boolean) => (on ? FuseState.ENABLE : FuseState.DISABLE);
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      enableNodeOptionsEnvironmentVariable:
        wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      enableNodeCliInspectArguments: wire[FuseV1Options.EnableNodeCliInspectArguments],
      onlyLoadAppFromAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      enableEmbeddedAsarIntegrityValidation:
        wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      enableCookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
    }).toEqual({
      runAsNode: state(false),
      enableNodeOptionsEnvironmentVariable: state(false),
      enableNodeCliInspectArguments: state(false),
      onlyLoadAppFromAsar: state(true),
      enableEmbeddedAsarIntegrityValidation: state(true),
      enableCookieEncryption: state(true),
    });
  });
});
