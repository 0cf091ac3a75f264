import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiaryEntry } from '../../../core/journal/diary-entry';
import {
  DiaryEventSchema,
  applyDiaryEvent,
  replayDiary,
  type DiaryEvent,
  type DiaryState,
  type MorningAnswer,
} from '../../../core/journal/diary-log';

const at = Date.parse('2026-11-26T07:00:00Z');

const cramp: DiaryEntry = {
  id: 'c1',
  startedAtMs: Date.parse('2026-11-26T02:10:00Z'),
  night: '2026-11-25',
  leg: 'left',
  muscle: 'calf',
  intensity: 6,
};
const edited: DiaryEntry = { ...cramp, intensity: 9, note: 'Worse than I first said' };
const other: DiaryEntry = {
  id: 'c2',
  startedAtMs: Date.parse('2026-11-27T03:40:00Z'),
  night: '2026-11-26',
  leg: 'right',
};

const saved = (entry: DiaryEntry, atMs = at): DiaryEvent => ({ kind: 'saved', atMs, entry });
const deleted = (id: string, atMs = at): DiaryEvent => ({ kind: 'deleted', atMs, id });
const restored = (id: string, atMs = at): DiaryEvent => ({ kind: 'restored', atMs, id });
const morning = (night: string, answer: MorningAnswer, atMs = at): DiaryEvent => ({
  kind: 'morning',
  atMs,
  night,
  answer,
});

/** A state as plain, order-free data, to compare two states by what they hold. */
function plain(state: DiaryState) {
  const sorted = <T>(map: ReadonlyMap<string, T>) =>
    Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return {
    entries: sorted(state.entries),
    deleted: sorted(state.deleted),
    mornings: sorted(state.mornings),
  };
}

describe('replaying the diary', () => {
  it('starts empty', () => {
    expect(plain(replayDiary([]))).toEqual({ entries: {}, deleted: {}, mornings: {} });
  });

  it('keeps the last save of an entry: an edit replaces it', () => {
    const state = replayDiary([saved(cramp), saved(other), saved(edited)]);
    expect(state.entries.get('c1')).toEqual(edited);
    expect(state.entries.get('c2')).toEqual(other);
    expect(state.entries.size).toBe(2);
  });

  it('takes a deleted entry out, keeping its last saved form for Undo', () => {
    const state = replayDiary([saved(cramp), saved(edited), saved(other), deleted('c1')]);
    expect(state.entries.has('c1')).toBe(false);
    expect(state.deleted.get('c1')).toEqual(edited);
    expect([...state.entries.keys()]).toEqual(['c2']);
  });

  it('brings back exactly the deleted entry on Undo', () => {
    const state = replayDiary([saved(cramp), saved(edited), deleted('c1'), restored('c1')]);
    expect(state.entries.get('c1')).toEqual(edited);
    expect(state.deleted.size).toBe(0);
  });

  it('changes nothing when restoring an unknown entry or one that is not deleted', () => {
    const before = [saved(cramp), saved(other), deleted('c2')];
    const expected = plain(replayDiary(before));
    expect(plain(replayDiary([...before, restored('nobody')]))).toEqual(expected);
    expect(plain(replayDiary([...before, restored('c1')]))).toEqual(expected);
    // Undo twice brings it back once; the second does nothing.
    const once = plain(replayDiary([...before, restored('c2')]));
    expect(once.entries['c2']).toEqual(other);
    expect(plain(replayDiary([...before, restored('c2'), restored('c2')]))).toEqual(once);
  });

  it('changes nothing when deleting an unknown entry, and keeps a twice-deleted one for Undo', () => {
    const before = [saved(cramp)];
    expect(plain(replayDiary([...before, deleted('nobody')]))).toEqual(plain(replayDiary(before)));
    const twice = replayDiary([...before, deleted('c1'), deleted('c1')]);
    expect(twice.deleted.get('c1')).toEqual(cramp);
    expect(
      replayDiary([...before, deleted('c1'), deleted('c1'), restored('c1')]).entries.get('c1'),
    ).toEqual(cramp);
  });

  it('brings a deleted entry back as edited when it is saved again', () => {
    const state = replayDiary([saved(cramp), deleted('c1'), saved(edited)]);
    expect(state.entries.get('c1')).toEqual(edited);
    expect(state.deleted.has('c1')).toBe(false);
    // A later Undo of the old delete does not bring the old form back over the edit.
    const undone = replayDiary([saved(cramp), deleted('c1'), saved(edited), restored('c1')]);
    expect(undone.entries.get('c1')).toEqual(edited);
  });

  it('keeps the last morning answer for each night', () => {
    const state = replayDiary([
      morning('2026-11-25', 'later'),
      morning('2026-11-24', 'none'),
      morning('2026-11-25', 'cramps'),
      morning('2026-11-26', 'cramps'),
      morning('2026-11-26', 'none'),
    ]);
    expect(plain(state).mornings).toEqual({
      '2026-11-24': 'none',
      '2026-11-25': 'cramps',
      '2026-11-26': 'none',
    });
    expect(state.entries.size).toBe(0);
  });
});

