import { t } from '../../i18n';

/** Journal: the cramp diary (its own issue fills it in). */
export function JournalScreen() {
  return (
    <>
      <h1 className="screen__heading">{t('journal.heading')}</h1>
      <p className="screen__text">{t('journal.placeholder')}</p>
    </>
  );
}
