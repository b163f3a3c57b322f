/**
 * English date patterns of our own, for what chrono-node (run without its casual parsers) leaves out:
 * a month with a year (`March 2024`), a month after a preposition (`in May`), a range of months
 * (`January-March 2023`, `from November to February`), a bare year after a preposition
 * (`in 1992`), and relative words (`yesterday`, `two days ago`, `last year`). Days and weekdays
 * (`June 15`, `on Monday`) are chrono-node's; this module only names the words that send text to it.
 *
 * `today` counts only where it clearly dates something: `today's hearing` (an event noun after it),
 * `earlier today`/`later today`, or a clock time next to it (`today at 15:00`). Elsewhere (`Azerbaijan
 * today is …`) it means "nowadays" and is skipped. `now` never counts.
 *
 * @module
 */

import { ENGLISH_NUMBER_WORDS, QUANTITY_WORDS, TODAY_EVENT_NOUNS } from '../data/date-words.js';
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../data/months.js';
import { monthNumber } from './months.js';
import type { DateDraft, DateValue } from './reference.js';
import {
  bothCases,
  clockAfter,
  eitherCase,
  inMonthList,
  type MonthListSyntax,
  matchAt,
  matchBefore,
  monthListYear,
  monthRangeDraft,
  monthRangeUpTo,
  monthYearDraft,
  namedYearAt,
  quantityAfter,
  tailStart,
} from './scan.js';

const ANY_DIGIT = /\d/;
const WHITE_SPACE = /\s/;
const ALL_DIGITS = /^\d+$/;

/**
 * The English month names and abbreviations and the weekday names, capitalised as English writes them (so
 * the verb `may` is not a month). These words send their surroundings to chrono-node.
 *
 * @example
 * ```ts
 * ENGLISH_CHRONO_WORDS.includes('September'); // true
 * ```
 */
export const ENGLISH_CHRONO_WORDS: readonly string[] = [...ENGLISH_MONTHS.map((m) => m.name), ...ENGLISH_WEEKDAYS].map(
  (w) => (w[0] ?? '').toUpperCase() + w.slice(1),
);

/**
 * The words relative English dates hang on: `yesterday`, `tomorrow`, `today`, `ago` (`two days ago`),
 * `year`/`month` (`last year`, `earlier this month`). {@link englishRelative} reads the phrase around them.
 *
 * @example
 * ```ts
 * ENGLISH_RELATIVE_ANCHORS.includes('ago'); // true
 * ```
 */
export const ENGLISH_RELATIVE_ANCHORS: readonly string[] = [
  ...['yesterday', 'tomorrow', 'today'].flatMap(bothCases),
  'ago',
  'year',
  'month',
];

const NUMBER_WORD = ['an?', ...ENGLISH_NUMBER_WORDS.slice(1)].map(eitherCase).join('|');

const MONTH_YEAR = /\.?,? +(?:of +)?((?:1[7-9]|20)\d{2})(?![\p{L}\p{N}])/uy;
const DAY_BEFORE = /\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:the\s+)?$/u;
const DIGIT_AFTER = /\.?,? *\d/y;
// The preposition group runs to the end so that its start is known (see tailStart).
const MONTH_PREPOSITION =
  /(?:^|[^\p{L}])((?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hroughout|[Ee]arly|[Ll]ate|[Ee]nd of|[Bb]eginning of|[Ss]tart of|[Mm]iddle of)\s+|[Mm]id-)$/u;

/**
 * Reads what follows or precedes an English month name at `[start, end)`: `March 2024` (month precision) and
 * `in May` (a month without a year). Days (`March 6`, `6 March 2024`) are left to chrono-node.
 *
 * @example
 * ```ts
 * const out: DateDraft[] = [];
 * englishMonth('It grew in March 2024.', 11, 16, out);
 * out[0]?.value; // { kind: 'fixed', year: 2024, month: 3, day: null, clock: null }
 * ```
 */
