import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

async function openRoutines() {
  const user = userEvent.setup();
  const fake = createFakeBridge();
  render(<App bridge={fake.bridge} />);
  await user.click(await screen.findByRole('tab', { name: 'Routines' }));
  await screen.findByRole('heading', { name: 'Built-in routines' });
  return { user, fake };
}

const builtInCards = () =>
  within(screen.getByRole('region', { name: 'Built-in routines' })).getAllByRole('listitem');

describe('the Routines screen', () => {
  it('shows the built-in routines first, then the user’s own, then sharing', async () => {
    await openRoutines();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Built-in routines',
      'Your routines',
      'Share routines',
    ]);
    const own = screen.getByRole('region', { name: 'Your routines' });
    expect(within(own).queryByRole('list')).toBeEmptyDOMElement();
    expect(own).toHaveTextContent(/None yet/);
    const share = screen.getByRole('region', { name: 'Share routines' });
    expect(
      within(share).getByRole('button', { name: 'Import routines from a file…' }),
    ).toBeInTheDocument();
  });

  it('says each routine’s length in minutes, and shows its steps as silent pictures', async () => {
    await openRoutines();
    for (const card of builtInCards()) {
      expect(card).toHaveTextContent(/About \d+ minutes? · \d+ steps?/);
      const steps = Number(/(\d+) steps?/.exec(card.textContent ?? '')![1]);
      const pictures = card.querySelectorAll('img');
      expect(pictures.length).toBe(Math.min(steps, 8));
      // The words say the steps already: the drawings add nothing to a screen reader.
      for (const picture of pictures) expect(picture).toHaveAttribute('alt', '');
      expect(within(card).queryAllByRole('img')).toHaveLength(0);
    }
  });

  it('marks tonight’s routine, and only its Start stands out', async () => {
    await openRoutines();
    const cards = builtInCards();
    const tonight = cards.filter((card) => /Tonight’s routine/.test(card.textContent ?? ''));
    expect(tonight).toHaveLength(1);
    const starts = screen.getAllByRole('button', { name: /^Start / });
    const standingOut = starts.filter((button) => button.classList.contains('button--primary'));
    expect(standingOut).toEqual([within(tonight[0]!).getByRole('button', { name: /^Start / })]);
  });

  it('“Make your own” opens the editor on a copy of tonight’s routine', async () => {
    const { user, fake } = await openRoutines();
    await user.click(screen.getByRole('button', { name: 'Make your own' }));
    expect(fake.spies.saveOwnRoutine).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByRole('heading', { name: /^Change “My Before sleep: calf/ }),
    ).toBeInTheDocument();
  });
});
