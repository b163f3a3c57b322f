/**
 * Small helpers the date patterns share: a sticky match at a position, a look at the few characters before a
 * position, and a clock time right after a date. Every pattern handed to them is precompiled at module level
 * by the caller; the helpers only move `lastIndex` or slice a bounded piece of text.
 *
 * @module
 */
import { QUANTITY_WORDS, RELATIVE_YEAR_WORDS } from '../data/date-words.js';
import type { Clock, DateDraft, DateValue } from './reference.js';

/**
 * Runs a sticky (`y`) pattern at `index` of `text`.
 *
 * @example
 * ```ts
 * const YEAR_AFTER = /\s+(\d{4})/y;
 * matchAt(YEAR_AFTER, 'March 2024', 5)?.[1]; // '2024'
 * ```
 */
export function matchAt(sticky: RegExp, text: string, index: number): RegExpExecArray | null {
  sticky.lastIndex = index;
  return sticky.exec(text);
}

/** How many characters before a position {@link matchBefore} looks at. */
const LOOK_BACK = 32;

/**
 * Matches a `$`-anchored pattern against the (at most 32) characters before `index`; the match's `index`
 * is made an offset into `text`.
 *
 * @example
 * ```ts
 * const PREPOSITION = /(?:^|[^\p{L}])(in)\s+$/u;
 * matchBefore(PREPOSITION, 'signed in 1992', 10)?.[1]; // 'in'
 * ```
 */
export function matchBefore(anchored: RegExp, text: string, index: number): RegExpExecArray | null {
  const from = Math.max(0, index - LOOK_BACK);
  const m = anchored.exec(text.slice(from, index));
  if (m) m.index += from;
  return m;
}

/**
 * The offset in `text` where a capture group of a {@link matchBefore} match starts, for patterns whose group
 * runs to the end of the match (`(?:^|[^\p{L}])(in\s+)$`).
 *
 * @example
 * ```ts
 * const m = matchBefore(/(?:^|[^\p{L}])(in\s+)$/u, 'signed in 1992', 10)!;
 * tailStart(m, 1); // 7
 * ```
 */
export function tailStart(m: RegExpExecArray, group: number): number {
  return m.index + m[0].length - (m[group]?.length ?? 0);
}

// `, at 15:30`, ` 15:30`, ` в 15:30`, `, saat 15:30`
const CLOCK_AFTER = /,? +(?:at |в |saat )?([01]?\d|2[0-3])[:.]([0-5]\d)(?![\p{N}:])/uy;

/**
 * A clock time right after a date (`June 5, at 15:30`), with where it ends.
 *
 * @example
 * ```ts
 * clockAfter('yesterday at 15:30 the', 9); // { clock: { hour: 15, minute: 30, offset: null }, end: 18 }
 * ```
 */
export function clockAfter(text: string, index: number): { clock: Clock; end: number } | null {
  const m = matchAt(CLOCK_AFTER, text, index);
  if (!m) return null;
  return { clock: { hour: Number(m[1]), minute: Number(m[2]), offset: null }, end: index + m[0].length };
}

/**
 * A regular-expression source matching `word` with its first letter in either case (Azerbaijani `i` also as
 * `İ`). The word must hold no regular-expression syntax.
 *
 * @example
 * ```ts
 * new RegExp(`^${eitherCase('iyun')}$`, 'u').test('İyun'); // true
 * ```
 */
export function eitherCase(word: string): string {
  const first = word[0] ?? '';
  const upper = first === 'i' ? 'Iİ' : first.toUpperCase();
  return `[${upper}${first}]${word.slice(1)}`;
}

interface TrieNode {
  [ch: string]: TrieNode | true;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * A regular-expression source matching exactly the given words, factored by common prefixes
 * (`J(?:an(?:uary)?|u(?:ne|ly))`), which the regular-expression engine checks much faster than a flat
 * alternation. Words are literal text (special characters are escaped).
 *
 * @example
 * ```ts
 * wordTrie(['June', 'July', 'Jan']); // 'J(?:u(?:ne|ly)|an)'
 * ```
 */
export function wordTrie(words: readonly string[]): string {
  const root: TrieNode = {};
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      const next = node[ch];
      if (next === undefined || next === true) {
        const created: TrieNode = {};
        node[ch] = created;
        node = created;
      } else node = next;
    }
    node[''] = true;
  }
  return emit(root);
}

function emit(node: TrieNode): string {
  const keys = Object.keys(node).filter((k) => k !== '');
  if (keys.length === 0) return '';
  const alts = keys.map((k) => k.replace(SPECIAL, '\\$&') + emit(node[k] as TrieNode));
  const body = alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
  if (node[''] !== true) return body;
  return alts.length === 1 ? `(?:${body})?` : `${body}?`;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True when `text[index]` is a letter or digit (any script); false outside the string. Used to check word
 * boundaries after a fast match without Unicode lookbehinds.
 *
 * @example
 * ```ts
 * isWordCharAt('Mayor', 3); // true
 * isWordCharAt('May 5', 3); // false
 * ```
 */
export function isWordCharAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[index] as string);
}

