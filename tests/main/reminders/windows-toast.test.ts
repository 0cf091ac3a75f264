import { describe, expect, it } from 'vitest';
import { readToastArgument, reminderToastXml } from '../../../main/reminders/windows-toast';

const text = {
  title: 'Time for <your> "stretch"',
  body: 'Bedtime is at 10:30 & soon',
  startLabel: 'Start now',
  snoozeLabel: 'In 10 minutes',
};

describe('the Windows reminder toast', () => {
  it('stays until acted on (scenario reminder), with Start and Snooze, its text escaped', () => {
    const xml = reminderToastXml(text);
    expect(xml).toContain('<toast scenario="reminder" launch="open"');
    expect(xml).toContain('<text>Time for &lt;your&gt; &quot;stretch&quot;</text>');
    expect(xml).toContain('<text>Bedtime is at 10:30 &amp; soon</text>');
    expect(xml).toContain('content="Start now" arguments="start-tonight"');
    expect(xml).toContain('content="In 10 minutes" arguments="snooze-10"');
    expect(xml).not.toContain('<audio');
  });

  it('is silent when the app’s own window sounds the chime', () => {
    expect(reminderToastXml(text, true)).toContain('<audio silent="true"/>');
  });

  it('reads back only the arguments it wrote', () => {
    expect(readToastArgument('snooze-10')).toBe('snooze-10');
    expect(readToastArgument('rm -rf')).toBeNull();
  });
});
