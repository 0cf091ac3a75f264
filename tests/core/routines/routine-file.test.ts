import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/i18n/format-message';
import { builtInRoutines, findRoutine } from '../../../core/routines/built-in-routines';
import {
  parseRoutineFile,
  toRoutineFile,
  withFreshIds,
  type RoutineFileResult,
} from '../../../core/routines/routine-file';
import {
  findBadText,
  lineAndColumn,
  renderPath,
  scanJson,
  utf8ByteLength,
} from '../../../core/routines/routine-file-checks';
import { RoutineSchema, type Routine } from '../../../core/routines/routine-schema';
import { routineArbitrary } from '../../fixtures/routine-arbitrary';

/** The built-in routines as a file's plain data, for a test to spoil one part of. */
type FileData = {
  format: unknown;
  version: unknown;
  routines: Array<Record<string, unknown> & { steps: Array<Record<string, unknown>> }>;
  [field: string]: unknown;
};
const fileData = (): FileData => JSON.parse(toRoutineFile(builtInRoutines)) as FileData;
const spoiled = (spoil: (data: FileData) => void): string => {
  const data = fileData();
  spoil(data);
  return JSON.stringify(data, null, 2);
};
/** `count` distinct, valid steps. */
const stepsOf = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    ...builtInRoutines[1]!.steps[0]!,
    id: `s-${index}`,
  }));
const FULL_WIND_DOWN = 4; // routines[4] has six steps.

const refusal = (result: RoutineFileResult) => {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.error;
};

describe('toRoutineFile', () => {
  it('writes versioned, pretty-printed JSON', () => {
    const text = toRoutineFile(builtInRoutines);
    expect(text.startsWith('{\n  "format": "bedtime-stretch-routines",\n  "version": 1,\n')).toBe(
      true,
    );
    expect(JSON.parse(text)).toEqual({
      format: 'bedtime-stretch-routines',
      version: 1,
      routines: builtInRoutines,
    });
  });
});