export function englishMonth(body: string, start: number, end: number, out: DateDraft[]): void {
  const month = monthNumber(body.slice(start, end));
  if (month === null) return;
  if (englishMonthRange(body, start, end, month, out)) return;
  const year = matchAt(MONTH_YEAR, body, end);
  if (year) {
    if (matchBefore(DAY_BEFORE, body, start)) return; // `6 March 2024`: a day, chrono-node's
    out.push(monthYearDraft(start, end, year, month));
    return;
  }
  if (matchAt(DIGIT_AFTER, body, end)) return;
  const prep = matchBefore(MONTH_PREPOSITION, body, start);
  // `in January last year`, `January of this year`: the month of a year named from the reference's.
  const named = namedYearAt(RELATIVE_YEAR_AFTER, body, end);
  if (named) {
    const value: DateValue = { kind: 'month', month, years: named.years };
    out.push({ start: prep ? tailStart(prep, 1) : start, end: end + named.length, value });
    return;
  }
  // `in January, February and March 2023`: the year after the list is every month's.
  const listed = monthListYear(body, end, LISTS);
  const shared = listed !== null && !matchBefore(DAY_BEFORE, body, start) ? listed : null;
  if (shared !== null) {
    const value: DateValue = { kind: 'fixed', year: shared, month, day: null, clock: null };
    out.push({ start: prep ? tailStart(prep, 1) : start, end, value });
    return;
  }
  if (prep || (followsListWord(body, start) && inMonthList(body, start, LISTS))) {
    out.push({ start: prep ? tailStart(prep, 1) : start, end, value: { kind: 'month', month } });
  }
}

// How English writes a list of months: `in January, February and March 2023`.
const LISTS: MonthListSyntax = {
  next: /(?:,\s+|,?\s+(?:and|or)\s+)([A-Z][a-z]{2,8})\.?(?![\p{L}\p{N}])/uy,
  before: /(?:^|[^\p{L}])([A-Z][a-z]{2,8})\.?(?:,\s+|,?\s+(?:and|or)\s+)$/u,
  head: MONTH_PREPOSITION,
  year: MONTH_YEAR,
  month: monthNumber,
};

// ` last year`, ` of this year`, `, next year`: a year named from the reference's (see relativeYears).
const RELATIVE_YEAR_AFTER = /,?\s+(?:of\s+)?(?:the\s+)?(last|previous|this|current|next)\s+year(?![\p{L}])/uy;

const DAY_NUMBER_AFTER = /\.? ?\d/y;

// `January-March`, `January – March`, `January to March`, `January through March`: the second month's name.
const RANGE_MONTH_AFTER = /(?:\s?[-–—]\s?|\s+(?:to|through)\s+)([A-Z][a-z]{2,8})(?![\p{L}\p{N}])/uy;

/**
 * A range of months from the month at `[start, end)` (`January-March 2023`, `in January–February`): both
 * months, in the year given after the range or, without one, as months without a year. Not a range when a
 * day number stands next to either month (`5 January - 3 March`, `January to March 5`: days, chrono-node's).
 */
function englishMonthRange(body: string, start: number, end: number, first: number, out: DateDraft[]): boolean {
  const second = matchAt(RANGE_MONTH_AFTER, body, end);
  const last = second ? monthNumber(second[1] as string) : null;
  if (!second || last === null || last === first || matchBefore(DAY_BEFORE, body, start)) return false;
  const to = end + second[0].length;
  const year = matchAt(MONTH_YEAR, body, to);
  // A day number right after the last month (`January-March 5`), not a figure after a comma
  // (`January-March, 4 percent more`).
  if (!year && matchAt(DAY_NUMBER_AFTER, body, to)) return false;
  const prep = matchBefore(MONTH_PREPOSITION, body, start);
  const from = prep ? tailStart(prep, 1) : start;
  out.push(monthRangeUpTo(body, from, to, first, last, MONTH_YEAR, RELATIVE_YEAR_AFTER));
  return true;
}

