import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/app';
import { createFakeBridge } from '../fakes/fake-bridge';

function renderApp() {
  const fake = createFakeBridge();
  const view = render(<App bridge={fake.bridge} />);
  return { ...view, fake };
}

describe('the app shell', () => {
  it('opens on Tonight with the five screens in the navigation', () => {
    renderApp();
    const tabs = within(screen.getByRole('tablist', { name: 'Screens' })).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Tonight',
      'Routines',
      'Journal',
      'Learn',
      'Settings',
    ]);
    expect(screen.getByRole('tab', { name: 'Tonight' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('heading', { level: 1, name: 'Tonight' })).toBeInTheDocument();
  });

  it('moves between screens with the arrow keys, Home and End, and announces each', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.tab();
    expect(screen.getByRole('tab', { name: 'Tonight' })).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 1, name: 'Routines' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Routines' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Routines screen');

    await user.keyboard('{End}');
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 1, name: 'Tonight' })).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Tonight' })).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps one tab stop for the navigation, then reaches the screen', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.tab();
    await user.tab();
    // The screen's first control, not a frame round the whole screen.
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Tonight');
    expect(screen.getByRole('tabpanel')).not.toHaveFocus();
    expect(screen.getByRole('tabpanel')).toContainElement(document.activeElement as HTMLElement);
  });

  it('shows the version from main and follows main’s navigate event', async () => {
    const { fake } = renderApp();
    expect(await screen.findByText('Version 9.9.9')).toBeInTheDocument();
    act(() => fake.emit('navigate', { screen: 'journal' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Journal' })).toBeInTheDocument();
  });

  it('stops listening to main when it unmounts', () => {
    const { fake, unmount } = renderApp();
    expect(fake.listenerCount('navigate')).toBe(1);
    unmount();
    expect(fake.listenerCount('navigate')).toBe(0);
  });

  it('says clearly when the background service is missing', () => {
    render(<App bridge={null} />);
    expect(screen.getByRole('alert')).toHaveTextContent('could not connect');
  });

  it('always shows the not-a-diagnosis note', () => {
    renderApp();
    expect(screen.getByText(/not a diagnosis/)).toBeInTheDocument();
  });
});
