import { messagesEn, type MessageCatalog, type MessageKey } from './messages-en';

/** Values that fill `{name}` placeholders in a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Looks up a message and fills its placeholders.
 *
 * A placeholder with no value is left visible (`{name}`) so a missing value shows up in testing
 * rather than as a silently empty phrase.
 */
export function formatMessage(
  key: MessageKey,
  params: MessageParams = {},
  catalog: MessageCatalog = messagesEn,
): string {
  return catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
