import { PlaceholderScreen } from '../../components/placeholder-screen';
import { t } from '../../i18n';

/** Tonight: the home screen. */
export function TonightScreen() {
  return (
    <PlaceholderScreen heading="tonight.heading" text="tonight.intro">
      <p className="screen__text screen__text--quiet">{t('tonight.placeholder')}</p>
    </PlaceholderScreen>
  );
}
