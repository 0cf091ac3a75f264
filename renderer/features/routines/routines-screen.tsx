import { PlaceholderScreen } from '../../components/placeholder-screen';

/** Routines: the routines the user can follow. */
export function RoutinesScreen() {
  return <PlaceholderScreen heading="routines.heading" text="routines.placeholder" />;
}
