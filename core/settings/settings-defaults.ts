import { DEFAULT_REMINDER_SCHEDULE } from '../reminders/reminder-defaults';
import { RECOMMENDED_ROUTINE_ID } from '../routines/routine-ids';
import { EMPTY_HEALTH_NOTES } from '../health/heat-risk';
import { NO_PATIENT } from '../report/report-rules';
import type { Settings } from './settings-schema';

/** The night default: quiet. */
export const DEFAULT_VOLUME = 0.3;

/**
 * The defaults, for a first start or after a damaged file. A plain object (not parsed) so the
 * renderer can use it without the schema library; a test checks it matches the schema's defaults.
 */
export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  reducedFeeling: 'unknown',
  volume: DEFAULT_VOLUME,
  isMuted: false,
  speakPrompts: true,
  pauseOnScreenLock: true,
  reminderSchedule: DEFAULT_REMINDER_SCHEDULE,
  reminderState: {},
  reminderStyle: 'both',
  launchAtLogin: false,
  hasSeenTrayNote: false,
  ownRoutines: [],
  tonightRoutineId: RECOMMENDED_ROUTINE_ID,
  tonightMinutes: null,
  crampLeg: null,
  favourSide: null,
  routineFavour: {},
  trial: null,
  healthNotes: EMPTY_HEALTH_NOTES,
  reportPatient: NO_PATIENT,
  welcomeSeen: true,
  legCheckedAtMs: null,
};
