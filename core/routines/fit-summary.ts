import { formatMessage } from '../i18n/format-message';
import type { MessageCatalog, MessageKey } from '../i18n/catalog-en';
import { catalogInForce } from '../i18n/catalog-in-force';
import type { Routine, Step } from './routine-schema';

/** What a fit started from and came to, for its summary. */
export interface FitOutcome {
  readonly original: Routine;
  readonly fitted: Routine;
  /** The target in seconds, 0 when none was given (the shortest asked for). */
  readonly target: number;
  readonly totalSeconds: number;
  readonly shortestSeconds: number;
  readonly longestSeconds: number;
}

type Direction = 'shorter' | 'longer' | 'changed';
type PluralBase = 'fit.seconds' | 'fit.minutes' | 'fit.aboutMinutes' | 'fit.times';

/**
 * Says in plain words what a fit changed: holds, rests, repetitions, steps left out, and, when the
 * target was out of reach, the shortest or longest the routine can be. Every word comes from the
 * catalog; numbers, plurals and lists go through `Intl`.
 */
export function describeFit(
  outcome: FitOutcome,
  catalog: MessageCatalog = catalogInForce(),
): string {
  const words = new Words(catalog);
  const { original, fitted, target, totalSeconds, shortestSeconds, longestSeconds } = outcome;
  const pairs = fitted.steps.map((step) => ({
    before: original.steps.find((other) => other.id === step.id)!,
    after: step,
  }));
  const aim = Number.isFinite(target) && target > 0 ? words.duration(target) : null;
  const changes: string[] = [];

  const holds = pairs.filter(({ before, after }) => before.holdSeconds !== after.holdSeconds);
  if (holds.length > 0) {
    const key = `fit.holds.${direction(holds.map((p) => [p.before.holdSeconds, p.after.holdSeconds]))}`;
    changes.push(
      words.message(key as MessageKey, {
        range: words.span(holds.map((p) => p.after.holdSeconds)),
      }),
    );
  }
  const rests = pairs.filter(
    ({ before, after }) =>
      before.restSeconds !== after.restSeconds &&
      Math.max(before.repetitions, after.repetitions) > 1,
  );
  if (rests.length > 0) {
    const key = `fit.rests.${direction(rests.map((p) => [p.before.restSeconds, p.after.restSeconds]))}`;
    changes.push(
      words.message(key as MessageKey, {
        range: words.span(rests.map((p) => p.after.restSeconds)),
      }),
    );
  }
  const more = pairs.filter(({ before, after }) => after.repetitions > before.repetitions);
  if (more.length > 0) changes.push(words.aimed('fit.moreRepetitions', aim, words.times(more)));
  const fewer = pairs.filter(({ before, after }) => after.repetitions < before.repetitions);
  if (fewer.length > 0) changes.push(words.aimed('fit.fewerRepetitions', aim, words.times(fewer)));
  const leftOut = original.steps.filter((step) => !fitted.steps.some((s) => s.id === step.id));
  if (leftOut.length > 0) {
    changes.push(words.aimed('fit.leftOut', aim, words.list(leftOut.map((step) => step.title))));
  }

  const sentences: string[] = [];
  if (changes.length > 0) {
    sentences.push(
      words.message('fit.sentence', { text: changes.join(words.message('fit.join')) }),
    );
  }
  if (target < shortestSeconds) {
    const key = leftOut.length > 0 ? 'fit.shortestWithEvery' : 'fit.shortest';
    sentences.push(words.message(key, { duration: words.duration(shortestSeconds) }));
  } else if (target > longestSeconds) {
    const key = more.length > 0 ? 'fit.longestWithoutRepeats' : 'fit.longest';
    sentences.push(words.message(key, { duration: words.duration(longestSeconds) }));
  }
  if (changes.length === 0 && sentences.length === 0) {
    return words.message('fit.unchanged', { duration: words.duration(totalSeconds) });
  }
  const reported = target < shortestSeconds ? shortestSeconds : longestSeconds;
  const outOfReach = target < shortestSeconds || target > longestSeconds;
  if (outOfReach && totalSeconds !== reported) {
    sentences.push(words.message('fit.now', { duration: words.duration(totalSeconds) }));
  }
  return sentences.join(' ');
}

