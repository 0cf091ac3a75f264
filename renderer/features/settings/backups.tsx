import { useEffect, useRef, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { IpcResult } from '../../../core/ipc/ipc-result';
import { BACKUPS_KEPT } from '../../../core/store/backup-rules';
import type { BackupSummary } from '../../../core/store/backup-summary';
import { t, tPlural } from '../../i18n';
import { dayText } from '../journal/diary-text';

/** Main's own words for a refusal it explains; anything else is the generic line. */
const inWords = (result: IpcResult<unknown> | undefined): string =>
  result &&
  !result.ok &&
  (result.error.code === 'not-saved' || result.error.code === 'not-allowed-now')
    ? result.error.message
    : t('error.generic');

/**
 * Your data: the daily backups in plain words (when one is made, how many are kept, where, and
 * what Restore does), a "Back up now", and the backups kept, newest first, each to restore after
 * a plain confirmation in the page: what is there now is kept aside and the app restarts (main
 * does both). A backup that could not be made is said, never passed over.
 */
export function Backups({ bridge }: { bridge: BedtimeBridge | null }) {
  const [backups, setBackups] = useState<readonly BackupSummary[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBackingUp, setIsBackingUp] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    void bridge?.listBackups().then((result) => result.ok && setBackups(result.value));
  }, [bridge]);
  const backUpNow = async () => {
    if (isBackingUp) return;
    setIsBackingUp(true);
    setOutcome(null);
    const result = await bridge?.backUpNow();
    setIsBackingUp(false);
    if (!result?.ok) {
      setOutcome({ ok: false, text: inWords(result) });
      return;
    }
    const { made, folder } = result.value;
    setBackups((kept) =>
      [made, ...kept.filter((backup) => backup.id !== made.id)].sort((a, b) =>
        b.id.localeCompare(a.id),
      ),
    );
    setOutcome({ ok: true, text: t('backups.made', { date: dayText(made.id), folder }) });
  };
  const restore = async (id: string) => {
    // On success main restarts the app: nothing more to show. A restore that could not be done
    // changed nothing, and main says why in plain words.
    const result = await bridge?.restoreBackup({ id });
    if (result?.ok) return;
    setError(result?.error.code === 'not-saved' ? result.error.message : t('error.generic'));
  };
  return (
    <>
      <p className="settings-section__text">{tPlural('backups.when', BACKUPS_KEPT)}</p>
      <p className="settings-section__text">{t('backups.restoreHelp')}</p>
      <button
        type="button"
        className="button"
        // Not `disabled` while it works: the button keeps the keyboard's focus.
        aria-disabled={isBackingUp}
        onClick={() => void backUpNow()}
      >
        {isBackingUp ? t('backups.makingNow') : t('backups.now')}
      </button>
      {outcome && (
        <p
          className={outcome.ok ? 'notice notice--calm notice--inline' : 'notice notice--inline'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {outcome.text}
        </p>
      )}
      <h3 className="settings-subheading">{t('backups.heading')}</h3>
      {backups.length === 0 && <p className="screen__text--quiet">{t('backups.none')}</p>}
      <ul className="routine-list" aria-label={t('backups.heading')}>
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
    </>
  );
}
