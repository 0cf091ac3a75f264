/** The longest id the routine schema takes. */
export const ID_MAX_LENGTH = 64;

const LETTERS_WITHOUT_ACCENTS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};

/** A readable id from a name: its lower-case words joined by hyphens, accents taken off. */
export function idFromName(name: string): string {
  const plain = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþ]/g, (letter) => LETTERS_WITHOUT_ACCENTS[letter] ?? '');
  const words = plain.match(/[a-z0-9]+/g) ?? [];
  return clipId(words.join('-'), ID_MAX_LENGTH) || 'routine';
}

/** Shortens a hyphenated id to `max` characters, at a word break where there is one. */
function clipId(id: string, max: number): string {
  if (id.length <= max) return id;
  const lastBreak = id.slice(0, max + 1).lastIndexOf('-');
  return lastBreak > 0 ? id.slice(0, lastBreak) : id.slice(0, max);
}

/** `base`, or `base-2`, `base-3`… whichever is not taken, never longer than an id may be. */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) {
    const suffix = `-${n}`;
    id = `${clipId(base, ID_MAX_LENGTH - suffix.length)}${suffix}`;
  }
  return id;
}
