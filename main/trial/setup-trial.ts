import { randomInt } from 'node:crypto';
import type { BrowserWindow } from 'electron';
import { formatMessage } from '../../core/i18n/format-message';
import type { DiaryState } from '../../core/journal/diary-log';
import { eveningOf } from '../../core/reminders/next-reminder';
import { RuleError } from '../../core/rule-error';
import { SaveError } from '../../core/save-error';
import type { SessionHistoryEntry } from '../../core/session/session-state';
import type { TrialAction } from '../../core/trial/trial-action';
import {
  extendTrialState,
  pauseTrial,
  resumeTrial,
  startTrialState,
  stopTrial,
  trialNightPlace,
  trialStatus,
  type TrialNightPlace,
  type TrialState,
} from '../../core/trial/trial-state';
import { trialView, type TrialView } from '../../core/trial/trial-view';
import { sendEvent, type IpcHandlers } from '../ipc';
import type { SettingsStore } from '../settings/settings-store';

/** What the trial reaches. */
export interface TrialSetup {
  readonly settings: SettingsStore;
  readonly window: BrowserWindow;
  readonly history: () => readonly SessionHistoryEntry[];
  readonly diary: () => DiaryState;
  readonly wallNow: () => number;
  readonly timeZone: () => string;
  /** A fresh 32-bit seed for a new trial's order (crypto's unless a test fixes it). */
  readonly drawSeed?: () => number;
}

/** The trial as the rest of main uses it. */
export interface Trial {
  readonly handlers: Pick<IpcHandlers, 'getTrial' | 'actOnTrial'>;
  /** Tonight's place in the trial (for the reminder). */
  readonly tonight: () => TrialNightPlace | null;
  /** The trial as the window sees it now (for the report). */
  readonly view: () => TrialView;
}

const drawCryptoSeed = () => randomInt(0, 2 ** 32);

/**
 * The personal trial in main: kept in the settings (its plan, pauses and stop), its view worked
 * out from the history and the diary on each request, and its actions checked against its state
 * as it is when their turn comes, so two at once cannot both start a trial.
 */
export function setupTrial(setup: TrialSetup): Trial {
  const tonightDate = () => eveningOf(setup.wallNow(), setup.timeZone()).toString();
  const view = (): TrialView =>
    trialView({
      state: setup.settings.get().trial,
      history: setup.history(),
      diary: setup.diary(),
      timeZone: setup.timeZone(),
      tonight: tonightDate(),
    });
  const act = async (action: TrialAction): Promise<TrialView> => {
    const drawSeed = setup.drawSeed ?? drawCryptoSeed;
    try {
      await setup.settings.updateWith((current) => ({
        trial: nextTrialState(current.trial, action, tonightDate(), drawSeed),
      }));
    } catch (error) {
      if (error instanceof SaveError)
        throw new SaveError(formatMessage('trial.notSaved'), { cause: error });
      throw error;
    }
    const next = view();
    sendEvent(setup.window.webContents, 'trialChanged', next);
    return next;
  };
  return {
    handlers: { getTrial: view, actOnTrial: act },
    view,
    tonight: () => {
      const state = setup.settings.get().trial;
      return state ? trialNightPlace(state, tonightDate()) : null;
    },
  };
}

/** The trial's state after an action, or a RuleError the user reads when it cannot be done now. */
export function nextTrialState(
  current: TrialState | null,
  action: TrialAction,
  tonight: string,
  drawSeed: () => number,
): TrialState {
  if (action.kind === 'start') {
    const status = current ? trialStatus(current, tonight) : null;
    if (status === 'running' || status === 'paused') {
      throw new RuleError(formatMessage('trial.error.running'));
    }
    return startTrialState({ start: tonight, seed: drawSeed(), pairs: action.pairs });
  }
  if (!current) throw new RuleError(formatMessage('trial.error.ended'));
  switch (action.kind) {
    case 'pause':
      return pauseTrial(current, tonight);
    case 'resume':
      return resumeTrial(current, tonight);
    case 'extend':
      return extendTrialState(current, tonight);
    case 'stop':
      return stopTrial(current, tonight);
  }
}
