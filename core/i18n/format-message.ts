import { formatIn, pluralIn, type MessageParams, type PluralBase } from './format-core';
import { messagesEn, type MessageCatalog, type MessageKey } from './catalog-en';

export type { MessageParams } from './format-core';
export type PluralKey = PluralBase<MessageKey>;

/** A message from the whole catalog (main's and the window's), placeholders filled. */
export function formatMessage(
  key: MessageKey,
  params: MessageParams = {},
  catalog: MessageCatalog = messagesEn,
): string {
  return formatIn(catalog, key, params);
}

/** A message in the plural form `count` takes (`1 step`, `2 steps`), from the whole catalog. */
export function formatPlural(
  base: PluralKey,
  count: number,
  params: MessageParams = {},
  catalog: MessageCatalog = messagesEn,
): string {
  return pluralIn(catalog, base, count, params);
}
