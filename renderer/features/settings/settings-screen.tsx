import { PlaceholderScreen } from '../../components/placeholder-screen';

/** Settings: sound, reminders and comfort. */
export function SettingsScreen() {
  return <PlaceholderScreen heading="settings.heading" text="settings.placeholder" />;
}
