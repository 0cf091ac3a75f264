import axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * The axe-core accessibility violations on a page as it stands (WCAG 2.1 A and AA, and axe's best
 * practices), one readable line each. axe is put into the page over DevTools, so the app's
 * Content-Security-Policy (no inline scripts) is not loosened for it.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      where: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.map(({ id, help, where }) => `${id}: ${help} at ${where.join(', ')}`);
}