/**
 * The word with its first letter upper-cased too: `['may', 'May']` (Azerbaijani `i` also as `İ`).
 *
 * @example
 * ```ts
 * bothCases('iyun'); // ['iyun', 'İyun', 'Iyun']
 * ```
 */
export function bothCases(word: string): string[] {
  const first = word[0] ?? '';
  const rest = word.slice(1);
  if (first === 'i') return [word, `İ${rest}`, `I${rest}`];
  const upper = first.toUpperCase();
  return upper === first ? [word] : [word, upper + rest];
}

const NUMBER_AFTER = /\.?,?\s{0,3}(?:the\s+)?\d{1,2}(?!\d)/y;
const NUMBER_BEFORE = /\d(?:st|nd|rd|th)?\s{0,3}(?:of\s+)?(?:the\s+)?$/;

/**
 * True when a day number stands right before or after the month name at `[start, end)` (`June 15`,
 * `15th of June`, `10 to 12 March`, `23 апреля`): only then can chrono-node read a day there.
 *
 * @example
 * ```ts
 * dayNumberNear('on June 15', 3, 7);    // true
 * dayNumberNear('in March 2024', 3, 8); // false
 * ```
 */
export function dayNumberNear(text: string, start: number, end: number): boolean {
  NUMBER_AFTER.lastIndex = end;
  return NUMBER_AFTER.test(text) || matchBefore(NUMBER_BEFORE, text, start) !== null;
}

/**
 * True when a digit stands within `reach` characters before `start` or after `end` (the same line or not).
 *
 * @example
 * ```ts
 * digitNear('on Monday at 15:30', 3, 9, 20); // true
 * digitNear('on Monday he left', 3, 9, 20);  // false
 * ```
 */
