import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMessage } from '../core/i18n/format-message';
import { IN_TRAY_FLAG } from './login/login-item';
import { ROUTINE_FILE_EXTENSION } from './routines/routine-file-extension';
import {
  PAUSE_DAYS,
  SNOOZE_MINUTES,
  type PauseDays,
  type SnoozeMinutes,
  type TrayAction,
} from './tray/tray-menu-model';

/** What a command line asks of the app. */
export type CommandLineRequest =
  | { readonly kind: 'help' }
  /** Start quietly in the tray, without the window (a start at login). */
  | { readonly kind: 'in-tray' }
  /** A routines file opened with the app: offer to import it. */
  | { readonly kind: 'open-file'; readonly path: string }
  /** A routines file named in a way that names no file (a file address for another computer). */
  | { readonly kind: 'bad-file'; readonly problem: string }
  | { readonly kind: 'action'; readonly action: TrayAction }
  /** A flag it does not understand, said back in plain words. */
  | { readonly kind: 'unknown'; readonly problem: string };

/**
 * Reads the app's own flags from a command line (Electron's and Chromium's own switches are left
 * alone): `--start`, `--cramp-now`, `--snooze 10|20|30`, `--skip-tonight`,
 * `--pause-reminders 1d|3d|off`, `--help`. They work on a second launch too, where they reach the
 * running app: on desktops with no tray they are the way to act without the window.
 */
export function readCommandLine(
  argv: readonly string[],
  /** Where the launch was made from: a file named on it is found from there. */
  workingDirectory: string = process.cwd(),
): readonly CommandLineRequest[] {
  const requests: CommandLineRequest[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index]!;
    const value = argv[index + 1];
    switch (flag) {
      case '--help':
        requests.push({ kind: 'help' });
        break;
      case IN_TRAY_FLAG:
        requests.push({ kind: 'in-tray' });
        break;
      case '--start':
        requests.push({ kind: 'action', action: { kind: 'start-tonight' } });
        break;
      case '--cramp-now':
        requests.push({ kind: 'action', action: { kind: 'cramp-now' } });
        break;
      case '--skip-tonight':
        requests.push({ kind: 'action', action: { kind: 'skip-tonight' } });
        break;
      case '--snooze': {
        index += 1;
        const minutes = Number(value);
        requests.push(
          (SNOOZE_MINUTES as readonly number[]).includes(minutes)
            ? { kind: 'action', action: { kind: 'snooze', minutes: minutes as SnoozeMinutes } }
            : { kind: 'unknown', problem: formatMessage('cli.badSnooze', { value: value ?? '' }) },
        );
        break;
      }
      case '--pause-reminders': {
        index += 1;
        requests.push(pauseRequest(value));
        break;
      }
      default:
        // A routines file the system opened with the app; anything else is Electron's or ours.
        if (flag.toLowerCase().endsWith(`.${ROUTINE_FILE_EXTENSION}`) && !flag.startsWith('-')) {
          requests.push(fileRequest(flag, workingDirectory));
        }
        break;
    }
  }
  return requests;
}

/**
 * A routines file named on the command line: a path, found from where that launch was made (a
 * second launch's own folder, not the running app's), or the file:// address Linux file managers
 * hand over (the desktop entry's %U). An address this computer cannot open is refused in words.
 */
function fileRequest(flag: string, workingDirectory: string): CommandLineRequest {
  if (!flag.toLowerCase().startsWith('file:')) {
    return { kind: 'open-file', path: path.resolve(workingDirectory, flag) };
  }
  try {
    return { kind: 'open-file', path: fileURLToPath(flag) };
  } catch {
    return { kind: 'bad-file', problem: formatMessage('cli.badFileAddress', { value: flag }) };
  }
}

function pauseRequest(value: string | undefined): CommandLineRequest {
  if (value === 'off') return { kind: 'action', action: { kind: 'pause-reminders', days: null } };
  const days = Number(/^(\d+)d$/.exec(value ?? '')?.[1]);
  return (PAUSE_DAYS as readonly number[]).includes(days)
    ? { kind: 'action', action: { kind: 'pause-reminders', days: days as PauseDays } }
    : { kind: 'unknown', problem: formatMessage('cli.badPause', { value: value ?? '' }) };
}

/** The text `--help` prints. */
export function commandLineHelp(): string {
  return formatMessage('cli.help');
}
