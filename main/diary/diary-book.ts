import { randomUUID } from 'node:crypto';
import { clotCautionAt, type ClotCaution } from '../../core/health/clot-caution';
import { formatMessage } from '../../core/i18n/format-message';
import { DiaryEntrySchema, type DiaryEntry } from '../../core/journal/diary-entry';
import {
  applyDiaryEvent,
  replayDiary,
  type DiaryEvent,
  type DiaryState,
  type MorningAnswer,
} from '../../core/journal/diary-log';
import { diaryView, nightOfCramp } from '../../core/journal/diary-rules';
import type { DiaryDraft, DiaryView } from '../../core/journal/diary-view';
import { RuleError } from '../../core/rule-error';
import { SaveError } from '../../core/save-error';
import { JournalReadOnlyError, type JournalFile } from '../store/journal-file';

/** The diary's clock and zone, injected, and when a doctor last checked the leg (settings). */
export interface DiaryTime {
  readonly wallNow: () => number;
  readonly timeZone: () => string;
  readonly legCheckedAtMs?: () => number | null;
}

/**
 * The cramp diary: every change is one event appended to the diary's journal and synced before
 * it counts (and before the window hears of it); the diary in force is those events replayed.
 * A change that cannot be saved changes nothing and says so.
 */
export class DiaryBook {
  private readonly state: {
    entries: Map<string, DiaryEntry>;
    deleted: Map<string, DiaryEntry>;
    mornings: Map<string, MorningAnswer>;
  };

  constructor(
    private readonly journal: JournalFile<DiaryEvent>,
    private readonly time: DiaryTime,
    private readonly newId: () => string = randomUUID,
  ) {
    this.state = { entries: new Map(), deleted: new Map(), mornings: new Map() };
    this.replay();
    // A diary that could not be opened for saving is read again once it can be.
    journal.onReopened(() => this.replay());
  }

  /** The diary in force: the journal's events, replayed. */
  private replay(): void {
    const replayed = replayDiary(this.journal.entries());
    this.state.entries = new Map(replayed.entries);
    this.state.deleted = new Map(replayed.deleted);
    this.state.mornings = new Map(replayed.mornings);
  }

  /** The diary now, with the morning question if it is due. */
  view(): DiaryView {
    const legCheckedAtMs = this.time.legCheckedAtMs?.() ?? null;
    return diaryView(this.state, this.time.wallNow(), this.time.timeZone(), legCheckedAtMs);
  }

  /** The clot caution in force now (massage and warmth left out), or `null`. */
  clotCaution(): ClotCaution | null {
    const legCheckedAtMs = this.time.legCheckedAtMs?.() ?? null;
    return clotCautionAt(this.state.entries.values(), legCheckedAtMs, this.time.wallNow());
  }

  /** Everything the diary knows (for the export). */
  snapshot(): DiaryState {
    return this.state;
  }

  /** Saves a new entry, or an edit of one in the diary (or deleted, which brings it back). */
  async save(draft: DiaryDraft): Promise<DiaryView> {
    if (
      draft.id !== undefined &&
      !this.state.entries.has(draft.id) &&
      !this.state.deleted.has(draft.id)
    )
      throw new RuleError(formatMessage('diary.error.gone'));
    const entry = DiaryEntrySchema.parse({
      ...draft,
      id: draft.id ?? this.newId(),
      night: nightOfCramp(draft.startedAtMs, this.time.timeZone()),
    });
    return this.commit({ kind: 'saved', atMs: this.time.wallNow(), entry });
  }

  async delete(id: string): Promise<DiaryView> {
    if (!this.state.entries.has(id)) throw new RuleError(formatMessage('diary.error.gone'));
    return this.commit({ kind: 'deleted', atMs: this.time.wallNow(), id });
  }

  /** Undo of a delete: the entry as it was last saved. */
  async restore(id: string): Promise<DiaryView> {
    if (!this.state.deleted.has(id)) throw new RuleError(formatMessage('diary.error.gone'));
    return this.commit({ kind: 'restored', atMs: this.time.wallNow(), id });
  }

  async answerMorning(night: string, answer: MorningAnswer): Promise<DiaryView> {
    return this.commit({ kind: 'morning', atMs: this.time.wallNow(), night, answer });
  }

  private async commit(event: DiaryEvent): Promise<DiaryView> {
    try {
      await this.journal.append(event);
    } catch (error) {
      // A diary that does not save this run says why, in place of "please try again".
      const message =
        error instanceof JournalReadOnlyError
          ? formatMessage(
              error.storage === 'newer-version'
                ? 'diary.error.newerVersion'
                : 'diary.error.cannotWrite',
            )
          : formatMessage('diary.error.notSaved');
      throw new SaveError(message, { cause: error });
    }
    applyDiaryEvent(this.state, event);
    return this.view();
  }
}
