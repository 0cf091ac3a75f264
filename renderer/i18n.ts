export { formatMessage as t, formatPlural as tPlural } from '../core/i18n/format-message';
export type { MessageKey } from '../core/i18n/messages-en';
