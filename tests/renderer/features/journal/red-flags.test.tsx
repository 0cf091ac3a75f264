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
  // In view at once: no "More details" to open first.
  const noticed = screen.getByRole('group', { name: 'Also noticed' });
  expect(noticed.closest('details')).toBeNull();
  await user.click(within(noticed).getByRole('checkbox', { name: symptom }));
  const inForm = screen.queryByRole('alert')?.textContent ?? null;
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByText('Cramp saved.', { selector: 'p' });
  return { inForm, afterSave: screen.queryByRole('alert')?.textContent ?? null, fake };
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

  it.each(['Pale or cold skin', 'Calf pain when walking, easing with rest'])(
    '%s: the note to see a doctor soon about blood flow, warmth left out until then',
    async (symptom) => {
      const { inForm, afterSave } = await logWith(symptom);
      expect(inForm).toMatch(
        /^Please see your doctor soon.*poor blood flow.*leave out warm compresses.*suddenly turns cold, pale and painful, get urgent help now\.$/,
      );
      expect(afterSave).toBe(inForm);
    },
  );

  it.each([
    'Weakness',
    'Numbness',
    'Tingling',
    'Muscle twitching',
    'A muscle getting thinner (wasting)',
    'Cramps elsewhere in the body',
  ])('%s: the note to see a doctor soon shows at once', async (symptom) => {
    const { inForm, afterSave } = await logWith(symptom);
    expect(inForm).toMatch(/^Please see your doctor soon.*checked by a doctor/);
    expect(afterSave).toBe(inForm);
  });

  it('Sore afterwards: no red-flag note, and the symptom is saved', async () => {
    const { inForm, afterSave, fake } = await logWith('Sore afterwards');
    expect({ inForm, afterSave }).toEqual({ inForm: null, afterSave: null });
    expect(fake.spies.saveDiaryEntry).toHaveBeenCalledWith(
      expect.objectContaining({ symptoms: ['soreness-after'] }),
    );
  });
});
