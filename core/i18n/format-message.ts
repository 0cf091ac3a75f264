import { messagesEn, type MessageCatalog, type MessageKey } from './messages-en';

/** Values that fill `{name}` placeholders in a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Looks up a message and fills its placeholders.
 *
 * Numbers are written through `Intl.NumberFormat` in the catalog's language. A placeholder with
 * no value is left visible (`{name}`) so a missing value shows up in testing
 * rather than as a silently empty phrase.
 */
export function formatMessage(
  key: MessageKey,
  params: MessageParams = {},
  catalog: MessageCatalog = messagesEn,
): string {
  const numbers = new Intl.NumberFormat(catalog['app.lang'], { useGrouping: 'min2' });
  return catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // Numbers as the language writes them (grouping only from five digits: 2026, 12,500).
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** The base keys that have `.one` and `.other` forms. */
type PluralBase<K extends string> = K extends `${infer Base}.other` ? Base : never;
export type PluralKey = PluralBase<MessageKey>;

/**
 * A message in the plural form `count` takes in the catalog's language (`1 step`, `2 steps`).
 * `count` is also available to the message as `{count}`.
 */
export function formatPlural(
  base: PluralKey,
  count: number,
  params: MessageParams = {},
  catalog: MessageCatalog = messagesEn,
): string {
  const rule = new Intl.PluralRules(catalog['app.lang']).select(count);
  const candidate = `${base}.${rule}`;
  const key = (candidate in catalog ? candidate : `${base}.other`) as MessageKey;
  return formatMessage(key, { count, ...params }, catalog);
}
