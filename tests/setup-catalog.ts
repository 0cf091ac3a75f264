// The page gets its words from main at start (renderer/main.tsx); tests of the page's code and of
// the core modules it uses put the same English catalog in force.
import { setWindowCatalog } from '../core/i18n/format-window-message';
import { windowMessagesEn } from '../core/i18n/messages-en';

setWindowCatalog(windowMessagesEn);
