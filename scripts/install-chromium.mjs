// Installs Debian's chromium with apt-get for the browser tests, when this machine allows it (as
// root, or with passwordless sudo). Used by scripts/find-browser.mjs --ensure.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { isExecutableFile } from './executable-file.mjs';

/**
 * @param {string} command
 * @param {Record<string, string | undefined>} env
 */
function onPath(command, env) {
  for (const dir of (env['PATH'] ?? '').split(path.delimiter)) {
    if (dir && isExecutableFile(path.join(dir, command))) return path.join(dir, command);
  }
  return null;
}

/**
 * The last error line apt-get printed, to say in one line why the install failed.
 * @param {string} stderr
 */
function lastAptError(stderr) {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.findLast((line) => line.startsWith('E:')) ?? lines.at(-1) ?? 'no output';
}

/**
 * Installs Debian's chromium with apt-get, quietly, when it can.
 *
 * Returns the note to add to the how-to line if there is still no browser afterwards ('' for none).
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function installChromium(env) {
  if (env['BEDTIME_NO_BROWSER_INSTALL'] === '1') return 'automatic install is off';
  if (process.platform !== 'linux') return '';
  const aptGet = onPath('apt-get', env);
  if (!aptGet) return ''; // Not Debian or Ubuntu: the how-to line is all we can offer.

  /** @type {string[]} */
  let prefix = [];
  if (process.getuid?.() !== 0) {
    const sudo = onPath('sudo', env);
    // -n: never ask for a password (nobody may be there to type it); fail instead.
    const canSudo =
      sudo !== null &&
      spawnSync(sudo, ['-n', 'true'], { env, stdio: 'ignore', timeout: 10_000 }).status === 0;
    if (!sudo || !canSudo) return 'not root, and no passwordless sudo to install it';
    // sudo drops most of the environment, so DEBIAN_FRONTEND goes through `env`.
    prefix = [sudo, '-n', 'env', 'DEBIAN_FRONTEND=noninteractive'];
  }
  /** @param {string[]} args */
  const apt = (args) => {
    const [command = aptGet, ...rest] = [...prefix, aptGet, ...args];
    return spawnSync(command, rest, {
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      timeout: 15 * 60_000,
    });
  };

  process.stdout.write('Installing Chromium for the browser tests (apt-get)…\n');
  // An update failure (one unreachable mirror) need not stop the install: old lists may do.
  const update = apt(['update', '-qq']);
  // Wait for a lock held by another apt run rather than failing at once.
  const install = apt(['-o', 'DPkg::Lock::Timeout=120', 'install', '-y', '-qq', 'chromium']);
  if (install.error) return `apt-get: ${install.error.message}`;
  if (install.status !== 0) {
    return `apt-get install chromium failed: ${lastAptError(`${update.stderr ?? ''}\n${install.stderr ?? ''}`)}`;
  }
  // Installed, yet nothing usable: e.g. Ubuntu's deb that only points to a snap.
  return 'apt-get installed chromium, but no usable browser was found';
}
