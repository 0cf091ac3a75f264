import { z } from 'zod';
import { formatMessage, formatPlural, type MessageParams } from '../i18n/format-message';
import type { MessageKey } from '../i18n/catalog-en';
import {
  findBadText,
  lineAndColumn,
  renderPath,
  scanJson,
  utf8ByteLength,
  type JsonScan,
} from './routine-file-checks';
import { freeId, idFromName } from './fresh-id';
import { MAX_WARMTH_SECONDS_PER_LEG, warmthTooLongField } from './heat-steps';
import { RoutineSchema, type Routine } from './routine-schema';

/**
 * The file a user exports routines to and imports them from: versioned, pretty-printed JSON.
 *
 *     { "format": "bedtime-stretch-routines", "version": 1, "routines": [...] }
 *
 * An import is untrusted text. It is refused with a calm message from the catalog that names the
 * problem and where it is: a path such as `routines[0].steps[2].holdSeconds`, or a line and column
 * for broken JSON.
 */
export const ROUTINE_FILE_FORMAT = 'bedtime-stretch-routines';
export const ROUTINE_FILE_VERSION = 1;
/** 1 MB, in UTF-8 bytes: far above the largest file the other limits allow. */
export const MAX_ROUTINE_FILE_BYTES = 1024 * 1024;
export const MAX_IMPORTED_ROUTINES = 50;
export const MAX_IMPORTED_STEPS = 200;
/** Arrays and objects nested deeper than this are refused (a routines file needs five). */
export const MAX_ROUTINE_FILE_DEPTH = 16;

/** Why an import was refused: a message for the user, and where in the file the problem is. */
export type RoutineFileError = { message: string; where: string };
export type RoutineFileResult =
  { ok: true; routines: Routine[] } | { ok: false; error: RoutineFileError };

/** The text of a routines file holding `routines`. */
export function toRoutineFile(routines: readonly Routine[]): string {
  const file = { format: ROUTINE_FILE_FORMAT, version: ROUTINE_FILE_VERSION, routines };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a routines file, or says calmly why it can't be imported. Never throws. */
export function parseRoutineFile(text: string): RoutineFileResult {
  try {
    if (typeof text !== 'string') return refuse('import.error.unreadable', {}, wholeFile());
    return parseText(text);
  } catch {
    // Not expected (every check comes before the step that could throw), but never an exception.
    return refuse('import.error.unreadable', {}, wholeFile());
  }
}

const RoutineFileSchema = z.object({ routines: z.array(RoutineSchema) });

function parseText(text: string): RoutineFileResult {
  if (utf8ByteLength(text, MAX_ROUTINE_FILE_BYTES) > MAX_ROUTINE_FILE_BYTES) {
    return refuse(
      'import.error.tooLarge',
      { limit: MAX_ROUTINE_FILE_BYTES / 1024 / 1024 },
      wholeFile(),
    );
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text; // A byte-order mark is harmless.
  if (/^[ \t\n\r]*$/.test(body)) return refuse('import.error.emptyFile', {}, wholeFile());
  const scan = scanJson(body, MAX_ROUTINE_FILE_DEPTH);
  if (!scan.ok) return refuseScan(body, scan);

  const data: unknown = JSON.parse(body);
  if (!isRecord(data)) return refuse('import.error.notRoutineFile', {}, wholeFile());
  if (data['format'] !== ROUTINE_FILE_FORMAT) {
    return refuse('import.error.notRoutineFile', {}, 'format');
  }
  const version = data['version'];
  if (version !== ROUTINE_FILE_VERSION) {
    const isNewer = Number.isInteger(version) && (version as number) > ROUTINE_FILE_VERSION;
    return refuse(
      isNewer ? 'import.error.newerVersion' : 'import.error.unknownVersion',
      {},
      'version',
    );
  }

  const tooMany = countProblem(data['routines']);
  if (tooMany) return tooMany;
  const badText = findBadText(data);
  if (badText) {
    const where = renderPath(badText.path);
    return badText.problem === 'markup'
      ? refuse('import.error.markup', {}, where)
      : refuse('import.error.controlCharacter', { code: badText.code }, where);
  }

  const parsed = RoutineFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refuseWith(describeIssue(issue, data), renderPath(issue.path));
  }
  const { routines } = parsed.data;
  const tooWarm = warmthProblem(routines);
  if (tooWarm) return tooWarm;
  const seen = new Set<string>();
  for (const [index, routine] of routines.entries()) {
    if (seen.has(routine.id)) {
      return refuse(
        'import.error.duplicateRoutineIds',
        { id: routine.id },
        `routines[${index}].id`,
      );
    }
    seen.add(routine.id);
  }
  return { ok: true, routines };
}

/** A warmth step that could run past the warmth limit on one leg, named by its field. */
function warmthProblem(routines: readonly Routine[]): RoutineFileResult | null {
  for (const [routineIndex, routine] of routines.entries()) {
    for (const [stepIndex, step] of routine.steps.entries()) {
      const field = warmthTooLongField(step);
      if (field === null) continue;
      return refuse(
        'import.error.warmthTooLong',
        { minutes: MAX_WARMTH_SECONDS_PER_LEG / 60 },
        `routines[${routineIndex}].steps[${stepIndex}].${field}`,
      );
    }
  }
  return null;
}

/** An empty list, or more routines or steps than one import may bring. */
function countProblem(routines: unknown): RoutineFileResult | null {
  if (!Array.isArray(routines)) return null; // The schema says what is wrong.
  if (routines.length === 0) return refuse('import.error.noRoutines', {}, 'routines');
  if (routines.length > MAX_IMPORTED_ROUTINES) {
    const params = { total: routines.length, limit: MAX_IMPORTED_ROUTINES };
    return refuse('import.error.tooManyRoutines', params, 'routines');
  }
  const steps = routines.reduce<number>(
    (total, routine) =>
      total + (isRecord(routine) && Array.isArray(routine['steps']) ? routine['steps'].length : 0),
    0,
  );
  if (steps > MAX_IMPORTED_STEPS) {
    return refuse(
      'import.error.tooManySteps',
      { total: steps, limit: MAX_IMPORTED_STEPS },
      'routines',
    );
  }
  return null;
}

function refuseScan(body: string, scan: Extract<JsonScan, { ok: false }>): RoutineFileResult {
  const where = formatMessage('import.where.lineColumn', lineAndColumn(body, scan.offset));
  if (scan.reason === 'depth') {
    return refuse('import.error.tooDeep', { limit: MAX_ROUTINE_FILE_DEPTH }, where);
  }
  const key = scan.offset >= body.length ? 'import.error.truncated' : 'import.error.syntax';
  return refuse(key, {}, where);
}

/** A plain message for the first problem the schema found (never zod's own English). */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (typeof value === 'number' && (issue.expected === 'int' || issue.expected === 'number')) {
        const key = Number.isFinite(value)
          ? 'import.error.notWholeNumber'
          : 'import.error.numberOutOfRange';
        return formatMessage(key);
      }
      const expected = formatMessage(TYPE_NAMES[issue.expected] ?? 'import.type.value');
      if (value === undefined) return formatMessage('import.error.missing', { expected });
      const received = formatMessage(typeNameOf(value));
      return formatMessage('import.error.wrongType', { expected, received });
    }
    case 'too_small':
      return describeBound('small', issue.origin, Number(issue.minimum));
    case 'too_big':
      return describeBound('big', issue.origin, Number(issue.maximum));
    case 'invalid_format':
      return formatMessage(
        issue.format === 'regex' && issue.path.at(-1) === 'id'
          ? 'import.error.badId'
          : 'import.error.notAllowed',
      );
    case 'invalid_value':
      return formatMessage('import.error.notAChoice', {
        choices: issue.values.map(String).join(', '),
      });
    case 'custom': {
      const field = issue.path.at(-1);
      const key = typeof field === 'string' ? REFINEMENT_MESSAGES[field] : undefined;
      return formatMessage(key ?? 'import.error.notAllowed');
    }
    default:
      return formatMessage('import.error.notAllowed');
  }
}

