/**
 * A valid request that cannot be done in the current state ("a routine is already in progress").
 * The message is written for the user; IPC answers it as `not-allowed-now`.
 */
export class RuleError extends Error {
  override readonly name = 'RuleError';
}
