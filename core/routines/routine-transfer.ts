import { z } from 'zod';

/** How an import through the open dialog ended. */
export const ImportOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cancelled') }),
  /** The names of the routines added (each under a new id: nothing existing is overwritten). */
  z.object({ kind: z.literal('imported'), names: z.array(z.string()) }),
  /** The file was refused: what is wrong, and where. */
  z.object({ kind: z.literal('refused'), message: z.string(), where: z.string() }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

/** How an export through the save dialog ended. */
export const ExportOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cancelled') }),
  z.object({ kind: z.literal('saved'), fileName: z.string(), count: z.number().int() }),
  z.object({ kind: z.literal('failed'), message: z.string() }),
]);
export type ExportOutcome = z.infer<typeof ExportOutcomeSchema>;
