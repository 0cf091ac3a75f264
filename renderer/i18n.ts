export {
  formatWindowMessage as t,
  formatWindowPlural as tPlural,
  setWindowCatalog,
  type WindowCatalog,
} from '../core/i18n/format-window-message';
export type { WindowMessageKey as MessageKey } from '../core/i18n/messages-en';
