/**
 * A change that was valid but could not be written to disk (a full disk, a read-only folder).
 * Nothing changed, in memory or on disk; the message is written for the user, and IPC answers it
 * as `not-saved`.
 */
export class SaveError extends Error {
  override readonly name = 'SaveError';
}
