import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

/** Logs a cramp from Tonight with one other symptom ticked; returns what the form showed. */
async function logWith(symptom: string) {
  const fake = createFakeBridge();
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  await user.click(await screen.findByRole('button', { name: 'Log a cramp' }));
  await user.click(screen.getByText('More details'));
  const noticed = screen.getByRole('group', { name: 'Also noticed' });
  await user.click(within(noticed).getByRole('checkbox', { name: symptom }));
  const inForm = screen.queryByRole('alert')?.textContent ?? null;
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByText('Cramp saved.', { selector: 'p' });
  return { inForm, afterSave: screen.queryByRole('alert')?.textContent ?? null };
}

describe('red flags in the diary', () => {
  it.each(['Swollen calf', 'Redness', 'Warm to the touch'])(
    '%s: the urgent note about a clot shows as it is ticked, and stays once saved',
    async (symptom) => {
      const { inForm, afterSave } = await logWith(symptom);
      expect(inForm).toMatch(
        /^Please get medical advice today.*blood clot.*call emergency services now\.$/,
      );
      expect(afterSave).toBe(inForm);
    },
  );

  it.each(['Weakness', 'Numbness'])(
    '%s: the note to see a doctor soon shows at once',
    async (symptom) => {
      const { inForm, afterSave } = await logWith(symptom);
      expect(inForm).toMatch(/^Please see your doctor soon.*checked by a doctor/);
      expect(afterSave).toBe(inForm);
    },
  );

  it.each(['Tingling', 'Sore afterwards'])('%s: no red-flag note', async (symptom) => {
    expect(await logWith(symptom)).toEqual({ inForm: null, afterSave: null });
  });
});