describe('a diary event as read from the journal', () => {
  it('takes each kind of event', () => {
    for (const event of [
      saved(cramp),
      deleted('c1'),
      restored('c1'),
      morning('2026-11-25', 'later'),
    ]) {
      expect(DiaryEventSchema.parse(event)).toEqual(event);
    }
  });

  it('refuses an entry that cannot be right, or an event of an unknown kind', () => {
    expect(DiaryEventSchema.safeParse(saved({ ...cramp, intensity: 11 })).success).toBe(false);
    expect(DiaryEventSchema.safeParse({ kind: 'edited', atMs: at, entry: cramp }).success).toBe(
      false,
    );
    expect(
      DiaryEventSchema.safeParse({
        kind: 'morning',
        atMs: at,
        night: '2026-11-25',
        answer: 'maybe',
      }).success,
    ).toBe(false);
    expect(DiaryEventSchema.safeParse({ kind: 'deleted', atMs: at, id: '' }).success).toBe(false);
    expect(DiaryEventSchema.safeParse({ kind: 'saved', atMs: -1, entry: cramp }).success).toBe(
      false,
    );
  });
});

const ids = ['a', 'b', 'c'] as const;
const nights = ['2026-11-24', '2026-11-25', '2026-11-26'] as const;

const entryArbitrary: fc.Arbitrary<DiaryEntry> = fc.record(
  {
    id: fc.constantFrom(...ids),
    startedAtMs: fc.integer({ min: Date.UTC(2026, 10, 24, 12), max: Date.UTC(2026, 10, 27, 12) }),
    night: fc.constantFrom(...nights),
    intensity: fc.integer({ min: 0, max: 10 }),
    note: fc.constantFrom('first', 'edited', 'again'),
  },
  { requiredKeys: ['id', 'startedAtMs', 'night'] },
);

const eventArbitrary: fc.Arbitrary<DiaryEvent> = fc.oneof(
  entryArbitrary.map((entry) => saved(entry)),
  fc.constantFrom(...ids).map((id) => deleted(id)),
  fc.constantFrom(...ids).map((id) => restored(id)),
  fc
    .tuple(fc.constantFrom(...nights), fc.constantFrom<MorningAnswer>('none', 'cramps', 'later'))
    .map(([night, answer]) => morning(night, answer)),
);

/**
 * The diary's rules written out another way, to check the replay against: per id, its last
 * saved form and whether it is in force.
 */
function model(events: readonly DiaryEvent[]) {
  const last = new Map<string, { entry: DiaryEntry; live: boolean }>();
  const mornings: Record<string, MorningAnswer> = {};
  for (const event of events) {
    if (event.kind === 'saved') last.set(event.entry.id, { entry: event.entry, live: true });
    else if (event.kind === 'morning') mornings[event.night] = event.answer;
    else {
      const known = last.get(event.id);
      if (known) known.live = event.kind === 'restored';
    }
  }
  const pick = (live: boolean) =>
    Object.fromEntries(
      [...last.entries()]
        .filter(([, value]) => value.live === live)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, value]) => [id, value.entry]),
    );
  return { entries: pick(true), deleted: pick(false), mornings };
}

describe('replaying the diary (properties)', () => {
  it('gives what the diary’s rules say, for any events', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 40 }), (events) => {
        const state = plain(replayDiary(events));
        const expected = model(events);
        expect(state.entries).toEqual(expected.entries);
        expect(state.deleted).toEqual(expected.deleted);
        expect(state.mornings).toEqual(
          Object.fromEntries(
            Object.entries(expected.mornings).sort(([a], [b]) => a.localeCompare(b)),
          ),
        );
      }),
    );
  });

  it('is the same as applying the events one by one, as the store keeps it current', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 40 }), (events) => {
        const live = {
          entries: new Map<string, DiaryEntry>(),
          deleted: new Map<string, DiaryEntry>(),
          mornings: new Map<string, MorningAnswer>(),
        };
        events.forEach((event, index) => {
          applyDiaryEvent(live, event);
          expect(plain(live)).toEqual(plain(replayDiary(events.slice(0, index + 1))));
        });
      }),
    );
  });

  it('leaves the diary as it was after an entry’s delete and its Undo', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 40 }), (events) => {
        const before = replayDiary(events);
        for (const id of before.entries.keys()) {
          const after = replayDiary([...events, deleted(id), restored(id)]);
          expect(plain(after)).toEqual(plain(before));
        }
      }),
    );
  });
});
