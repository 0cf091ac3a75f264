/**
 * Puts the keyboard on a screen's heading (its `h1`), where a screen reader starts reading, with
 * the page at its top: the navigation stays in view and no frame is drawn round the whole screen.
 * Without a heading, the screen itself takes the focus, still without scrolling.
 */
export function focusScreenHeading(screen: HTMLElement | null): void {
  if (!screen) return;
  window.scrollTo?.(0, 0);
  const heading = screen.querySelector<HTMLElement>('h1');
  if (!heading) return screen.focus({ preventScroll: true });
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}
