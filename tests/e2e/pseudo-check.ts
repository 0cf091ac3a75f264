import type { Page } from 'playwright-core';
import { PSEUDO_MARKS } from '../../core/i18n/pseudo-locale';

/** What a screen in the pseudo-locale gives away: text that is not from the catalog, and clipping. */
export interface PseudoFindings {
  /** Visible text (or a label a screen reader reads) with no pseudo-locale mark. */
  readonly untransformed: string[];
  /** Elements whose content is cut off (an overflow that hides, or a page wider than the window). */
  readonly clipped: string[];
}

/**
 * Whether a piece of text may stand untransformed: nothing but numbers, punctuation, and the
 * dates and times Intl writes (month and weekday names, AM and PM), which come in the catalog's
 * language (the pseudo-locale keeps English for Intl).
 */
export function isFormattedValue(text: string): boolean {
  const names =
    /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|AM|PM)\b/g;
  return !/\p{L}/u.test(text.replace(names, ''));
}

/** Looks at the page as it stands: every visible text node and label, and every box. */
export async function pseudoFindings(page: Page): Promise<PseudoFindings> {
  const found = await page.evaluate(
    (marks: string[]) => {
      const isShown = (element: Element) =>
        element.checkVisibility({ visibilityProperty: true }) ||
        // The live region is visually hidden on purpose, and read out: it counts.
        element.closest('.visually-hidden') !== null;
      const hasMark = (text: string) => marks.some((mark) => text.includes(mark));
      const texts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const text = (node.textContent ?? '').trim();
        const parent = node.parentElement;
        if (!text || !parent || parent.closest('script, style, noscript')) continue;
        if (!isShown(parent)) continue;
        if (!hasMark(text)) texts.push(text);
      }
      for (const element of document.querySelectorAll(
        '[aria-label], [title], [placeholder], [alt]',
      )) {
        if (!isShown(element)) continue;
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = element.getAttribute(name)?.trim();
          if (value && !hasMark(value)) texts.push(`${name}=${value}`);
        }
      }
      const clipped: string[] = [];
      const describe = (element: Element) => {
        const text =
          element instanceof HTMLInputElement || element instanceof HTMLSelectElement
            ? `${element.type} ${element.value}`
            : (element.textContent ?? '');
        return `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} “${text.trim().slice(0, 40)}”`;
      };
      for (const element of document.querySelectorAll('body *')) {
        if (!(element instanceof HTMLElement) || !element.checkVisibility()) continue;
        // A field's own value scrolls inside it by design (the user's text, or a long name).
        if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) continue;
        if (element.closest('.visually-hidden')) continue;
        const style = getComputedStyle(element);
        const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
        const isCutX = hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
        const isCutY = hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
        const isEllipsis =
          style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1;
        if (isCutX || isCutY || isEllipsis) clipped.push(describe(element));
      }
      if (document.documentElement.scrollWidth > window.innerWidth + 1) {
        clipped.push(
          `the page is ${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px window`,
        );
      }
      return { texts, clipped };
    },
    [...PSEUDO_MARKS],
  );
  return {
    untransformed: found.texts.filter(
      (text) => !isFormattedValue(text.replace(/^(aria-label|title|placeholder|alt)=/, '')),
    ),
    clipped: found.clipped,
  };
}
