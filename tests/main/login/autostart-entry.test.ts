import { describe, expect, it } from 'vitest';
import { autostartEntry, execArgument } from '../../../main/login/autostart-entry';

describe('the XDG autostart entry', () => {
  it('leaves plain arguments alone and quotes the ones with spaces or reserved characters', () => {
    expect(execArgument('/usr/bin/bedtime-stretch')).toBe('/usr/bin/bedtime-stretch');
    expect(execArgument('/home/ann/My Apps/Bedtime.AppImage')).toBe(
      '"/home/ann/My Apps/Bedtime.AppImage"',
    );
    expect(execArgument('/opt/a$b"c`d\\e')).toBe('"/opt/a\\$b\\"c\\`d\\\\e"');
    expect(execArgument('100%')).toBe('100%%');
    expect(execArgument('')).toBe('""');
  });

  it('writes a launchable entry that starts the app quietly in the tray', () => {
    const entry = autostartEntry({
      name: 'Bedtime Stretch',
      comment: 'Bedtime reminders',
      command: ['/home/ann/My Apps/Bedtime.AppImage', '--in-tray'],
    });
    expect(entry.split('\n')).toEqual([
      '[Desktop Entry]',
      'Type=Application',
      'Name=Bedtime Stretch',
      'Comment=Bedtime reminders',
      'Exec="/home/ann/My Apps/Bedtime.AppImage" --in-tray',
      'Terminal=false',
      'X-GNOME-Autostart-enabled=true',
      '',
    ]);
  });

  it('doubles a backslash once more at the file level, as the spec’s string escapes ask', () => {
    const entry = autostartEntry({ name: 'B', comment: 'C', command: ['/opt/a\\b'] });
    expect(entry).toContain('Exec="/opt/a\\\\\\\\b"');
  });
});