export function digitNear(text: string, start: number, end: number, reach: number): boolean {
  const from = Math.max(0, start - reach);
  const to = Math.min(text.length, end + reach);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// `January-March, 4 percent`, `in 2000 villages`: the number is a quantity, not a day or a year.
const QUANTITY_AFTER = /* @__PURE__ */ new RegExp(
  `\\s?(?:%|(?:${['per cent', 'million', 'billion', 'thousand', ...QUANTITY_WORDS].join('|')})(?![\\p{L}]))`,
  'iuy',
);

/**
 * True when `%` or a quantity word (`percent`, `people`, `hectares` …) follows `index`: the number before it
 * counts something.
 *
 * @example
 * ```ts
 * quantityAfter('in January-March, 4 percent more', 19); // true
 * quantityAfter('on March 4 in Baku', 10);               // false
 * ```
 */
export function quantityAfter(text: string, index: number): boolean {
  QUANTITY_AFTER.lastIndex = index;
  return QUANTITY_AFTER.test(text);
}

/**
 * The draft of a month with its year (`March 2024`, `марте 2024 года`, `mart 2024`): from the month name at
 * `start..end` to the end of the year that follows it.
 *
 * @example
 * ```ts
 * monthYearDraft(10, 15, /^ (\d{4})/.exec(' 2024')!, 3);
 * // { start: 10, end: 20, value: { kind: 'fixed', year: 2024, month: 3, day: null, clock: null } }
 * ```
 */
export function monthYearDraft(start: number, end: number, year: RegExpExecArray, month: number): DateDraft {
  return {
    start,
    end: end + year[0].length,
    value: { kind: 'fixed', year: Number(year[1]), month, day: null, clock: null },
  };
}

/**
 * The draft of a range of months (`January-March 2023`, `в январе-марте`, `yanvar-mart aylarında`) over
 * `start..end`: its first month as `value`, its last as `until`. With the year, which the text gives once for
 * both (after the range, or before it in Azerbaijani), a range that runs over New Year starts the year before
 * (`December-February 2024`). Without it, both are months without a year, or in the year `years` from the
 * reference's when the text names it so (`last year`); the range's end follows its start (see `mentions.ts`).
 *
 * @example
 * ```ts
 * monthRangeDraft(3, 22, 1, 3, 2023);
 * // { start: 3, end: 22, value: { kind: 'fixed', year: 2023, month: 1, … }, until: { kind: 'fixed', year: 2023, month: 3, … } }
 * ```
 */
export function monthRangeDraft(
  start: number,
  end: number,
  first: number,
  last: number,
  year: number | null,
  years?: number,
): DateDraft {
  if (year === null) {
    // `years`: the year named relative to the reference (`January-March last year`), as in DateValue.
    const value: DateValue =
      years === undefined ? { kind: 'month', month: first } : { kind: 'month', month: first, years };
    const until: DateValue =
      years === undefined ? { kind: 'month', month: last } : { kind: 'month', month: last, years };
    return { start, end, value, until };
  }
  return {
    start,
    end,
    value: { kind: 'fixed', year: first > last ? year - 1 : year, month: first, day: null, clock: null },
    until: { kind: 'fixed', year, month: last, day: null, clock: null },
  };
}

/**
 * How a language writes a list of months: the next month after one (`, February`, ` and February`), the
 * month before one (`January and `), the preposition a list starts with (`in `), the year after a month, and
 * its month names.
 */
export interface MonthListSyntax {
  /** Sticky: a separator and the next month's word (group 1). */
  readonly next: RegExp;
  /** Anchored at the end: the month word before (group 1) and a separator. */
  readonly before: RegExp;
  /** Anchored at the end: what dates the head of a list (`in `, `в `). */
  readonly head: RegExp;
  /** Sticky: the year after a month (group 1). */
  readonly year: RegExp;
  /** The month number of a word, or `null`. */
  readonly month: (word: string) => number | null;
}

/**
 * The year after the last month of a list that goes on after `end` (`, February and March 2023`): every month
 * of the list is in it. `null` when no list follows, or no year ends it.
 *
 * @example
 * ```ts
 * monthListYear('in January, February and March 2023', 10, englishLists); // 2023 (the lists of english.ts)
 * ```
 */
export function monthListYear(body: string, end: number, syntax: MonthListSyntax): number | null {
  let at = end;
  for (let n = 0; n < 12; n++) {
    const next = matchAt(syntax.next, body, at);
    if (!next || syntax.month(next[1] as string) === null) break;
    at += next[0].length;
  }
  const year = at > end ? matchAt(syntax.year, body, at) : null;
  return year ? Number(year[1]) : null;
}

/**
 * Whether the month at `start` follows other months in a list whose first month has a preposition: `in
 * January, February and March` dates all three, `Ms. April and June Smith` none.
 *
 * @example
 * ```ts
 * inMonthList('in January and February', 15, englishLists); // true
 * ```
 */
export function inMonthList(body: string, start: number, syntax: MonthListSyntax): boolean {
  let at = start;
  for (let n = 0; n < 12; n++) {
    const before = matchBefore(syntax.before, body, at);
    if (!before || syntax.month(before[1] as string) === null) return false;
    at = before.index + before[0].indexOf(before[1] as string);
    if (matchBefore(syntax.head, body, at)) return true;
  }
  return false;
}

/**
 * The year a named relative year stands for, from the reference's: `last`/`previous` −1, `this`/`current` 0,
 * `next` +1 (English, Russian `прошлого`/`этого`/`текущего`/`следующего`, Azerbaijani `ötən`/`keçən`/`bu`/
 * `cari`/`gələn`). `null` for any other word.
 *
 * @example
 * ```ts
 * relativeYears('прошлого'); // -1
 * ```
 */
export function relativeYears(word: string): number | null {
  const w = word.toLowerCase();
  return Object.hasOwn(RELATIVE_YEAR_WORDS, w) ? (RELATIVE_YEAR_WORDS[w] as number) : null;
}

/**
 * A year named from the reference's right after `at`, read by a sticky `pattern` whose group 1 is the word
 * (` last year`, ` прошлого года`): how many years from the reference's, and how long the match is.
 *
 * @example
 * ```ts
 * namedYearAt(/\s+(last|next)\s+year/uy, 'in May last year', 6); // { years: -1, length: 10 }
 * ```
 */
export function namedYearAt(pattern: RegExp, text: string, at: number): { years: number; length: number } | null {
  const m = matchAt(pattern, text, at);
  const years = m ? relativeYears(m[1] as string) : null;
  return m && years !== null ? { years, length: m[0].length } : null;
}

/**
 * The draft of a range of months whose last month ends at `to`, with what follows it: a year (`yearAfter`,
 * group 1 the year), or a year named from the reference's (`namedAfter`, see {@link namedYearAt}), or neither.
 *
 * @example
 * ```ts
 * monthRangeUpTo('January-March 2023', 0, 13, 1, 3, / (\d{4})/y, / (last) year/y).until; // March 2023
 * ```
 */
export function monthRangeUpTo(
  text: string,
  from: number,
  to: number,
  first: number,
  last: number,
  yearAfter: RegExp,
  namedAfter: RegExp,
): DateDraft {
  const year = matchAt(yearAfter, text, to);
  const named = year ? null : namedYearAt(namedAfter, text, to);
  const end = to + (year?.[0].length ?? named?.length ?? 0);
  return monthRangeDraft(from, end, first, last, year ? Number(year[1]) : null, named?.years);
}
