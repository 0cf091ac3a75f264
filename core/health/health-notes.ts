import { z } from 'zod';
import { HEALTH_CONDITIONS, LINKED_MEDICINES } from './health-lists';

/**
 * The user's own health notes, kept on this computer only: the conditions and medicines the
 * content brief links to night cramps, as boxes to tick, each medicine with an optional date it
 * was started or changed, and a free note. They feed the heat gate, Learn and the doctor report.
 * The app never recommends starting or stopping anything on the strength of them.
 */
export const HealthConditionSchema = z.enum(HEALTH_CONDITIONS);
export type HealthCondition = z.infer<typeof HealthConditionSchema>;

export const LinkedMedicineSchema = z.enum(LINKED_MEDICINES);
export type LinkedMedicine = z.infer<typeof LinkedMedicineSchema>;

/** A free note: one paragraph, no control characters. */
const HealthNoteTextSchema = z
  .string()
  .max(1000)
  .regex(/^[^\p{Cc}]*$/u, 'Use letters, numbers and punctuation only.');

export const HealthNotesSchema = z.object({
  conditions: z.array(HealthConditionSchema).max(HealthConditionSchema.options.length),
  medicines: z
    .array(
      z.object({
        medicine: LinkedMedicineSchema,
        /** When it was started or last changed, "YYYY-MM-DD", if the user gave it. */
        changedOn: z.iso.date().nullable(),
      }),
    )
    .max(LinkedMedicineSchema.options.length)
    .refine(
      (medicines) => new Set(medicines.map((entry) => entry.medicine)).size === medicines.length,
      { message: 'Each medicine is listed once.' },
    ),
  other: HealthNoteTextSchema,
});
export type HealthNotes = z.infer<typeof HealthNotesSchema>;
