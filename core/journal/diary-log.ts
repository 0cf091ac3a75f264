import { z } from 'zod';
import { DiaryEntrySchema, type DiaryEntry } from './diary-entry';

/** The answer to the morning question, "Any leg cramps last night?". */
export const MorningAnswerSchema = z.enum([
  /** No cramps: the only way a night is counted as free of them. */
  'none',
  /** Yes (the diary entry may follow, or not: the night counts as a cramp night either way). */
  'cramps',
  /** "Not now": not asked again that morning; the night stays unknown. */
  'later',
]);
export type MorningAnswer = z.infer<typeof MorningAnswerSchema>;

/**
 * One line of the diary's journal (`diary.jsonl`). The diary is kept as what happened, in order,
 * so that a change is one short append and nothing is ever rewritten: an entry saved (new or
 * edited: the last save of an id wins), deleted, or brought back by Undo; a morning answered.
 */
export const DiaryEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), atMs: z.number().int().min(0), entry: DiaryEntrySchema }),
  z.object({
    kind: z.literal('deleted'),
    atMs: z.number().int().min(0),
    id: z.string().min(1).max(64),
  }),
  z.object({
    kind: z.literal('restored'),
    atMs: z.number().int().min(0),
    id: z.string().min(1).max(64),
  }),
  z.object({
    kind: z.literal('morning'),
    atMs: z.number().int().min(0),
    night: z.iso.date(),
    answer: MorningAnswerSchema,
  }),
]);
export type DiaryEvent = z.infer<typeof DiaryEventSchema>;

/** The diary as its events leave it. */
export interface DiaryState {
  /** Entries in force, by id. */
  readonly entries: ReadonlyMap<string, DiaryEntry>;
  /** Deleted entries, by id, their last saved form (Undo brings them back). */
  readonly deleted: ReadonlyMap<string, DiaryEntry>;
  /** The last answer given for each night asked about. */
  readonly mornings: ReadonlyMap<string, MorningAnswer>;
}

/** Plays the diary's events in order. An event about an unknown id changes nothing. */
export function replayDiary(events: readonly DiaryEvent[]): DiaryState {
  const entries = new Map<string, DiaryEntry>();
  const deleted = new Map<string, DiaryEntry>();
  const mornings = new Map<string, MorningAnswer>();
  for (const event of events) applyDiaryEvent({ entries, deleted, mornings }, event);
  return { entries, deleted, mornings };
}

/** Applies one event to a state being built (the store keeps its state current this way). */
export function applyDiaryEvent(
  state: {
    entries: Map<string, DiaryEntry>;
    deleted: Map<string, DiaryEntry>;
    mornings: Map<string, MorningAnswer>;
  },
  event: DiaryEvent,
): void {
  switch (event.kind) {
    case 'saved':
      state.deleted.delete(event.entry.id);
      state.entries.set(event.entry.id, event.entry);
      break;
    case 'deleted': {
      const entry = state.entries.get(event.id);
      if (!entry) break;
      state.entries.delete(event.id);
      state.deleted.set(event.id, entry);
      break;
    }
    case 'restored': {
      const entry = state.deleted.get(event.id);
      if (!entry) break;
      state.deleted.delete(event.id);
      state.entries.set(event.id, entry);
      break;
    }
    case 'morning':
      state.mornings.set(event.night, event.answer);
      break;
  }
}