const YEAR_PREPOSITION = /* @__PURE__ */ new RegExp(
  `(?:^|[^\\p{L}])((?:${[
    'in',
    'since',
    'from',
    'until',
    'till',
    'by',
    'before',
    'after',
    'during',
    'through',
    'throughout',
    'of',
    'for',
    'to',
    'and',
    'between',
    'year',
    'early',
    'late',
    'end of',
    'beginning of',
    'start of',
    'middle of',
    'spring of',
    'summer of',
    'autumn of',
    'winter of',
    'fall of',
    'back in',
    'as of',
    'as early as',
    'circa',
    'around',
  ]
    .map(eitherCase)
    .join('|')})\\s+|${eitherCase('mid')}-|(?:1[7-9]|20)\\d{2}\\s?[-–]\\s?)$`,
  'u',
);
const QUANTITY_AFTER = /* @__PURE__ */ new RegExp(
  `(?:\\s+(?:${QUANTITY_WORDS.join('|')})(?![\\p{L}])|\\s?%|[.,]\\d|-\\p{L})`,
  'iuy',
);

/**
 * Reads a bare year at `[start, end)` when a preposition makes it one (`in 1992`, `since 2020`, `by 2030`,
 * `mid-2023`, the second year of `2021-2025`), not when a quantity word follows (`in 2000 villages`).
 * The mention's text starts with the preposition.
 *
 * @example
 * ```ts
 * const out: DateDraft[] = [];
 * englishYear('It first emerged in 1992, with', 20, 24, out);
 * out[0]; // { start: 17, end: 24, value: { kind: 'fixed', year: 1992, month: null, day: null, clock: null } }
 * ```
 */
/**
 * Where an English year phrase starting with the year at `start` begins: at its preposition (`in 1992`,
 * `since 2020`), or at the year itself.
 *
 * @example
 * ```ts
 * englishYearStart('Prices rose in 2022-2023.', 15); // 12
 * ```
 */
export function englishYearStart(body: string, start: number): number {
  const prep = matchBefore(YEAR_PREPOSITION, body, start);
  return prep && !ANY_DIGIT.test(prep[1] ?? '') ? tailStart(prep, 1) : start;
}

export function englishYear(body: string, start: number, end: number, out: DateDraft[]): void {
  if (englishPeriodOfYear(body, start, end, out)) return;
  const prep = matchBefore(YEAR_PREPOSITION, body, start);
  if (!prep || matchAt(QUANTITY_AFTER, body, end)) return;
  const joined = ANY_DIGIT.test(prep[1] ?? ''); // `2021-2025`: only the year itself
  out.push({
    start: joined ? start : tailStart(prep, 1),
    end,
    value: { kind: 'fixed', year: Number(body.slice(start, end)), month: null, day: null, clock: null },
  });
}

