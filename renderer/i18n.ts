export { formatMessage as t } from '../core/i18n/format-message';
export type { MessageKey } from '../core/i18n/messages-en';
