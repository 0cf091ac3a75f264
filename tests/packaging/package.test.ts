import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * Packages the built app with electron-builder `--dir`, offline: a stub `electronDist` stands in
 * for the Electron binary that cannot be downloaded here. Then reads the resulting app.asar.
 */
describe('the packaged app', () => {
  let outDir: string;
  let files: string[];
  let asarPath: string;

  beforeAll(async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'bedtime-package-'));
    const stub = path.join(work, 'stub-electron');
    outDir = path.join(work, 'release');
    await run('mkdir', ['-p', stub]);
    await writeFile(path.join(stub, 'electron'), '#!/bin/sh\necho "stub electron"\n');
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
    expect(files).toContain('/dist/index.html');
    expect(files.some((file) => /^\/dist\/assets\/index-[\w-]+\.js$/.test(file))).toBe(true);
    expect(files).toContain('/assets/icons/icon.png');
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
});