// `first quarter of `, `Q1 `; `first half of `, `H1 `; `first nine months of `, `9 months of `.
const QUARTER_BEFORE =
  /(?:^|[^\p{L}\p{N}])((first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+|Q([1-4])\s+)$/iu;
const HALF_BEFORE = /(?:^|[^\p{L}\p{N}])((first|second|1st|2nd)\s+half\s+of\s+|H([12])\s+)$/iu;
const MONTHS_BEFORE = /* @__PURE__ */ new RegExp(
  `(?:^|[^\\p{L}\\p{N}])((?:first\\s+)?(\\d{1,2}|${ENGLISH_NUMBER_WORDS.slice(2, 12).join('|')})\\s+months\\s+of\\s+)$`,
  'iu',
);
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

/**
 * A part of the year before the year at `[start, end)`: a quarter (`the first quarter of 2024`, `Q1 2024`), a
 * half (`the first half of 2023`, `H2 2023`) or the first months (`the first nine months of 2023`, `9 months
 * of 2023`), read as the range of its first and last month.
 */
function englishPeriodOfYear(body: string, start: number, end: number, out: DateDraft[]): boolean {
  // Every part of a year ends in `of`, `Q1`…`Q4` or `H1`/`H2` before the year's white space: most years have
  // none, and skip the three patterns.
  let k = start - 1;
  while (k > 0 && isWhiteCode(body.charCodeAt(k))) k--;
  if (k === start - 1) return false;
  const c = body.charCodeAt(k);
  const b = body.charCodeAt(k - 1) | 0x20; // the patterns ignore case
  if (!((c | 0x20) === 102 && b === 111) && !(c >= 49 && c <= 52 && (b === 113 || b === 104))) return false;
  const period = quarterBefore(body, start) ?? halfBefore(body, start) ?? monthsBefore(body, start);
  if (!period || matchAt(QUANTITY_AFTER, body, end)) return false;
  out.push(monthRangeDraft(period.start, end, period.first, period.last, Number(body.slice(start, end))));
  return true;
}

/** A code unit `\s` matches: ASCII white space, and the rest by the pattern (rare in a normalised body). */
function isWhiteCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && WHITE_SPACE.test(String.fromCharCode(c)));
}

/**
 * Whether white space and `,` or a word ending in `d` or `r` (`and`, `or`) stand before `start`: what the
 * month before a month of a list leaves there (see LISTS.before).
 */
function followsListWord(body: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && isWhiteCode(body.charCodeAt(k))) k--;
  const c = body.charCodeAt(k);
  return k < start - 1 && (c === 44 || c === 100 || c === 114);
}

/** A part of a year: where its words start, and its first and last month. */
interface PartOfYear {
  start: number;
  first: number;
  last: number;
}

function quarterBefore(body: string, start: number): PartOfYear | null {
  const m = matchBefore(QUARTER_BEFORE, body, start);
  if (!m) return null;
  const q = m[3] ? Number(m[3]) : (ORDINALS[(m[2] as string).toLowerCase()] as number);
  return { start: tailStart(m, 1), first: 3 * q - 2, last: 3 * q };
}

function halfBefore(body: string, start: number): PartOfYear | null {
  const m = matchBefore(HALF_BEFORE, body, start);
  if (!m) return null;
  const h = m[3] ? Number(m[3]) : (ORDINALS[(m[2] as string).toLowerCase()] as number);
  return { start: tailStart(m, 1), first: 6 * h - 5, last: 6 * h };
}

function monthsBefore(body: string, start: number): PartOfYear | null {
  const m = matchBefore(MONTHS_BEFORE, body, start);
  if (!m) return null;
  const word = (m[2] as string).toLowerCase();
  const n = ALL_DIGITS.test(word) ? Number(word) : ENGLISH_NUMBER_WORDS.indexOf(word);
  return n >= 2 && n <= 11 ? { start: tailStart(m, 1), first: 1, last: n } : null;
}

const TODAY_EVENT = /* @__PURE__ */ new RegExp(`['’]s\\s+(?:${TODAY_EVENT_NOUNS.join('|')})(?![\\p{L}])`, 'uy');
const EARLIER_LATER = /(?:^|[^\p{L}])(?:[Ee]arlier|[Ll]ater)\s+$/u;
const CLOCK_BEFORE = /(?:^|[^\p{L}])((?:[Aa]t|[Bb]y)\s+([01]?\d|2[0-3])[:.]([0-5]\d)\s+)$/u;
const DAY_BEFORE_AFTER = /(?:^|[^\p{L}])([Tt]he day (before|after) )$/u;
const AGO_BEFORE = /* @__PURE__ */ new RegExp(
  `(?:^|[^\\p{L}\\p{N}])((\\d{1,3}|${NUMBER_WORD}) (day|week|month|year)s? )$`,
  'u',
);
const PERIOD_BEFORE = /(?:^|[^\p{L}])(([Ee]arlier this|[Ll]ater this|[Ll]ast|[Tt]his|[Nn]ext) )$/u;

