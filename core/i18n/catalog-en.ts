import { windowMessagesEn } from './messages-en';
import { mainMessagesEn } from './messages-main-en';

/**
 * Every user-facing string of the app, in English, in one catalog so the app can be translated:
 * the window's (`messages-en.ts`) and main's own (`messages-main-en.ts`). Keys are grouped by
 * area; `{name}` marks a value filled in by `formatMessage`.
 */
export const messagesEn = { ...windowMessagesEn, ...mainMessagesEn };

export type MessageKey = keyof typeof messagesEn;
export type MessageCatalog = Readonly<Record<MessageKey, string>>;
