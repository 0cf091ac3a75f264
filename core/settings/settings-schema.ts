import { z } from 'zod';

/** The answer to the one-time question about reduced feeling in the legs or feet. */
export const ReducedFeelingSchema = z.enum(['unknown', 'yes', 'no']);
export type ReducedFeeling = z.infer<typeof ReducedFeelingSchema>;

import { DEFAULT_VOLUME } from './settings-defaults';

/** The user's settings, as stored on disk and shown in the app. */
export const SettingsSchema = z.object({
  version: z.literal(1).default(1),
  /** 'yes' means heat steps are left out (they could burn without being felt). */
  reducedFeeling: ReducedFeelingSchema.default('unknown'),
  /** Cue volume, 0 to 1. */
  volume: z.number().min(0).max(1).default(DEFAULT_VOLUME),
  isMuted: z.boolean().default(false),
  /** Speak each step's prompt where the system has a voice. */
  speakPrompts: z.boolean().default(true),
  /** Pause a routine when the screen locks. */
  pauseOnScreenLock: z.boolean().default(true),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A change the renderer may ask for: any subset of the user-facing fields, nothing else. */
export const SettingsPatchSchema = SettingsSchema.omit({ version: true }).partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
