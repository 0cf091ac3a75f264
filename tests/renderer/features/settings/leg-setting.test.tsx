import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcOk } from '../../../../core/ipc/ipc-result';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings-defaults';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

async function openSettings(settings: Partial<typeof DEFAULT_SETTINGS> = {}) {
  const fake = createFakeBridge({ getSettings: () => ipcOk({ ...DEFAULT_SETTINGS, ...settings }) });
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  await user.click(await screen.findByRole('tab', { name: 'Settings' }));
  const question = screen.getByRole('group', { name: 'Does one leg cramp more?' });
  return { user, fake, question };
}

describe('which leg cramps more, asked once', () => {
  it('settings has five groups, each a heading with a line saying what it holds', async () => {
    await openSettings();
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'Routine',
      'Reminders',
      'Sound',
      'My health',
      'Your data',
    ]);
    for (const heading of headings)
      expect(heading.nextElementSibling?.textContent?.length).toBeGreaterThan(20);
    // The two old questions about the legs are one now.
    expect(screen.queryByRole('group', { name: 'Extra time for one leg' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Which leg tends to cramp?' })).toBeNull();
    // Feeling in the legs is asked among the conditions only, not again for warmth.
    expect(screen.getAllByText(/reduced feeling/i, { selector: 'legend, span' })).toHaveLength(1);
  });

  it('offers extra time only once a leg is chosen, and a leg chosen gets it', async () => {
    const { user, fake, question } = await openSettings({ crampLeg: null, favourSide: null });
    expect(within(question).queryByRole('checkbox')).toBeNull();
    await user.click(within(question).getByRole('radio', { name: 'Yes, my left leg' }));
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({
      crampLeg: 'left',
      favourSide: 'left',
    });
    const extra = await within(question).findByRole('checkbox', {
      name: 'Give my left leg extra time in every routine',
    });
    expect(extra).toBeChecked();
    await user.click(extra);
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({ favourSide: null });
    expect(await within(question).findByRole('checkbox')).not.toBeChecked();

    await user.click(within(question).getByRole('radio', { name: 'It varies' }));
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({
      crampLeg: 'varies',
      favourSide: null,
    });
    await expect.poll(() => within(question).queryByRole('checkbox')).toBeNull();
  });

  it('shows the leg kept before the question was asked (only a favoured leg)', async () => {
    const { question } = await openSettings({ crampLeg: null, favourSide: 'right' });
    expect(within(question).getByRole('radio', { name: 'Yes, my right leg' })).toBeChecked();
    expect(
      within(question).getByRole('checkbox', {
        name: 'Give my right leg extra time in every routine',
      }),
    ).toBeChecked();
  });
});
