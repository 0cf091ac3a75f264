import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DiaryEventSchema } from '../../../core/journal/diary-log';
import { outcomeOf } from '../../../core/session/session-outcome';
import {
  SessionHistoryEntrySchema,
  type SessionHistoryEntry,
} from '../../../core/session/session-state';
import { SettingsSchema } from '../../../core/settings/settings-schema';
import * as migrations from '../../../core/store/migrations';
import {
  DIARY_FORMAT,
  HISTORY_FORMAT,
  LINE_VERSION_KEY,
  SETTINGS_FORMAT,
  upgrade,
  type StoredFormat,
  type StoredObject,
} from '../../../core/store/migrations';

/*
 * Fixtures as each version of the app wrote them, byte for byte in spirit: never built from the
 * current types, so a migration is tested against what is really on users' disks.
 */

/** A settings.json as version 1 wrote it: every field, a user's own choices in them. */
const settingsV1 = {
  version: 1,
  reducedFeeling: 'yes',
  volume: 0.55,
  isMuted: true,
  speakPrompts: false,
  pauseOnScreenLock: false,
  reminderSchedule: {
    isEnabled: true,
    leadMinutes: 45,
    bedtimes: {
      monday: '22:15',
      tuesday: '22:15',
      wednesday: null,
      thursday: '23:00',
      friday: '00:30',
      saturday: '00:30',
      sunday: '21:45',
    },
  },
  reminderState: { skippedEvening: '2026-03-06', snoozedUntilMs: 1_772_830_800_000 },
  reminderStyle: 'window',
  launchAtLogin: true,
  hasSeenTrayNote: true,
  ownRoutines: [
    {
      id: 'my-calves',
      name: 'My calves',
      description: 'Two calf stretches before bed.',
      steps: [
        {
          id: 'wall-stretch',
          kind: 'stretch',
          title: 'Wall stretch',
          instruction: 'Lean into the wall, back heel down.',
          feel: 'A gentle pull in the calf.',
          holdSeconds: 30,
          minHoldSeconds: 20,
          maxHoldSeconds: 60,
          sides: 'left-then-right',
          whichLeg: 'both',
          repetitions: 2,
          restSeconds: 10,
          favour: { side: 'left', extraHoldSeconds: 10, extraRepetitions: 1 },
          isOptional: false,
          illustration: 'calf-wall-stretch',
          isHeat: false,
        },
        {
          id: 'warm-towel',
          kind: 'warmth',
          title: 'Warm towel',
          instruction: 'Lay a warm towel over both calves.',
          feel: 'Comfortably warm, never hot.',
          holdSeconds: 120,
          minHoldSeconds: 60,
          maxHoldSeconds: 300,
          sides: 'none',
          whichLeg: 'both',
          repetitions: 1,
          restSeconds: 0,
          isOptional: true,
          illustration: 'warm-compress',
          isHeat: true,
        },
      ],
    },
  ],
  tonightRoutineId: 'my-calves',
  tonightMinutes: 10,
  favourSide: 'left',
  routineFavour: { 'cramp-now': 'none', 'my-calves': 'right' },
};

/** A history.jsonl line as version 1 wrote it: no `v`, no `plannedSeconds`. */
const historyV1 = {
  routineId: 'before-sleep-stretches',
  routineName: 'Before-sleep stretches',
  startedAt: '2026-02-10T22:31:04.120Z',
  endedAt: '2026-02-10T22:42:51.900Z',
  outcome: 'partly-done',
  reachedEnd: true,
  activeMs: 655_300,
  holdsDone: 10,
  holdsSkipped: 2,
  holdCount: 12,
  stepsCompleted: 4,
  stepCount: 6,
};

/** A history.jsonl line as version 2 writes it: `v` first, and the routine's length as it ran. */
const historyV2 = {
  v: 2,
  routineId: 'cramp-now',
  routineName: 'Cramp now',
  startedAt: '2026-11-26T02:10:00.000Z',
  endedAt: '2026-11-26T02:14:30.000Z',
  outcome: 'completed',
  reachedEnd: true,
  activeMs: 270_000,
  holdsDone: 6,
  holdsSkipped: 0,
  holdCount: 6,
  stepsCompleted: 3,
  stepCount: 3,
  plannedSeconds: 300,
};

