import { app } from 'electron';
import { Temporal } from 'temporal-polyfill';
import { formatMessage, formatPlural } from '../../core/i18n/format-message';
import { tellUser } from '../tell-user';
import { openUserStore, type StoreProblem, type UserStore } from './user-store';

/**
 * Opens the user's data in the user-data folder. Whatever could not be read is kept aside and
 * the user is told once, in one calm message; the app starts either way.
 */
export async function setupStore(
  log: Pick<Console, 'warn'>,
  wallNow: () => number,
  timeZone: () => string,
): Promise<UserStore> {
  const { store, problems, notes } = await openUserStore(app.getPath('userData'), {
    wallNow,
    appVersion: app.getVersion(),
    today: () =>
      Temporal.Instant.fromEpochMilliseconds(wallNow())
        .toZonedDateTimeISO(timeZone())
        .toPlainDate()
        .toString(),
  });
  for (const note of notes) log.warn(note);
  for (const problem of problems) log.warn(`Store: ${problem.file}: ${problem.outcome.reason}`);
  if (problems.length > 0)
    tellUser(formatMessage('store.damaged.title'), problems.map(describe).join('\n\n'));
  return store;
}

/** One problem, in plain words. */
function describe(problem: StoreProblem): string {
  if (problem.file === 'settings') {
    const { outcome } = problem;
    if (outcome.kind === 'unreadable') return formatMessage('store.settingsUnreadable');
    const what =
      outcome.restoredFrom === null
        ? formatMessage('store.damaged.settingsDefaults')
        : formatMessage('store.damaged.settingsFromBackup', { day: outcome.restoredFrom });
    return `${what} ${formatMessage('store.damaged.keptAs', { file: outcome.keptAs })}`;
  }
  const what =
    problem.file === 'history'
      ? formatPlural('store.damaged.history', problem.outcome.entries)
      : formatMessage('store.damaged.diary');
  return `${what} ${formatMessage('store.damaged.keptAs', { file: problem.outcome.keptAs })}`;
}
