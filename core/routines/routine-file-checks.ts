/**
 * Checks on the raw text of a routines file, made before (and without) trusting it: its size, its
 * JSON syntax and nesting depth (scanned without recursion, so a deeply nested file cannot blow
 * the stack), and the characters of every text in it. Pure: no I/O.
 */

/** The size of `text` in UTF-8 bytes, counting no further than `stopAbove` (for a quick refusal). */
export function utf8ByteLength(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3; // The rest of the BMP, and a lone surrogate (written as U+FFFD).
  }
  return bytes;
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Where a scan of JSON text stopped: its syntax is broken, or it is nested too deeply. */
export type JsonScan = { ok: true } | { ok: false; reason: 'syntax' | 'depth'; offset: number };

type ScanState = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after';

/**
 * Checks that `text` is exactly one JSON value (as `JSON.parse` accepts it) nested at most
 * `maxDepth` arrays and objects deep, with a loop and an explicit stack rather than recursion.
 * On failure gives the offset of the first character that is wrong (the text's length when the
 * text ends too soon).
 */
export function scanJson(text: string, maxDepth: number): JsonScan {
  const open: string[] = [];
  let state: ScanState = 'value';
  let i = 0;
  for (;;) {
    i = skipWhitespace(text, i);
    const char = text[i];
    if (char === undefined) {
      return state === 'after' && open.length === 0 ? { ok: true } : syntaxError(i);
    }
    if (state === 'colon') {
      if (char !== ':') return syntaxError(i);
      i++;
      state = 'value';
    } else if (state === 'after') {
      const top = open.at(-1);
      if (char === ',' && top !== undefined) {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((char === '}' && top === '{') || (char === ']' && top === '[')) {
        open.pop();
        i++;
      } else return syntaxError(i);
    } else if (
      (state === 'keyOrClose' && char === '}') ||
      (state === 'valueOrClose' && char === ']')
    ) {
      open.pop();
      i++;
      state = 'after';
    } else if (state === 'key' || state === 'keyOrClose') {
      if (char !== '"') return syntaxError(i);
      const end = scanString(text, i);
      if (end < 0) return syntaxError(-end - 1);
      i = end;
      state = 'colon';
    } else if (char === '{' || char === '[') {
      if (open.length >= maxDepth) return { ok: false, reason: 'depth', offset: i };
      open.push(char);
      i++;
      state = char === '{' ? 'keyOrClose' : 'valueOrClose';
    } else {
      const end = scanScalar(text, i);
      if (end < 0) return syntaxError(-end - 1);
      i = end;
      state = 'after';
    }
  }
}

const syntaxError = (offset: number): JsonScan => ({ ok: false, reason: 'syntax', offset });
/** Helpers return the index after what they read, or `-1 - offset` of the first wrong character. */
const wrongAt = (offset: number) => -1 - offset;

function skipWhitespace(text: string, start: number): number {
  let i = start;
  while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  return i;
}

function scanScalar(text: string, start: number): number {
  const char = text[start]!;
  if (char === '"') return scanString(text, start);
  if (char === '-' || isDigit(text, start)) return scanNumber(text, start);
  for (const word of ['true', 'false', 'null']) {
    if (word[0] !== char) continue;
    for (let k = 1; k < word.length; k++) {
      if (text[start + k] !== word[k]) return wrongAt(start + k);
    }
    return start + word.length;
  }
  return wrongAt(start);
}

function scanString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    if (i >= text.length) return wrongAt(i);
    const unit = text.charCodeAt(i);
    if (unit === 0x22) return i + 1;
    if (unit < 0x20) return wrongAt(i);
    if (unit !== 0x5c) {
      i++;
      continue;
    }
    const escape = text[i + 1];
    if (escape === undefined) return wrongAt(i + 1);
    if ('"\\/bfnrt'.includes(escape)) {
      i += 2;
    } else if (escape === 'u') {
      for (let k = i + 2; k < i + 6; k++)
        if (!/^[0-9a-fA-F]$/.test(text[k] ?? '')) return wrongAt(k);
      i += 6;
    } else return wrongAt(i + 1);
  }
}

function scanNumber(text: string, start: number): number {
  let i = start;
  if (text[i] === '-') i++;
  if (text[i] === '0') i++;
  else if (isDigit(text, i)) i = skipDigits(text, i);
  else return wrongAt(i);
  if (text[i] === '.') {
    if (!isDigit(text, i + 1)) return wrongAt(i + 1);
    i = skipDigits(text, i + 1);
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!isDigit(text, i)) return wrongAt(i);
    i = skipDigits(text, i);
  }
  return i;
}

const isDigit = (text: string, i: number) => {
  const unit = text.charCodeAt(i);
  return unit >= 0x30 && unit <= 0x39;
};

function skipDigits(text: string, start: number): number {
  let i = start;
  while (isDigit(text, i)) i++;
  return i;
}

/** The 1-based line and column (in characters) of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}

/** Markup: `<` followed by a letter, `/` or `!` (a tag, closing tag, comment or doctype). */
const MARKUP = /<[\p{L}/!]/u;
/** C0 and C1 control characters, DEL, and the bidirectional overrides and isolates. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A text (a string value or an object key) that a routine must not contain, and where it is. */
export type BadText =
  | { problem: 'markup'; path: PropertyKey[] }
  | { problem: 'control'; path: PropertyKey[]; code: string };

/** The first text in a parsed JSON value with markup or a control character in it, if any. */
export function findBadText(value: unknown, path: PropertyKey[] = []): BadText | null {
  if (typeof value === 'string') return textProblem(value, path);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findBadText(item, [...path, index]);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = textProblem(key, [...path, key]) ?? findBadText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

function textProblem(text: string, path: PropertyKey[]): BadText | null {
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { problem: 'control', path, code: `U+${code}` };
  }
  return MARKUP.test(text) ? { problem: 'markup', path } : null;
}

/**
 * A path inside the file, written the way a reader would look for it:
 * `routines[0].steps[2].holdSeconds`. Odd keys are quoted, with anything unprintable escaped.
 */
export function renderPath(path: readonly PropertyKey[]): string {
  let rendered = '';
  for (const part of path) {
    if (typeof part === 'number') rendered += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) {
      rendered += rendered === '' ? part : `.${part}`;
    } else {
      const quoted = JSON.stringify(String(part)).replace(
        /[^\x20-\x7e]/g,
        (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
      rendered += `[${quoted}]`;
    }
  }
  return rendered;
}