/** diary.jsonl lines as version 1 wrote them: one of each kind of event. */
const diaryV1Lines = [
  {
    v: 1,
    kind: 'saved',
    atMs: 1_795_659_000_000,
    entry: {
      id: 'c-2026-11-26-1',
      startedAtMs: 1_795_658_400_000,
      night: '2026-11-25',
      leg: 'left',
      muscle: 'calf',
      intensity: 8,
      durationMinutes: 3.5,
      feel: ['tight', 'knotted'],
      helped: ['stretching', 'walking'],
      symptoms: ['soreness-after'],
      medicines: 'Started a water tablet last week',
      note: 'Woke me at two',
    },
  },
  { v: 1, kind: 'deleted', atMs: 1_795_659_100_000, id: 'c-2026-11-26-1' },
  { v: 1, kind: 'restored', atMs: 1_795_659_105_000, id: 'c-2026-11-26-1' },
  { v: 1, kind: 'morning', atMs: 1_795_680_000_000, night: '2026-11-25', answer: 'cramps' },
];

/** A copy of a stored object without one of its fields. */
function without(stored: object, key: string): StoredObject {
  return Object.fromEntries(Object.entries(stored).filter(([name]) => name !== key));
}

interface FormatCase {
  readonly format: StoredFormat;
  readonly versionKey: string;
  readonly schema: z.ZodType;
  /** For every version from 1 to the current one, what that version wrote. */
  readonly fixtures: Readonly<Record<number, readonly StoredObject[]>>;
}

const FORMATS: readonly FormatCase[] = [
  {
    format: SETTINGS_FORMAT,
    versionKey: 'version',
    schema: SettingsSchema,
    fixtures: { 1: [settingsV1] },
  },
  {
    format: HISTORY_FORMAT,
    versionKey: LINE_VERSION_KEY,
    schema: SessionHistoryEntrySchema,
    fixtures: { 1: [historyV1, { v: 1, ...historyV1 }], 2: [historyV2] },
  },
  {
    format: DIARY_FORMAT,
    versionKey: LINE_VERSION_KEY,
    schema: DiaryEventSchema,
    // Also the lines of a build before versions were kept: no `v` at all.
    fixtures: {
      1: [...diaryV1Lines, ...diaryV1Lines.map((line) => without(line, 'v'))],
    },
  },
];

const versionsUpTo = (version: number) => Array.from({ length: version }, (_, index) => index + 1);

/** Every stored format the migrations module exports (found by shape, so a new one is not missed). */
const exportedFormats = Object.values(migrations).filter(
  (value): value is StoredFormat =>
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    'migrations' in value &&
    'name' in value,
);

function upgraded(stored: unknown, format: StoredFormat, versionKey: string) {
  const result = upgrade(stored, format, versionKey);
  if (!result.ok) throw new Error(`not upgraded: ${result.reason}`);
  return result;
}

