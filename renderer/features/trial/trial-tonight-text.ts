import type { TrialTonightView } from '../../../core/trial/trial-view';
import { t } from '../../i18n';

/**
 * Tonight in the trial, in words (for Tonight and the Journal): with or without the routine and
 * which night of its block, whether it is a settling-in night, or that the trial is paused.
 */
export function tonightInTrialText(tonight: TrialTonightView | null): string | null {
  if (!tonight) return null;
  if (tonight.kind === 'paused') return t('trial.tonight.paused');
  const line = t(tonight.arm === 'routine' ? 'trial.tonight.routine' : 'trial.tonight.none', {
    night: tonight.nightOfBlock,
    nights: tonight.nightsPerBlock,
  });
  return tonight.isWashout ? `${line} ${t('trial.tonight.settling')}` : line;
}