/** The schema's own refinements, by the field they point at. */
const REFINEMENT_MESSAGES: Partial<Record<string, MessageKey>> = {
  holdSeconds: 'import.error.holdOutsideLimits',
  isHeat: 'import.error.heatNotWarmth',
  steps: 'import.error.duplicateStepIds',
};

const TYPE_NAMES: Partial<Record<string, MessageKey>> = {
  number: 'import.type.number',
  int: 'import.type.wholeNumber',
  string: 'import.type.text',
  boolean: 'import.type.boolean',
  array: 'import.type.list',
  object: 'import.type.object',
};

function typeNameOf(value: unknown): MessageKey {
  if (value === null) return 'import.type.null';
  if (Array.isArray(value)) return 'import.type.list';
  return TYPE_NAMES[typeof value] ?? 'import.type.value';
}

function describeBound(side: 'small' | 'big', origin: string, limit: number): string {
  const isSmall = side === 'small';
  if (origin === 'number' || origin === 'int') {
    return isSmall
      ? formatMessage('import.error.numberTooSmall', { minimum: limit })
      : formatMessage('import.error.numberTooLarge', { maximum: limit });
  }
  if (origin === 'string') {
    if (isSmall && limit <= 1) return formatMessage('import.error.textEmpty');
    return formatPlural(isSmall ? 'import.error.textTooShort' : 'import.error.textTooLong', limit);
  }
  if (origin === 'array') {
    return formatPlural(isSmall ? 'import.error.listTooShort' : 'import.error.listTooLong', limit);
  }
  return formatMessage('import.error.notAllowed');
}

/** The value at a path in parsed JSON (own properties only), or undefined where there is none. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) {
      return undefined;
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const wholeFile = () => formatMessage('import.where.file');

const refuseWith = (message: string, where: string): RoutineFileResult => ({
  ok: false,
  error: { message, where },
});

const refuse = (key: MessageKey, params: MessageParams, where: string): RoutineFileResult =>
  refuseWith(formatMessage(key, params), where);

/**
 * Gives each imported routine a new id, not in `takenIds` nor shared with another: readable
 * lower-case words from its name (`calf-stretches`, then `calf-stretches-2`, `-3`, …).
 * Step ids are kept: they only need to be unique within their routine.
 */
export function withFreshIds(
  routines: readonly Routine[],
  takenIds: ReadonlySet<string>,
): Routine[] {
  const taken = new Set(takenIds);
  return routines.map((routine) => {
    const id = freeId(idFromName(routine.name), taken);
    taken.add(id);
    return { ...routine, id };
  });
}