/**
 * Reads the English relative date hanging on the anchor word at `[start, end)` (one of
 * {@link ENGLISH_RELATIVE_ANCHORS}): `yesterday`, `tomorrow`, `the day before yesterday`, `two days ago`
 * (weeks count as 7 days), `last/this/next year` (year precision), `last/this/next month` (month precision),
 * and `today` where it clearly dates something (see the module notes). A clock time right after a day makes
 * it minute precision.
 *
 * @example
 * ```ts
 * const out: DateDraft[] = [];
 * englishRelative('He arrived yesterday.', 11, 20, out);
 * out[0]?.value; // { kind: 'shift', unit: 'day', amount: -1, clock: null }
 * ```
 */
export function englishRelative(body: string, start: number, end: number, out: DateDraft[]): void {
  const anchor = body.slice(start, end).toLowerCase();
  if (anchor === 'today') {
    today(body, start, end, out);
    return;
  }
  let from = start;
  let unit: 'day' | 'month' | 'year' = 'day';
  let amount: number;
  if (anchor === 'yesterday' || anchor === 'tomorrow') {
    const twice = matchBefore(DAY_BEFORE_AFTER, body, start);
    const twiceOk = twice !== null && (twice[2] === 'before') === (anchor === 'yesterday');
    if (twiceOk) from = tailStart(twice, 1);
    amount = (anchor === 'yesterday' ? -1 : 1) * (twiceOk ? 2 : 1);
  } else if (anchor === 'ago') {
    const m = matchBefore(AGO_BEFORE, body, start);
    const count = m ? countOf((m[2] as string).toLowerCase()) : null;
    if (!m || count === null) return;
    from = tailStart(m, 1);
    const u = m[3] as string;
    if (u === 'month' || u === 'year') unit = u;
    amount = -count * (u === 'week' ? 7 : 1);
  } else {
    const m = matchBefore(PERIOD_BEFORE, body, start);
    if (!m) return;
    from = tailStart(m, 1);
    const which = (m[2] as string).toLowerCase();
    unit = anchor === 'year' ? 'year' : 'month';
    amount = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  }
  const after = unit === 'day' ? clockAfter(body, end) : null;
  out.push({
    start: from,
    end: after?.end ?? end,
    value: { kind: 'shift', unit, amount, clock: after?.clock ?? null },
  });
}

function today(body: string, start: number, end: number, out: DateDraft[]): void {
  const before = matchBefore(CLOCK_BEFORE, body, start);
  if (before) {
    const clock = { hour: Number(before[2]), minute: Number(before[3]), offset: null };
    out.push({ start: tailStart(before, 1), end, value: { kind: 'shift', unit: 'day', amount: 0, clock } });
    return;
  }
  const after = clockAfter(body, end);
  const clear =
    after !== null || matchAt(TODAY_EVENT, body, end) !== null || matchBefore(EARLIER_LATER, body, start) !== null;
  if (!clear) return;
  out.push({
    start,
    end: after?.end ?? end,
    value: { kind: 'shift', unit: 'day', amount: 0, clock: after?.clock ?? null },
  });
}

function countOf(word: string): number | null {
  if (ALL_DIGITS.test(word)) return Number(word);
  if (word === 'a' || word === 'an') return 1;
  const n = ENGLISH_NUMBER_WORDS.indexOf(word);
  return n > 0 ? n : null;
}

