/** Values that fill `{name}` placeholders in a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A catalog: messages by key, with the language it is written in under `app.lang`. */
type Catalog<K extends string> = Readonly<Record<K, string>> & { readonly 'app.lang': string };

/**
 * A message from `catalog` with its placeholders filled. Numbers are written through
 * `Intl.NumberFormat` in the catalog's language (grouping only from five digits: 2026, 12,500). A
 * placeholder with no value is left visible (`{name}`), so a missing value shows up in testing
 * rather than as a silently empty phrase.
 */
export function formatIn<K extends string>(
  catalog: Catalog<K>,
  key: K,
  params: MessageParams = {},
): string {
  return catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(catalog['app.lang']).format(value) : value;
  });
}

/*
 * Intl's formatters, one per language, made once: making one costs far more than using it (a
 * fraction of a millisecond each, which a screen of a few hundred messages turns into a
 * visible wait).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(lang: string): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format)
    numberFormats.set(lang, (format = new Intl.NumberFormat(lang, { useGrouping: 'min2' })));
  return format;
}

function pluralRule(lang: string): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

/** The base keys that have `.one` and `.other` forms. */
export type PluralBase<K extends string> = K extends `${infer Base}.other` ? Base : never;

/**
 * A message in the plural form `count` takes in the catalog's language (`1 step`, `2 steps`).
 * `count` is also available to the message as `{count}`.
 */
export function pluralIn<K extends string>(
  catalog: Catalog<K>,
  base: PluralBase<K>,
  count: number,
  params: MessageParams = {},
): string {
  const rule = pluralRule(catalog['app.lang']).select(count);
  const candidate = `${base}.${rule}`;
  const key = (candidate in catalog ? candidate : `${base}.other`) as K;
  return formatIn(catalog, key, { count, ...params });
}