/** Whether the changed values all went down, all went up, or some of each. */
function direction(changes: readonly (readonly [number, number])[]): Direction {
  if (changes.every(([before, after]) => after < before)) return 'shorter';
  if (changes.every(([before, after]) => after > before)) return 'longer';
  return 'changed';
}

/** The catalog's words, with numbers, plurals and lists in its language. */
class Words {
  private readonly numbers: Intl.NumberFormat;
  private readonly plurals: Intl.PluralRules;
  private readonly lists: Intl.ListFormat;

  constructor(private readonly catalog: MessageCatalog) {
    const lang = catalog['app.lang'];
    this.numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    this.plurals = new Intl.PluralRules(lang);
    this.lists = new Intl.ListFormat(lang, { type: 'conjunction' });
  }

  message(key: MessageKey, params: Readonly<Record<string, string>> = {}): string {
    return formatMessage(key, params, this.catalog);
  }

  /** A change, with "to come closer to {target}" when there was a target. */
  aimed(
    base: 'fit.moreRepetitions' | 'fit.fewerRepetitions' | 'fit.leftOut',
    aim: string | null,
    steps: string,
  ): string {
    return aim === null
      ? this.message(`${base}.noTarget`, { steps })
      : this.message(base, { steps, target: aim });
  }

  list(items: readonly string[]): string {
    return this.lists.format(items);
  }

  /** "Calf stretch 4 times, Hamstring stretch 4 times" */
  times(pairs: readonly { readonly after: Step }[]): string {
    return this.list(
      pairs.map(({ after }) => this.plural('fit.times', after.repetitions, { step: after.title })),
    );
  }

  /** A routine's length: "45 seconds", "6 minutes", "about 12 minutes". */
  duration(seconds: number): string {
    const whole = Math.round(seconds);
    if (whole < 60) return this.plural('fit.seconds', whole);
    if (whole % 60 === 0) return this.plural('fit.minutes', whole / 60);
    return this.plural('fit.aboutMinutes', Math.round(whole / 60));
  }

  /** A hold or rest, exactly: "85 seconds", "3 minutes". */
  exact(seconds: number): string {
    if (seconds >= 60 && seconds % 60 === 0) return this.plural('fit.minutes', seconds / 60);
    return this.plural('fit.seconds', seconds);
  }

  /** The span of some lengths: "20 seconds", "15–20 seconds", "2–3 minutes". */
  span(values: readonly number[]): string {
    const low = Math.min(...values);
    const high = Math.max(...values);
    if (low === high) return this.exact(low);
    const inMinutes = low > 0 && low % 60 === 0 && high % 60 === 0;
    const [from, to] = inMinutes ? [low / 60, high / 60] : [low, high];
    const plurals = this.plurals as Intl.PluralRules & {
      selectRange?: (start: number, end: number) => Intl.LDMLPluralRule;
    };
    const rule = plurals.selectRange?.(from, to) ?? plurals.select(to);
    const base = inMinutes ? 'fit.minutesRange' : 'fit.secondsRange';
    return this.pick(base, rule, { range: this.numbers.formatRange(from, to) });
  }

  private plural(base: PluralBase, count: number, params: Readonly<Record<string, string>> = {}) {
    const rule = this.plurals.select(count);
    return this.pick(base, rule, { ...params, count: this.numbers.format(count) });
  }

  private pick(base: string, rule: string, params: Readonly<Record<string, string>>): string {
    const candidate = `${base}.${rule}`;
    const key = (candidate in this.catalog ? candidate : `${base}.other`) as MessageKey;
    return this.message(key, params);
  }
}
