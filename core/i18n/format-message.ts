import { formatIn, pluralIn, type MessageParams, type PluralBase } from './format-core';
import type { MessageCatalog, MessageKey } from './catalog-en';
import { catalogInForce } from './catalog-in-force';

export type { MessageParams } from './format-core';
export type PluralKey = PluralBase<MessageKey>;

/** A message from the whole catalog (main's and the window's), placeholders filled. */
export function formatMessage(
  key: MessageKey,
  params: MessageParams = {},
  catalog: MessageCatalog = catalogInForce(),
): string {
  return formatIn(catalog, key, params);
}

/** A message in the plural form `count` takes (`1 step`, `2 steps`), from the whole catalog. */
export function formatPlural(
  base: PluralKey,
  count: number,
  params: MessageParams = {},
  catalog: MessageCatalog = catalogInForce(),
): string {
  return pluralIn(catalog, base, count, params);
}
