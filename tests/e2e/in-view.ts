import type { CDPSession, Locator, Page } from 'playwright-core';

/** A window: its size in device pixels, and the zoom (2: each CSS pixel drawn twice as wide). */
export interface WindowSize {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly zoom: number;
}

/** The three window sizes a screen must serve: a laptop, a small window, a laptop at 200%. */
export const WINDOW_SIZES = [
  { name: '1280x800', width: 1280, height: 800, zoom: 1 },
  { name: '800x600', width: 800, height: 600, zoom: 1 },
  { name: 'zoom-200', width: 1280, height: 800, zoom: 2 },
] as const satisfies readonly WindowSize[];

/**
 * Sets the window to `size`: at 200% zoom, a 1280 × 800 window is 640 × 400 CSS pixels, drawn
 * at twice the pixels, as Chromium's zoom does it.
 */
export async function setWindowSize(page: Page, size: WindowSize): Promise<void> {
  const css = { width: size.width / size.zoom, height: size.height / size.zoom };
  await page.setViewportSize(css);
  // One session a page, left open: Chromium drops an override when the session that set it
  // detaches, and the page would fall back to the headless window's own size.
  let cdp = zoomSessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    zoomSessions.set(page, cdp);
  }
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    ...css,
    deviceScaleFactor: size.zoom,
    mobile: false,
  });
  const inner = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  if (inner.width !== css.width || inner.height !== css.height)
    throw new Error(`The window is ${inner.width}×${inner.height}, not ${css.width}×${css.height}`);
}

/** Each page's own DevTools session, which holds its zoom. */
const zoomSessions = new WeakMap<Page, CDPSession>();

/** What a user sees of an element without scrolling: where it is, and what is drawn at its centre. */
export interface InViewReport {
  readonly scrollY: number;
  readonly box: { top: number; left: number; bottom: number; right: number };
  readonly window: { width: number; height: number };
  readonly isInside: boolean;
  /** The element (or a part of it) is what is drawn at its centre: nothing covers it. */
  readonly isUncovered: boolean;
  /** What covers it, if something does. */
  readonly coveredBy: string | null;
}

/**
 * Where `locator`'s element is with the page scrolled to the top: inside the window, and not
 * covered at its centre. The page is not scrolled: what is measured is what the user sees.
 */
export function inViewReport(locator: Locator): Promise<InViewReport> {
  return locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const box = { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
    const window_ = { width: window.innerWidth, height: window.innerHeight };
    const isInside =
      window.scrollY === 0 &&
      rect.width > 0 &&
      rect.height > 0 &&
      rect.top >= 0 &&
      rect.left >= 0 &&
      rect.bottom <= window.innerHeight &&
      rect.right <= window.innerWidth;
    const atCentre = document.elementFromPoint(
      rect.left + rect.width / 2,
      rect.top + rect.height / 2,
    );
    const isUncovered = atCentre !== null && (atCentre === element || element.contains(atCentre));
    const describe = (node: Element) =>
      `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}`;
    return {
      scrollY: window.scrollY,
      box,
      window: window_,
      isInside,
      isUncovered,
      coveredBy: isUncovered || atCentre === null ? null : describe(atCentre),
    };
  });
}

/** Whether the element is in view and uncovered, with the page at the top: `true`, or why not. */
export async function inViewAndUncovered(locator: Locator): Promise<true | InViewReport> {
  const report = await inViewReport(locator);
  return report.isInside && report.isUncovered ? true : report;
}