describe('parseRoutineFile refuses a bad import, saying what and where', () => {
  const cases: Array<[label: string, text: string, message: RegExp, where: string]> = [
    [
      'truncated JSON',
      '{\n  "format": "bedtime-stretch-routines",\n  "version": 1,\n  "routines": [\n    {',
      /ends too soon/,
      'line 5, column 6',
    ],
    [
      'malformed JSON',
      '{\n  "format": "bedtime-stretch-routines",\n  "version": x,\n  "routines": []\n}',
      /not written the way a routines file is/,
      'line 3, column 14',
    ],
    ['a trailing comma', '{"a": 1,}', /not written the way/, 'line 1, column 9'],
    ['an empty file', ' \n ', /file is empty/, 'the whole file'],
    ['a number as the whole file', '42', /not a Bedtime Stretch routines file/, 'the whole file'],
    ['a list as the whole file', '[]', /not a Bedtime Stretch routines file/, 'the whole file'],
    [
      'a wrong format',
      spoiled((data) => (data.format = 'some-other-app')),
      /not a Bedtime Stretch routines file/,
      'format',
    ],
    [
      'version 2',
      spoiled((data) => (data.version = 2)),
      /newer version of Bedtime Stretch\. Please update the app/,
      'version',
    ],
    [
      'version "1"',
      spoiled((data) => (data.version = '1')),
      /version this app does not/,
      'version',
    ],
    [
      'holdSeconds "ten"',
      spoiled((data) => (data.routines[FULL_WIND_DOWN]!.steps[2]!.holdSeconds = 'ten')),
      /^This should be a number, not text\.$/,
      'routines[4].steps[2].holdSeconds',
    ],
    [
      'holdSeconds -5',
      spoiled((data) => (data.routines[FULL_WIND_DOWN]!.steps[2]!.holdSeconds = -5)),
      /too small: the smallest allowed is 1\./,
      'routines[4].steps[2].holdSeconds',
    ],
    [
      'holdSeconds 2.5',
      spoiled((data) => (data.routines[0]!.steps[0]!.holdSeconds = 2.5)),
      /whole number/,
      'routines[0].steps[0].holdSeconds',
    ],
    [
      'holdSeconds 1e400',
      spoiled((data) => (data.routines[0]!.steps[0]!.holdSeconds = 123)).replace('123', '1e400'),
      /far too large or too small/,
      'routines[0].steps[0].holdSeconds',
    ],
    [
      'a hold outside its own limits',
      spoiled((data) => (data.routines[0]!.steps[0]!.holdSeconds = 31)),
      /between the shortest and the longest hold/,
      'routines[0].steps[0].holdSeconds',
    ],
    [
      'repetitions 999',
      spoiled((data) => (data.routines[0]!.steps[1]!.repetitions = 999)),
      /too large: the largest allowed is 20\./,
      'routines[0].steps[1].repetitions',
    ],
    [
      'a title with <script>',
      spoiled((data) => (data.routines[1]!.steps[0]!.title = 'Stretch <script>alert(1)</script>')),
      /looks like web page code/,
      'routines[1].steps[0].title',
    ],
    [
      'a comment in a description',
      spoiled((data) => (data.routines[2]!.description = 'Calm <!-- hidden -->')),
      /looks like web page code/,
      'routines[2].description',
    ],
    [
      'a title with \\u0007',
      spoiled((data) => (data.routines[1]!.steps[0]!.title = 'Stretch\u0007')),
      /hidden control character \(U\+0007\)/,
      'routines[1].steps[0].title',
    ],
    [
      'a line break in a feel',
      spoiled((data) => (data.routines[0]!.steps[1]!.feel = 'A pull.\nNever pain.')),
      /control character \(U\+000A\)/,
      'routines[0].steps[1].feel',
    ],
    [
      'a C1 control in a name',
      spoiled((data) => (data.routines[3]!.name = 'Warm\u0085compress')),
      /control character \(U\+0085\)/,
      'routines[3].name',
    ],
    [
      'a bidi override in a name',
      spoiled((data) => (data.routines[3]!.name = 'Warm \u202ecompress')),
      /control character \(U\+202E\)/,
      'routines[3].name',
    ],
    [
      'a bidi isolate in a field the app ignores',
      spoiled((data) => (data['note'] = { 'odd key': 'x\u2066y' })),
      /control character \(U\+2066\)/,
      'note["odd key"]',
    ],
    [
      'a file of 1.2 MB',
      toRoutineFile(builtInRoutines) + ' '.repeat(1_200_000),
      /larger than 1 MB/,
      'the whole file',
    ],
    [
      'a file of 1.2 MB in UTF-8 but only 0.4 M characters',
      spoiled((data) => (data.routines[0]!.description = '€'.repeat(400_000))),
      /larger than 1 MB/,
      'the whole file',
    ],
    [
      '201 steps',
      spoiled((data) => {
        const routine = data.routines[1]!;
        data.routines = [40, 40, 40, 40, 40, 1].map((count, i) => ({
          ...routine,
          id: `r-${i}`,
          steps: stepsOf(count),
        }));
      }),
      /201 steps in all, too many: at most 200/,
      'routines',
    ],
    [
      '51 routines',
      spoiled((data) => {
        data.routines = Array.from({ length: 51 }, (_, i) => ({
          ...data.routines[1]!,
          id: `r-${i}`,
        }));
      }),
      /51 routines, too many: at most 50/,
      'routines',
    ],
    [
      'nesting 10 000 deep',
      '['.repeat(10_000) + ']'.repeat(10_000),
      /nested more than 16 deep/,
      'line 1, column 17',
    ],
    [
      'nesting 10 000 deep inside a good file, unclosed',
      `{\n  "format": "bedtime-stretch-routines",\n  "extra": ${'{"a":'.repeat(10_000)}`,
      /nested more than 16 deep/,
      'line 3, column 87',
    ],
    [
      'duplicate routine ids',
      spoiled((data) => (data.routines[3]!.id = data.routines[1]!.id)),
      /Two routines in the file have the same id, “seated-stretches”/,
      'routines[3].id',
    ],
    [
      'duplicate step ids',
      spoiled((data) => (data.routines[0]!.steps[1]!.id = data.routines[0]!.steps[0]!.id)),
      /Two steps in this routine have the same id/,
      'routines[0].steps',
    ],
    ['an empty list', spoiled((data) => (data.routines = [])), /no routines in it/, 'routines'],
    [
      'a missing field',
      spoiled((data) => delete data.routines[FULL_WIND_DOWN]!.steps[2]!.feel),
      /^This is missing\. It should be text\.$/,
      'routines[4].steps[2].feel',
    ],
    [
      'missing routines',
      spoiled((data) => Reflect.deleteProperty(data, 'routines')),
      /missing\. It should be a list/,
      'routines',
    ],
    [
      'an id that is not lower-case words',
      spoiled((data) => (data.routines[0]!.id = 'My Routine')),
      /lower-case letters and digits joined by hyphens/,
      'routines[0].id',
    ],
    [
      'an unknown illustration',
      spoiled((data) => (data.routines[0]!.steps[0]!.illustration = 'cat')),
      /not one of the choices the app knows: calf-wall-stretch, hamstring-stretch/,
      'routines[0].steps[0].illustration',
    ],
    [
      'a name too long',
      spoiled((data) => (data.routines[0]!.name = 'x'.repeat(81))),
      /too long: it can have at most 80 characters/,
      'routines[0].name',
    ],
    [
      'a routine with no steps',
      spoiled((data) => (data.routines[0]!.steps = [])),
      /needs at least 1 item\./,
      'routines[0].steps',
    ],
    [
      'a null where text belongs',
      spoiled((data) => (data.routines[0]!.name = null)),
      /should be text, not null/,
      'routines[0].name',
    ],
    [
      'a heat step that is not warmth',
      spoiled((data) => (data.routines[0]!.steps[0]!.isHeat = true)),
      /Only a warmth step can be a heat step/,
      'routines[0].steps[0].isHeat',
    ],
  ];

  it.each([
    ['as written', { holdSeconds: 1800, maxHoldSeconds: 1800, repetitions: 20 }, 'holdSeconds'],
    ['at its longest hold', { maxHoldSeconds: 1800, repetitions: 2 }, 'maxHoldSeconds'],
    ['at its most repetitions', { maxRepetitions: 20 }, 'maxRepetitions'],
  ])('refuses warmth past 20 minutes a leg %s, naming the field', (_label, timing, field) => {
    const warmth = builtInRoutines.findIndex((routine) => routine.id === 'warm-compress');
    const text = spoiled((data) => Object.assign(data.routines[warmth]!.steps[0]!, timing));
    const error = refusal(parseRoutineFile(text));
    expect(error.message).toMatch(/^Warmth may last at most 20 minutes on each leg/);
    expect(error.where).toBe(`routines[${warmth}].steps[0].${field}`);
  });

  it('takes a warmth step as a heat step whatever the file says of it', () => {
    const warmth = builtInRoutines.findIndex((routine) => routine.id === 'warm-compress');
    for (const isHeat of [false, undefined]) {
      const text = spoiled((data) => {
        data.routines[warmth]!.steps[0]!['isHeat'] = isHeat;
      });
      const result = parseRoutineFile(text);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.routines[warmth]!.steps[0]!.isHeat).toBe(true);
    }
  });

  it.each(cases)('%s', (_label, text, message, where) => {
    const error = refusal(parseRoutineFile(text));
    expect(error.message).toMatch(message);
    expect(error.where).toBe(where);
  });

  it('accepts exactly 200 steps and 50 routines, and a “<” that is not markup', () => {
    const twoHundred = Array.from({ length: 5 }, (_, i) => ({
      ...builtInRoutines[1]!,
      id: `r-${i}`,
      steps: stepsOf(40),
    }));
    expect(parseRoutineFile(toRoutineFile(twoHundred)).ok).toBe(true);
    const fifty = Array.from({ length: 50 }, (_, i) => ({ ...builtInRoutines[1]!, id: `r-${i}` }));
    expect(parseRoutineFile(toRoutineFile(fifty)).ok).toBe(true);
    const lessThan = { ...builtInRoutines[1]!, description: 'Hold for < 30 s, 2<3, <3 <- calm.' };
    expect(parseRoutineFile(toRoutineFile([lessThan]))).toEqual({ ok: true, routines: [lessThan] });
  });

  it('reads a file that starts with a byte-order mark', () => {
    const result = parseRoutineFile(`\uFEFF${toRoutineFile(builtInRoutines)}`);
    expect(result).toEqual({ ok: true, routines: builtInRoutines });
  });
});