describe('the stored formats, each tested from every older version', () => {
  it('has a fixture for every version of every format, from 1 to the current one', () => {
    expect(exportedFormats.map((format) => format.name).sort()).toEqual(
      FORMATS.map((entry) => entry.format.name).sort(),
    );
    for (const { format, fixtures } of FORMATS) {
      expect(Object.keys(fixtures).map(Number), format.name).toEqual(versionsUpTo(format.version));
    }
  });

  for (const { format, versionKey, schema, fixtures } of FORMATS) {
    for (const version of versionsUpTo(format.version)) {
      it(`reads ${format.name} version ${version} into the current schema, keeping every field`, () => {
        for (const fixture of fixtures[version] ?? []) {
          const snapshot = structuredClone(fixture);
          const result = upgraded(fixture, format, versionKey);
          expect(result.fromVersion).toBe(version);
          expect(result.value[versionKey]).toBe(format.version);
          // Upgrading never changes what was read (it may be kept, or written back elsewhere).
          expect(fixture).toEqual(snapshot);

          const parsed = schema.safeParse(result.value);
          expect(parsed.error?.issues ?? [], `${format.name} v${version}`).toEqual([]);
          const value = parsed.data as Record<string, unknown>;
          // Nothing the user had is dropped or changed.
          for (const [key, kept] of Object.entries(fixture)) {
            if (key === versionKey) continue;
            expect(value[key], `${format.name} v${version}: ${key}`).toEqual(kept);
          }
          // What an older version did not keep is unknown: null, never a guess such as 0.
          for (const key of Object.keys(result.value)) {
            if (key === versionKey || key in fixture) continue;
            expect(result.value[key], `${format.name} v${version}: added ${key}`).toBeNull();
            expect(value[key], `${format.name} v${version}: parsed ${key}`).toBeNull();
          }
        }
      });
    }
  }

  it('gives a session from history version 1 an unknown length, not a zero one', () => {
    const result = upgraded(historyV1, HISTORY_FORMAT, LINE_VERSION_KEY);
    const entry = SessionHistoryEntrySchema.parse(result.value);
    expect(entry.plannedSeconds).toBeNull();
    expect(entry).toEqual({ ...historyV1, plannedSeconds: null });
    expect(result.value).toEqual({ ...historyV1, plannedSeconds: null, v: 2 });
  });

  it('keeps the length a version 2 session recorded (no migration runs on it)', () => {
    const result = upgraded(historyV2, HISTORY_FORMAT, LINE_VERSION_KEY);
    expect(result.fromVersion).toBe(2);
    expect(result.value).toEqual(historyV2);
    expect(SessionHistoryEntrySchema.parse(result.value).plannedSeconds).toBe(300);
  });

  it('reads a settings file without a version (an early build) as version 1', () => {
    const early = { volume: 0.6, isMuted: true, tonightMinutes: 15 };
    const result = upgraded(early, SETTINGS_FORMAT, 'version');
    expect(result.fromVersion).toBe(1);
    const settings = SettingsSchema.parse(result.value);
    expect(settings).toMatchObject({ version: 1, volume: 0.6, isMuted: true, tonightMinutes: 15 });
  });
});

describe('a stored object the app cannot read', () => {
  for (const { format, versionKey, fixtures } of FORMATS) {
    const current = fixtures[format.version]![0]!;

    it(`refuses ${format.name} written by a newer version, so it is never overwritten`, () => {
      for (const newer of [format.version + 1, format.version + 7]) {
        expect(upgrade({ ...current, [versionKey]: newer }, format, versionKey)).toEqual({
          ok: false,
          reason: 'newer',
        });
      }
    });

    it(`refuses ${format.name} that is not an object`, () => {
      for (const stored of [null, undefined, 'settings', 42, true, [current], []]) {
        expect(upgrade(stored, format, versionKey)).toEqual({ ok: false, reason: 'not-an-object' });
      }
    });

    it(`refuses ${format.name} whose version is not a whole number from 1`, () => {
      for (const bad of [
        0,
        -1,
        1.5,
        '1',
        String(format.version),
        true,
        {},
        [1],
        Number.NaN,
        null,
      ]) {
        expect(upgrade({ ...current, [versionKey]: bad }, format, versionKey), String(bad)).toEqual(
          { ok: false, reason: 'bad-version' },
        );
      }
    });
  }
});

describe('the migrations themselves', () => {
  it('cover every version from 1 to the current one less 1, exactly once each', () => {
    for (const format of exportedFormats) {
      const froms = format.migrations.map((migration) => migration.from).sort((a, b) => a - b);
      expect(froms, format.name).toEqual(versionsUpTo(format.version - 1));
    }
  });

  it('are run in order, one step per version, from the stored version on', () => {
    const steps: number[] = [];
    const step = (from: number) => ({
      from,
      up: (stored: StoredObject) => {
        steps.push(from);
        return { ...stored, [`since${from + 1}`]: null };
      },
    });
    // Listed out of order on purpose: the reader finds each step by its version.
    const format: StoredFormat = {
      name: 'test',
      version: 4,
      migrations: [step(3), step(1), step(2)],
    };
    expect(upgrade({ v: 2, kept: 'yes' }, format, 'v')).toEqual({
      ok: true,
      fromVersion: 2,
      value: { v: 4, kept: 'yes', since3: null, since4: null },
    });
    expect(steps).toEqual([2, 3]);
  });

  it('refuse loudly to skip a version that has no step', () => {
    const format: StoredFormat = {
      name: 'gap',
      version: 3,
      migrations: [{ from: 1, up: (s) => s }],
    };
    expect(() => upgrade({ v: 1 }, format, 'v')).toThrow(/no migration from version 2/);
  });
});

