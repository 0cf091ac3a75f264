import { formatIn, pluralIn, type MessageParams, type PluralBase } from './format-core';
import type { WindowMessageKey } from './messages-en';

/** The window's words, keyed as in `messages-en`. */
export type WindowCatalog = Readonly<Record<WindowMessageKey, string>>;

/**
 * The window's part of the catalog in force. The page does not carry its words in its code: main
 * sends them (in the user's language) before the first screen is drawn, through `setWindowCatalog`.
 * That keeps the page's bundle free of every language's text and lets main choose the language
 * once for the window, the tray and the notifications alike.
 */
let windowCatalog: WindowCatalog | null = null;

/** Puts a catalog in force (the page at start, from main; tests, from `messages-en`). */
export function setWindowCatalog(catalog: WindowCatalog): void {
  windowCatalog = catalog;
}

function catalogInForce(): WindowCatalog {
  if (windowCatalog === null) throw new Error('The window’s words were asked for before they came');
  return windowCatalog;
}

/**
 * A message from the window's part of the catalog: what the renderer (and the core modules it
 * uses) call, so main's own words stay out of the window.
 */
export function formatWindowMessage(key: WindowMessageKey, params: MessageParams = {}): string {
  return formatIn(catalogInForce(), key, params);
}

/** A plural message from the window's part of the catalog. */
export function formatWindowPlural(
  base: PluralBase<WindowMessageKey>,
  count: number,
  params: MessageParams = {},
): string {
  return pluralIn(catalogInForce(), base, count, params);
}
