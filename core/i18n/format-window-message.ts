import { formatIn, pluralIn, type MessageParams, type PluralBase } from './format-core';
import { windowMessagesEn, type WindowMessageKey } from './messages-en';

/**
 * A message from the window's part of the catalog: what the renderer (and the core modules it
 * uses) call, so main's own words stay out of the window's bundle.
 */
export function formatWindowMessage(key: WindowMessageKey, params: MessageParams = {}): string {
  return formatIn(windowMessagesEn, key, params);
}

/** A plural message from the window's part of the catalog. */
export function formatWindowPlural(
  base: PluralBase<WindowMessageKey>,
  count: number,
  params: MessageParams = {},
): string {
  return pluralIn(windowMessagesEn, base, count, params);
}
