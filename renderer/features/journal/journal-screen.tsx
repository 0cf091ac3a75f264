import { PlaceholderScreen } from '../../components/placeholder-screen';

/** Journal: the cramp diary. */
export function JournalScreen() {
  return <PlaceholderScreen heading="journal.heading" text="journal.placeholder" />;
}
