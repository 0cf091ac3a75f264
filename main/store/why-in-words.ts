import { formatMessage } from '../../core/i18n/format-message';
import { diskProblemOf } from '../../core/store/disk-problem';

/** Why the disk refused, in the user's words. */
export function whyInWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return formatMessage(`store.why.${diskProblemOf(typeof code === 'string' ? code : undefined)}`);
}
