/**
 * Why the disk refused, as the user can act on it: it is full, the app may not write there (or
 * another program holds the file), or something else. Worked out from the system's error code
 * (`ENOSPC`, `EACCES`…), which main reads from the error.
 */
export type DiskProblem = 'full' | 'not-allowed' | 'other';

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const NOT_ALLOWED = new Set(['EACCES', 'EPERM', 'EROFS', 'EBUSY', 'ENOTDIR', 'EISDIR', 'EEXIST']);

/** The problem an error code stands for (`undefined`, or one not listed, is `other`). */
export function diskProblemOf(code: string | undefined): DiskProblem {
  if (code !== undefined && FULL.has(code)) return 'full';
  if (code !== undefined && NOT_ALLOWED.has(code)) return 'not-allowed';
  return 'other';
}