const withDistinctIds = (routines: Routine[]) =>
  routines.map((routine, i) => ({ ...routine, id: `r-${i}` }));
/** Printable, trimmed text without markup: what a real routine name could be. */
const safeText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .filter(
    (text) =>
      text.trim() === text && text.length > 0 && text.length <= 80 && findBadText(text) === null,
  );
const routinesArbitrary = fc
  .array(fc.tuple(routineArbitrary, safeText), { minLength: 1, maxLength: 6 })
  .map((pairs) => withDistinctIds(pairs.map(([routine, name]) => ({ ...routine, name }))));

describe('the round trip', () => {
  it('gives back the built-in routines exactly', () => {
    expect(parseRoutineFile(toRoutineFile(builtInRoutines))).toStrictEqual({
      ok: true,
      routines: builtInRoutines,
    });
  });

  it('gives back random valid routines exactly', () => {
    fc.assert(
      fc.property(routinesArbitrary, (routines) => {
        expect(parseRoutineFile(toRoutineFile(routines))).toStrictEqual({ ok: true, routines });
      }),
    );
  });

  it('export, import and fresh ids change nothing but the routine ids', () => {
    fc.assert(
      fc.property(routinesArbitrary, (routines) => {
        const result = parseRoutineFile(toRoutineFile(routines));
        if (!result.ok) throw new Error(result.error.message);
        const fresh = withFreshIds(result.routines, new Set(routines.map((routine) => routine.id)));
        const withoutId = (routine: Routine) => ({ ...routine, id: '' });
        expect(fresh.map(withoutId)).toStrictEqual(routines.map(withoutId));
      }),
    );
  });
});

