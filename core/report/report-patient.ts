import { z } from 'zod';

/** A control character (a line break or a tab too: a name is one line). */
const hasControlCharacter = (text: string) =>
  [...text].some((character) => {
    const code = character.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });

/**
 * The name and date of birth the user chose to head the report for the doctor (asked when saving
 * it, never needed), kept on this computer in the settings for the next report. An empty name or
 * no date leaves that line off.
 */
export const ReportPatientSchema = z.object({
  /** As the user wrote it, one line. */
  name: z
    .string()
    .trim()
    .max(120)
    .refine((name) => !hasControlCharacter(name), 'use plain text'),
  /** "YYYY-MM-DD"; a year before 1900 is a slip of the keyboard. */
  birthDate: z.iso
    .date()
    .refine((date) => date >= '1900-01-01', 'a date from 1900 on')
    .nullable(),
});
export type ReportPatient = z.infer<typeof ReportPatientSchema>;