/** Session history entries the current version could write. */
const historyEntryArbitrary: fc.Arbitrary<SessionHistoryEntry> = fc
  .record({
    routineId: fc.constantFrom('before-sleep-stretches', 'cramp-now', 'my-calves'),
    routineName: fc.string({ maxLength: 20 }),
    startMs: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
    lengthMs: fc.integer({ min: 0, max: 3_600_000 }),
    reachedEnd: fc.boolean(),
    holdCount: fc.integer({ min: 1, max: 40 }),
    doneShare: fc.double({ min: 0, max: 1, noNaN: true }),
    skippedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    stepCount: fc.integer({ min: 1, max: 12 }),
    stepsShare: fc.double({ min: 0, max: 1, noNaN: true }),
    plannedSeconds: fc.option(fc.integer({ min: 0, max: 2700 }), { nil: null }),
  })
  .map((r) => {
    const holdsDone = Math.floor(r.doneShare * r.holdCount);
    const holdsSkipped = Math.floor(r.skippedShare * (r.holdCount - holdsDone));
    return {
      routineId: r.routineId,
      routineName: r.routineName,
      startedAt: new Date(r.startMs).toISOString(),
      endedAt: new Date(r.startMs + r.lengthMs).toISOString(),
      outcome: outcomeOf({ holdsDone, holdCount: r.holdCount, reachedEnd: r.reachedEnd }),
      reachedEnd: r.reachedEnd,
      activeMs: r.lengthMs,
      holdsDone,
      holdsSkipped,
      holdCount: r.holdCount,
      stepsCompleted: Math.floor(r.stepsShare * r.stepCount),
      stepCount: r.stepCount,
      plannedSeconds: r.plannedSeconds,
    };
  });

describe('upgrading (properties)', () => {
  it('leaves a history line already in the current version as it is, but for its version', () => {
    fc.assert(
      fc.property(historyEntryArbitrary, (entry) => {
        expect(SessionHistoryEntrySchema.parse(entry)).toEqual(entry);
        const line = { v: HISTORY_FORMAT.version, ...entry };
        const result = upgraded(line, HISTORY_FORMAT, LINE_VERSION_KEY);
        expect(result.fromVersion).toBe(HISTORY_FORMAT.version);
        expect(result.value).toEqual(line);
        expect(SessionHistoryEntrySchema.parse(result.value)).toEqual(entry);
      }),
    );
  });

  it('reads any history line version 1 wrote as that session with an unknown length', () => {
    fc.assert(
      fc.property(historyEntryArbitrary, (entry) => {
        const v1Line = without(entry, 'plannedSeconds');
        const result = upgraded(v1Line, HISTORY_FORMAT, LINE_VERSION_KEY);
        expect(result.fromVersion).toBe(1);
        expect(SessionHistoryEntrySchema.parse(result.value)).toEqual({
          ...entry,
          plannedSeconds: null,
        });
      }),
    );
  });

  it('leaves settings already in the current version as they are', () => {
    fc.assert(
      fc.property(
        fc.record({
          volume: fc.double({ min: 0, max: 1, noNaN: true }),
          isMuted: fc.boolean(),
          tonightMinutes: fc.option(fc.integer({ min: 3, max: 45 }), { nil: null }),
        }),
        (patch) => {
          const stored = { ...settingsV1, ...patch };
          expect(upgraded(stored, SETTINGS_FORMAT, 'version').value).toEqual(stored);
        },
      ),
    );
  });
});
