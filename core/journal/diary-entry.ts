import { z } from 'zod';

/** Which leg a cramp was in. */
export const CrampLegSchema = z.enum(['left', 'right', 'both']);
/** Where in the leg (the seed article's muscles). */
export const CrampMuscleSchema = z.enum(['calf', 'back-of-thigh', 'front-of-thigh', 'foot']);
/** What the pain felt like, in the words people use for night cramps. */
export const CrampFeelSchema = z.enum(['tight', 'knotted', 'sharp', 'aching', 'burning', 'other']);
/** What helped it pass. */
export const CrampHelpSchema = z.enum([
  'stretching',
  'standing',
  'walking',
  'massage',
  'warmth',
  'nothing',
  'other',
]);
/**
 * Symptoms that came with it: the content brief's signs to see a doctor about (`redFlagOf` says
 * which note each calls for), and soreness afterwards. A value added here reads in every diary
 * kept before (they never hold it), so the diary's format needs no new version.
 */
export const CrampSymptomSchema = z.enum([
  // A clot's signs (urgent).
  'calf-swelling',
  'redness',
  'warmth-to-touch',
  // Poor blood flow in the legs.
  'pale-or-cold-skin',
  'calf-pain-walking',
  // Nerves and muscles.
  'weakness',
  'numbness',
  'tingling',
  'twitching',
  'muscle-wasting',
  'cramps-elsewhere',
  'soreness-after',
]);

/** A short note a user may write: one paragraph, no control characters. */
const NoteSchema = z
  .string()
  .trim()
  .max(500)
  .refine((text) => ![...text].some(isControlCharacter), 'use plain text');

/** A control character other than a tab or a line break. */
function isControlCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
}

/**
 * One cramp in the diary, the seed article's four questions and what a doctor asks: when it
 * started, which leg and muscle, how strong (0 to 10) and how long, what it felt like, what
 * helped, what came with it, and any medicine started or changed lately. Every field but the
 * moment is optional: a half-asleep entry of three clicks is a good entry.
 */
export const DiaryEntrySchema = z.object({
  id: z.string().min(1).max(64),
  /** When the cramp started (epoch ms). */
  startedAtMs: z.number().int().min(0),
  /** The night it belongs to, "YYYY-MM-DD": the date of its evening, in the user's zone. */
  night: z.iso.date(),
  leg: CrampLegSchema.optional(),
  muscle: CrampMuscleSchema.optional(),
  /** 0 (barely) to 10 (the worst imaginable). */
  intensity: z.number().int().min(0).max(10).optional(),
  /** How long it lasted, in minutes (from under a minute to two hours). */
  durationMinutes: z.number().min(0).max(120).optional(),
  feel: z.array(CrampFeelSchema).max(6).optional(),
  helped: z.array(CrampHelpSchema).max(7).optional(),
  symptoms: z.array(CrampSymptomSchema).max(CrampSymptomSchema.options.length).optional(),
  /** Medicines started or changed lately, in the user's own words. */
  medicines: NoteSchema.optional(),
  note: NoteSchema.optional(),
});
export type DiaryEntry = z.infer<typeof DiaryEntrySchema>;
