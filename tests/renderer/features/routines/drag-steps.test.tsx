import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

async function openEditor() {
  const user = userEvent.setup();
  render(<App bridge={createFakeBridge().bridge} />);
  await user.click(await screen.findByRole('tab', { name: 'Routines' }));
  await user.click(
    await screen.findByRole('button', {
      name: 'Make a copy to change: Before sleep: calf and hamstring stretches',
    }),
  );
  await screen.findByRole('heading', { name: /^Change “My Before sleep/ });
  return user;
}

const stepTitles = () =>
  screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
const announced = () =>
  screen
    .getAllByRole('status')
    .map((region) => region.textContent)
    .join(' ');

describe('dragging a step by its handle with the keyboard', () => {
  it('picks it up with Space, moves it with the arrows, puts it down with Space, and says so', async () => {
    const user = await openEditor();
    const handle = screen.getByRole('button', { name: 'Move Calf stretch at the wall' });
    expect(handle).toHaveAccessibleDescription(/press Space to pick it up/);
    handle.focus();
    await user.keyboard('[Space]');
    expect(announced()).toContain('Picked up Calf stretch at the wall, at place 1.');
    expect(handle).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('[ArrowDown]');
    expect(announced()).toContain('Calf stretch at the wall is now at place 2.');
    // Nothing moves for real until it is put down.
    expect(stepTitles()).toEqual(['1. Calf stretch at the wall', '2. Hamstring stretch']);
    await user.keyboard('[Space]');
    expect(stepTitles()).toEqual(['1. Hamstring stretch', '2. Calf stretch at the wall']);
    expect(announced()).toContain('Calf stretch at the wall was put down at place 2.');
    expect(screen.getByRole('button', { name: 'Move Calf stretch at the wall' })).toHaveFocus();
  });

  it('puts it back where it was on Escape', async () => {
    const user = await openEditor();
    screen.getByRole('button', { name: 'Move Hamstring stretch' }).focus();
    await user.keyboard('[Space][ArrowUp][Escape]');
    expect(stepTitles()).toEqual(['1. Calf stretch at the wall', '2. Hamstring stretch']);
    expect(announced()).toContain('Hamstring stretch was put back where it was.');
  });
});