const WEEKDAY_INDEX = /* @__PURE__ */ new Map(ENGLISH_WEEKDAYS.map((name, i) => [name, i]));
const WEEKDAY_MODIFIER = /(?:^|[^\p{L}])(([Ll]ast|[Pp]ast|[Nn]ext|[Cc]oming|[Tt]his) )$/u;
const DAY_NAME = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const SPAN_AFTER = /* @__PURE__ */ new RegExp(`\\s?(?:[-–]|to|through|till|until)\\s?${DAY_NAME}`, 'y');
const SPAN_BEFORE = /* @__PURE__ */ new RegExp(`${DAY_NAME}\\s?(?:[-–]|to|through|till|until)\\s?$`);

/**
 * Reads an English weekday name at `[start, end)` with `last`/`past`, `next`/`coming` or `this` before it
 * (taken into the text). Spans of weekdays (`Monday-Friday`, `Monday to Friday`) are office hours, not dates,
 * and give nothing. chrono-node reads weekdays with a clock time or a date next to them instead.
 *
 * @example
 * ```ts
 * const out: DateDraft[] = [];
 * englishWeekday('He met them last Monday.', 17, 23, out);
 * out[0]; // { start: 12, end: 23, value: { kind: 'weekday', weekday: 1, mode: 'last', clock: null } }
 * ```
 */
export function englishWeekday(body: string, start: number, end: number, out: DateDraft[]): void {
  const weekday = WEEKDAY_INDEX.get(body.slice(start, end).toLowerCase());
  if (weekday === undefined) return;
  SPAN_AFTER.lastIndex = end;
  if (SPAN_AFTER.test(body) || SPAN_BEFORE.test(body.slice(Math.max(0, start - 12), start))) return;
  const modifier = matchBefore(WEEKDAY_MODIFIER, body, start);
  const word = modifier ? (modifier[2] as string).toLowerCase() : '';
  const mode =
    word === 'last' || word === 'past' ? 'last' : word === 'next' || word === 'coming' ? 'next' : word ? 'this' : null;
  out.push({
    start: modifier ? tailStart(modifier, 1) : start,
    end,
    value: { kind: 'weekday', weekday, mode, clock: null },
  });
}

const DAY_AFTER_MONTH = /\.?\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:,?\s+((?:1[7-9]|20)\d{2}))?(?![\p{L}\p{N}])/uy;
const DAY_BEFORE_MONTH = /(?:^|[^\p{L}\p{N}])(([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?)$/u;
const YEAR_AFTER_MONTH = /\.?,?\s+((?:1[7-9]|20)\d{2})(?![\p{L}\p{N}])/uy;

/**
 * The fallback for a month name chrono-node read no day at (it sometimes prefers another reading, such as
 * the time `5 in the morning` over `June 5`): `June 5`, `June 5th, 2021`, `5 June`, `5th of June 2021`.
 *
 * @example
 * ```ts
 * const out: DateDraft[] = [];
 * englishMonthDay('It opened on June 5 in the morning.', 13, 17, out);
 * out[0]; // { start: 13, end: 19, value: { kind: 'day', month: 6, day: 5, clock: null } }
 * ```
 */
export function englishMonthDay(body: string, start: number, end: number, out: DateDraft[]): void {
  const month = monthNumber(body.slice(start, end));
  if (month === null) return;
  const after = matchAt(DAY_AFTER_MONTH, body, end);
  if (after && !quantityAfter(body, end + after[0].length)) {
    const day = Number(after[1]);
    const value: DateValue = after[2]
      ? { kind: 'fixed', year: Number(after[2]), month, day, clock: null }
      : { kind: 'day', month, day, clock: null };
    out.push({ start, end: end + after[0].length, value });
    return;
  }
  const before = matchBefore(DAY_BEFORE_MONTH, body, start);
  if (!before) return;
  const day = Number(before[2]);
  const year = matchAt(YEAR_AFTER_MONTH, body, end);
  const value: DateValue = year
    ? { kind: 'fixed', year: Number(year[1]), month, day, clock: null }
    : { kind: 'day', month, day, clock: null };
  out.push({ start: tailStart(before, 1), end: end + (year?.[0].length ?? 0), value });
}
