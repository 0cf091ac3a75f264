/** Characters that make a Desktop Entry `Exec` argument need quotes (the spec's reserved set). */
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/** One `Exec` argument, quoted and escaped as the Desktop Entry spec asks. */
export function execArgument(argument: string): string {
  // Field codes are written %%; inside quotes, " ` $ \ take a backslash.
  const text = argument.replaceAll('%', '%%');
  if (!RESERVED.test(text) && text !== '') return text;
  return `"${text.replace(/(["`$\\])/g, '\\$1')}"`;
}

/** A string value as a Desktop Entry file holds it (backslashes doubled, no line breaks). */
function entryValue(value: string): string {
  return value.replaceAll('\\', '\\\\').replace(/[\r\n]+/g, ' ');
}

/** What the autostart entry says. */
export interface AutostartEntrySpec {
  readonly name: string;
  readonly comment: string;
  /** The program and its arguments, unquoted. */
  readonly command: readonly string[];
}

/**
 * The XDG autostart entry that starts the app at login on Linux desktops
 * (`~/.config/autostart/<name>.desktop`).
 */
export function autostartEntry(spec: AutostartEntrySpec): string {
  const exec = spec.command.map(execArgument).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${entryValue(spec.name)}`,
    `Comment=${entryValue(spec.comment)}`,
    `Exec=${entryValue(exec)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}
