import type { DiaryDraft } from '../../../core/journal/diary-view';

/** A draft's answers, as they would be saved: empty ones dropped, lists in one order. */
const answersOf = (draft: DiaryDraft) =>
  JSON.stringify(
    Object.entries(draft)
      .filter(([, value]) => value !== undefined && value !== '' && [value].flat().length > 0)
      .map(([key, value]) => [key, Array.isArray(value) ? [...value].sort() : value])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );

/**
 * Whether the user has changed anything since the form opened: a choice made (and not taken
 * back), a word typed, the time moved. Opening "More details" is no change.
 */
export const hasChanges = (
  opened: DiaryDraft,
  draft: DiaryDraft,
  openedWhen: string,
  when: string,
): boolean => when !== openedWhen || answersOf(opened) !== answersOf(draft);
