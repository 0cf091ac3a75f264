import type { RoutineText, StepText } from './routines-en';

/**
 * A pseudo-locale for testing translation: every message visibly transformed (letters accented,
 * the whole in ⟦ ⟧) and lengthened by a third (words of tildes), its `{placeholders}` kept. A screen
 * shown in it gives away any text that does not come from the catalog (it stays plain), and any
 * layout that clips when a language runs longer than English.
 */
const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  y: 'ý',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  z: 'ž',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  Y: 'Ý',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Z: 'Ž',
};

/** The characters that mark pseudo-locale text (the brackets and every accented letter). */
export const PSEUDO_MARKS: readonly string[] = ['⟦', '⟧', ...Object.values(ACCENTED)];

/** One message in the pseudo-locale. */
export function pseudoText(text: string): string {
  const pieces = text.split(/(\{\w+\})/);
  const letters = pieces.filter((piece) => !/^\{\w+\}$/.test(piece)).join('').length;
  const body = pieces
    .map((piece) =>
      /^\{\w+\}$/.test(piece) ? piece : [...piece].map((ch) => ACCENTED[ch] ?? ch).join(''),
    )
    .join('');
  // The extra third comes as short words, so lines can still break as a real language's would.
  const extra = Math.ceil(letters / 3);
  const padding = Array.from({ length: extra }, (_, i) => (i % 6 === 5 ? ' ' : '~')).join('');
  return `⟦${body}${padding.length > 0 ? ` ${padding}` : ''}⟧`;
}

/** A catalog in the pseudo-locale; its language (`app.lang`) stays as it was, for Intl. */
export function pseudoCatalog<T extends Readonly<Record<string, string>>>(catalog: T): T {
  return Object.fromEntries(
    Object.entries(catalog).map(([key, text]) => [
      key,
      key === 'app.lang' ? text : pseudoText(text),
    ]),
  ) as T;
}

/** The built-in routines' words in the pseudo-locale. */
export function pseudoRoutineTexts<
  T extends {
    readonly steps: Readonly<Record<string, StepText>>;
    readonly routines: Readonly<Record<string, RoutineText>>;
  },
>(texts: T): T {
  const each = <V extends object>(record: Readonly<Record<string, V>>) =>
    Object.fromEntries(
      Object.entries(record).map(([id, words]) => [
        id,
        pseudoCatalog(words as unknown as Record<string, string>),
      ]),
    );
  return { steps: each(texts.steps), routines: each(texts.routines) } as unknown as T;
}
