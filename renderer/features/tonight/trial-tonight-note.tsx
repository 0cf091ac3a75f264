import type { BedtimeBridge } from '../../../core/ipc/bridge';
import { tonightInTrialText } from '../trial/trial-tonight-text';
import { useTrial } from '../trial/use-trial';

/** Tonight's place in the personal trial, when one is under way, above tonight's routine. */
export function TrialTonightNote({ bridge }: { bridge: BedtimeBridge | null }) {
  const { view } = useTrial(bridge);
  const text = tonightInTrialText(view?.trial?.tonight ?? null);
  if (!text) return null;
  return (
    <p className="notice notice--calm trial-tonight" role="note">
      {text}
    </p>
  );
}
