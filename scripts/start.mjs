// `npm start`: builds the app, then launches it in Electron. Where the Electron runtime cannot be
// downloaded (an offline machine), it says so in one clear line instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const build = spawnSync('npx', ['vite', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, NO_ELECTRON: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const require = createRequire(import.meta.url);
const electronCli = require.resolve('electron/cli.js');
const child = spawn(process.execPath, [electronCli, '.'], { stdio: ['inherit', 'pipe', 'pipe'] });
// The download notice is noise when it fails; the one line below says what happened.
child.stdout.on('data', (chunk) => {
  const text = String(chunk).replace(/^Downloading Electron binary\.\.\.\r?\n?/m, '');
  if (text) process.stdout.write(text);
});
let errorText = '';
child.stderr.on('data', (chunk) => {
  errorText += chunk;
  if (errorText.length > 64_000) errorText = errorText.slice(-32_000);
});
child.on('close', (code) => {
  const cannotDownload =
    /Electron failed to install correctly|fetch failed|ENOTFOUND|Downloading Electron binary/.test(
      errorText,
    );
  if (code !== 0 && cannotDownload) {
    console.error(
      'Bedtime Stretch cannot start here: the Electron runtime could not be downloaded on this machine (no access to its download site); `npm test` checks the app without it.',
    );
  } else if (errorText) {
    process.stderr.write(errorText);
  }
  process.exit(code ?? 1);
});