/** Every refusal is a calm catalog message with a place, never zod's or the parser's English. */
const expectWellFormed = (result: RoutineFileResult) => {
  if (result.ok) return;
  expect(result.error.message).toMatch(/^[A-ZÀ-ÿ].*\.$/s);
  expect(result.error.message).not.toMatch(
    /Invalid input|expected|Unexpected|JSON at position|>=|<=/,
  );
  expect(result.error.where.length).toBeGreaterThan(0);
  // The catch-all inside parseRoutineFile must never be what answered: no check threw.
  expect(result.error.message).not.toBe(formatMessage('import.error.unreadable'));
};

describe('parseRoutineFile never throws', () => {
  const anyUtf16 = fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
  });
  const jsonish = fc
    .array(
      fc.constantFrom(
        ...'{}[],:"\\u0123456789-.eE+ \n\tx'.split(''),
        'true',
        'fals',
        'null',
        '"a"',
        '\u0001',
        '"\\u00e9"',
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));
  const file = toRoutineFile(builtInRoutines.slice(0, 2));
  const damagedFile = fc
    .tuple(fc.nat({ max: file.length }), fc.nat({ max: file.length }), fc.string({ maxLength: 3 }))
    .map(
      ([from, to, insert]) =>
        file.slice(0, Math.min(from, to)) + insert + file.slice(Math.max(from, to)),
    );

  it('on arbitrary strings, almost-JSON and damaged files', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyUtf16, fc.string({ unit: 'binary' }), fc.json(), jsonish, damagedFile),
        (text) => {
          expectWellFormed(parseRoutineFile(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on arbitrary JSON values, whole or in place of any part of a file', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom('file', 'routine', 'step', 'field'),
        (value, n, spot) => {
          const copy = fileData();
          const routine = copy.routines[n % copy.routines.length]!;
          const step = routine.steps[n % routine.steps.length]!;
          const field = Object.keys(step)[n % Object.keys(step).length]!;
          if (spot === 'routine') copy.routines[n % copy.routines.length] = value as never;
          if (spot === 'step') routine.steps[n % routine.steps.length] = value as never;
          if (spot === 'field') step[field] = value;
          const whole = spot === 'file' ? value : copy;
          expectWellFormed(parseRoutineFile(JSON.stringify(whole) ?? ''));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on something that is not a string at all', () => {
    for (const notText of [undefined, null, 42, {}]) {
      expect(parseRoutineFile(notText as unknown as string)).toEqual({
        ok: false,
        error: { message: formatMessage('import.error.unreadable'), where: 'the whole file' },
      });
    }
  });
});

