import { useEffect, useRef, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { BackupSummary } from '../../../core/store/backup-summary';
import { t, tPlural } from '../../i18n';
import { dayText } from '../journal/diary-text';

/**
 * The daily backups, newest first, each to restore after a plain confirmation in the page: what
 * is there now is kept aside and the app restarts (main does both).
 */
export function Backups({ bridge }: { bridge: BedtimeBridge | null }) {
  const [backups, setBackups] = useState<readonly BackupSummary[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    void bridge?.listBackups().then((result) => result.ok && setBackups(result.value));
  }, [bridge]);
  const restore = async (id: string) => {
    // On success main restarts the app: nothing more to show. A restore that could not be done
    // changed nothing, and main says why in plain words.
    const result = await bridge?.restoreBackup({ id });
    if (result?.ok) return;
    setError(result?.error.code === 'not-saved' ? result.error.message : t('error.generic'));
  };
  return (
    <fieldset className="settings-group">
      <legend>{t('backups.heading')}</legend>
      <ul className="routine-list">
        {backups.map(({ id, sessions, diaryEntries }) => (
          <li key={id} className="backup">
            {[
              dayText(id),
              tPlural('count.sessions', sessions),
              tPlural('count.cramps', diaryEntries),
            ].join(t('common.separator'))}{' '}
            <button
              type="button"
              className="button"
              onClick={(event) => {
                opener.current = event.currentTarget;
                setError(null);
                setChosen(id);
              }}
            >
              {t('backups.restore')}
            </button>
            {chosen === id && (
              <div className="confirm" role="group" aria-labelledby="backup-confirm">
                <p id="backup-confirm" className="confirm__title">
                  {t('backups.confirm', { date: dayText(id) })}
                </p>
                <div className="confirm__buttons">
                  <button type="button" className="button" onClick={() => void restore(id)}>
                    {t('backups.yes')}
                  </button>
                  <button
                    type="button"
                    className="button button--primary"
                    autoFocus // the choice that changes nothing, for a stray key press
                    onClick={() => {
                      setChosen(null);
                      opener.current?.focus();
                    }}
                  >
                    {t('backups.no')}
                  </button>
                </div>
                {error && (
                  <p className="notice notice--inline" role="alert">
                    {error}
                  </p>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
