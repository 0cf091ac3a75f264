import { messagesEn, type MessageCatalog } from '../core/i18n/catalog-en';
import { windowMessagesEn, type WindowMessageCatalog } from '../core/i18n/messages-en';
import { pseudoCatalog, pseudoRoutineTexts } from '../core/i18n/pseudo-locale';
import { routineTextsEn } from '../core/i18n/routines-en';
import type { RoutineTexts } from '../core/routines/built-in-routines';

/** The languages main can speak: English, and the pseudo-locale that tests translation. */
export type Locale = 'en' | 'pseudo';

/** Every word of the app in one language: the whole catalog, the window's part, the routines'. */
export interface LocaleWords {
  readonly all: MessageCatalog;
  readonly window: WindowMessageCatalog;
  readonly routines: RoutineTexts;
}

/** The language asked for: `BEDTIME_LOCALE=pseudo` for the pseudo-locale, else English. */
export function localeFromEnvironment(env: NodeJS.ProcessEnv): Locale {
  return env['BEDTIME_LOCALE'] === 'pseudo' ? 'pseudo' : 'en';
}

/** The words of a language, chosen once at start for the window, the tray and the notifications. */
export function wordsFor(locale: Locale): LocaleWords {
  if (locale === 'en')
    return { all: messagesEn, window: windowMessagesEn, routines: routineTextsEn };
  return {
    all: pseudoCatalog(messagesEn),
    window: pseudoCatalog(windowMessagesEn),
    routines: pseudoRoutineTexts(routineTextsEn),
  };
}
