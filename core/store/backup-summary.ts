import { z } from 'zod';

/** One daily backup of the user's data, as Settings lists it. */
export const BackupSummarySchema = z.object({
  /** The day it was made, "YYYY-MM-DD" (local): also its folder's name. */
  id: z.iso.date(),
  /** Sessions in its history. */
  sessions: z.number().int().min(0),
  /** Cramps in its diary. */
  diaryEntries: z.number().int().min(0),
});
export type BackupSummary = z.infer<typeof BackupSummarySchema>;

/** A backup made at the user's asking: what it holds, and the folder the backups are kept in. */
export const BackupMadeSchema = z.object({
  made: BackupSummarySchema,
  folder: z.string().min(1).max(4096),
});
export type BackupMade = z.infer<typeof BackupMadeSchema>;
