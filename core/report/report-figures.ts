/** How many cramps gave each answer to one question, and how many answered it at all. */
export interface AnswerCounts<T> {
  answered: number;
  counts: { answer: T; count: number }[];
}

/**
 * The answers `entries` gave to one question (one answer or several each), counted: the most given
 * first, ties in the diary's own order of answers, so the same answers always read the same way.
 * An empty list of answers is no answer.
 */
export function countAnswers<E, T>(
  entries: readonly E[],
  options: readonly T[],
  answerOf: (entry: E) => T | readonly T[] | undefined,
): AnswerCounts<T> {
  const tally = new Map<T, number>();
  let answered = 0;
  for (const entry of entries) {
    const answer = answerOf(entry);
    const given = answer === undefined ? [] : Array.isArray(answer) ? answer : [answer as T];
    if (given.length === 0) continue;
    answered += 1;
    for (const one of new Set<T>(given)) tally.set(one, (tally.get(one) ?? 0) + 1);
  }
  const counts = options
    .flatMap((answer) => {
      const count = tally.get(answer);
      return count ? [{ answer, count }] : [];
    })
    // A stable sort: equal counts keep the options' order.
    .toSorted((a, b) => b.count - a.count);
  return { answered, counts };
}

/** The middle value (the median; halfway between the two middle ones of an even count). */
export function middleValue(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}

/**
 * The middle half of some values: from the lower quartile to the upper one, each an actual value
 * (nearest rank), so a time shown is a time a cramp began; `null` with no values.
 */
export function middleHalf(
  values: readonly number[],
): { readonly low: number; readonly high: number } | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  const last = sorted.length - 1;
  return { low: sorted[Math.floor(last / 4)]!, high: sorted[Math.ceil((last * 3) / 4)]! };
}
