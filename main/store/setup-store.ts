import path from 'node:path';
import { app } from 'electron';
import { Temporal } from 'temporal-polyfill';
import { formatMessage, formatPlural } from '../../core/i18n/format-message';
import { tellUser } from '../tell-user';
import { openUserStore, type StoreProblem, type UserStore } from './user-store';
import { whyInWords } from './why-in-words';

/**
 * Opens the user's data in the user-data folder. Whatever could not be read is kept aside, and
 * whatever cannot be saved is left as it is; the user is told once, in one calm message that says
 * where the data is; the app starts either way. A daily backup that cannot be made is logged and
 * told once a run, and never holds anything up.
 */
export async function setupStore(
  log: Pick<Console, 'warn'>,
  wallNow: () => number,
  timeZone: () => string,
): Promise<UserStore> {
  const folder = app.getPath('userData');
  let isBackupFailureTold = false;
  const { store, problems, notes } = await openUserStore(folder, {
    wallNow,
    appVersion: app.getVersion(),
    today: () =>
      Temporal.Instant.fromEpochMilliseconds(wallNow())
        .toZonedDateTimeISO(timeZone())
        .toPlainDate()
        .toString(),
    onBackupFailure: (error) => {
      log.warn(`Today's backup could not be made: ${String(error)}`);
      if (isBackupFailureTold) return;
      isBackupFailureTold = true;
      tellUser(
        formatMessage('store.backupFailed.title'),
        formatMessage('store.backupFailed.detail', {
          folder,
          backups: path.join(folder, 'backups'),
          why: whyInWords(error),
        }),
      );
    },
  });
  for (const note of notes) log.warn(note);
  for (const problem of problems) log.warn(`Store: ${problem.file}: ${reasonOf(problem)}`);
  if (problems.length > 0) {
    const isSaving = problems.every(
      ({ outcome }) => outcome.kind === 'damaged' || outcome.kind === 'torn-tail',
    );
    tellUser(
      formatMessage(isSaving ? 'store.damaged.title' : 'store.notSaving.title'),
      [...problems.map(describe), formatMessage('store.where', { folder })].join('\n\n'),
    );
  }
  return store;
}

function reasonOf(problem: StoreProblem): string {
  const { outcome } = problem;
  if ('reason' in outcome) return outcome.reason;
  return `a cut-off end (${outcome.keptAs ?? 'shorter than saved'})`;
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
  const { file, outcome } = problem;
  switch (outcome.kind) {
    case 'damaged': {
      const what =
        file === 'history'
          ? formatPlural('store.damaged.history', outcome.entries)
          : formatMessage('store.damaged.diary');
      return `${what} ${formatMessage('store.damaged.keptAs', { file: outcome.keptAs })}`;
    }
    case 'torn-tail': {
      const what = formatMessage(`store.torn.${file}`);
      return outcome.keptAs === null
        ? what
        : `${what} ${formatMessage('store.torn.keptAs', { file: outcome.keptAs })}`;
    }
    case 'newer-version':
      return formatMessage(`store.newer.${file}`);
    case 'cannot-write':
      return formatMessage(`store.cannotWrite.${file}`, {
        why: formatMessage(`store.why.${outcome.why}`),
      });
  }
}