describe('the text checks', () => {
  const parses = (text: string) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };
  const pieces = [
    ...'{}[],:"\\/u01aF9-.eE+ \n\r\t\f\vfx\u00a0',
    'true',
    'nul',
    '"a"',
    '\u0001',
    '\\u00e9',
  ];
  const jsonish = (maxLength: number) =>
    fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(''));
  const numberish = fc.stringMatching(/^-?\d{0,3}(\.\d{0,2})?([eE][+-]?\d{0,2})?$/);
  const stringish = fc
    .stringMatching(/^"(\\.|\\u[\da-fA-F]{0,5}|[a-z#])*"?$/)
    .map((text) => text.replaceAll('#', '\u0001')); // A raw control character: never allowed.
  const literalish = fc.stringMatching(/^(t|tr|tru|true|f|fals|false|n|nul|null)[ex]?$/);
  const spaceish = fc
    .array(fc.constantFrom(' ', '\n', '\r', '\t', '\f', '\v', '\u00a0', '\u2028', '\ufeff'), {
      maxLength: 2,
    })
    .map((parts) => parts.join(''));
  const padded = fc.tuple(spaceish, fc.json(), spaceish).map((parts) => parts.join(''));
  /** Valid JSON with one small edit: where a scanner that is nearly right goes wrong. */
  const editedJson = fc
    .tuple(fc.json(), fc.nat(), fc.nat({ max: 2 }), jsonish(2))
    .map(([json, at, cut, insert]) => {
      const i = at % (json.length + 1);
      return json.slice(0, i) + insert + json.slice(i + cut);
    });

  it('scans JSON syntax exactly as JSON.parse reads it', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          numberish,
          stringish,
          literalish,
          jsonish(5),
          jsonish(30),
          editedJson,
          padded,
          fc.json(),
          fc.string(),
        ),
        (text) => {
          expect(scanJson(text, Number.POSITIVE_INFINITY).ok).toBe(parses(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('measures size in UTF-8 bytes and positions in lines and characters', () => {
    for (const text of ['', 'a', 'é', '€', '😴', '\ud800', 'a😴b\udc00']) {
      expect(utf8ByteLength(text), text).toBe(
        Buffer.byteLength(text.replace(/\p{Cs}/gu, '\ufffd'), 'utf8'),
      );
    }
    expect(lineAndColumn('ab\ncd\n😴x', 9)).toEqual({ line: 3, column: 3 });
    expect(renderPath(['routines', 0, 'steps', 2, 'holdSeconds'])).toBe(
      'routines[0].steps[2].holdSeconds',
    );
    expect(renderPath(['a b', 'c\u202e'])).toBe('["a b"]["c\\u202e"]');
  });
});

describe('withFreshIds', () => {
  const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  const named = (name: string): Routine => ({ ...findRoutine('seated-stretches')!, name });

  it('derives readable ids from the names, with -2, -3 where taken', () => {
    const fresh = withFreshIds(
      [
        named('Calf stretches'),
        named('Calf stretches'),
        named('Étirements du soir'),
        named('Растяжка'),
      ],
      new Set(['calf-stretches']),
    );
    expect(fresh.map((routine) => routine.id)).toEqual([
      'calf-stretches-2',
      'calf-stretches-3',
      'etirements-du-soir',
      'routine',
    ]);
  });

  it('keeps ids to 64 characters, cut between words, suffix included', () => {
    const name = 'Gentle stretches for the calves and the hamstrings before a quiet sleep';
    const [first, second] = withFreshIds([named(name), named(name)], new Set());
    expect(first!.id).toBe('gentle-stretches-for-the-calves-and-the-hamstrings-before-a');
    expect(second!.id).toBe('gentle-stretches-for-the-calves-and-the-hamstrings-before-a-2');
    const [long] = withFreshIds([named('x'.repeat(80))], new Set(['x'.repeat(64)]));
    expect(long!.id).toBe(`${'x'.repeat(62)}-2`);
  });

  it('gives every routine of an import a valid, unused, distinct id and keeps the steps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(routineArbitrary, safeText), { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom('routine', 'routine-2', 'a', 'a-2', 'a-3', 'calf'), {
          maxLength: 6,
        }),
        (pairs, taken) => {
          const routines = pairs.map(([routine, name]) => ({ ...routine, name }));
          const takenIds = new Set<string>(taken);
          const fresh = withFreshIds(routines, takenIds);
          const ids = fresh.map((routine) => routine.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const [i, routine] of fresh.entries()) {
            expect(takenIds.has(routine.id)).toBe(false);
            expect(routine.id).toMatch(idPattern);
            expect(routine.id.length).toBeLessThanOrEqual(64);
            expect(routine.steps).toStrictEqual(routines[i]!.steps);
            expect(RoutineSchema.safeParse(routine).success).toBe(true);
          }
        },
      ),
    );
  });

  it('avoids the built-in ids when the built-in routines are imported again', () => {
    const taken = new Set(builtInRoutines.map((routine) => routine.id));
    const fresh = withFreshIds(builtInRoutines, taken);
    expect(fresh.map((routine) => routine.id)).toEqual([
      'before-sleep-calf-and-hamstring-stretches',
      'before-sleep-seated-stretch',
      'calf-and-thigh-massage',
      'warm-compress-2',
      'full-wind-down-2',
      'cramp-now-2',
    ]);
    expect(builtInRoutines[3]!.id).toBe('warm-compress'); // The input is left as it was.
  });
});
