/**
 * Russian dates. Days and weekdays (`23 апреля`, `3 марта 2023 года`, `во вторник`) are read by chrono-node's
 * Russian parsers; this module names the words that send text to it and reads what chrono-node leaves out:
 * a month with a year (`в марте 2024 года`), a month alone (`в мае`, `в конце марта`), a range of months
 * (`в январе-марте 2023 года`, `с января по март`), and relative words
 * (`вчера`, `в прошлом году`, `3 дня назад`). `сегодня` counts only next to a clock time
 * (`сегодня в 15:00`).
 *
 * @module
 */

import { RUSSIAN_MONTHS_PREPOSITIONAL, RUSSIAN_WEEKDAYS } from '../data/date-words.js';
import { RUSSIAN_MONTHS } from '../data/months.js';
import { monthNumber } from './months.js';
import type { DateDraft, DateValue } from './reference.js';
import {
  bothCases,
  clockAfter,
  inMonthList,
  type MonthListSyntax,
  matchAt,
  matchBefore,
  monthListYear,
  monthRangeUpTo,
  monthYearDraft,
  namedYearAt,
  tailStart,
} from './scan.js';

/**
 * Russian month names (genitive, nominative, prepositional) and the weekday forms that date an event
 * (`вторник`, `среду` …), first letter in either case.
 *
 * @example
 * ```ts
 * RUSSIAN_DATE_WORDS.includes('апреля'); // true
 * ```
 */
export const RUSSIAN_DATE_WORDS: readonly string[] = [
  ...RUSSIAN_MONTHS.map((m) => m.name),
  ...RUSSIAN_MONTHS_PREPOSITIONAL,
  ...RUSSIAN_WEEKDAYS.flat(),
].flatMap(bothCases);

const PREPOSITIONAL = /* @__PURE__ */ new Map(RUSSIAN_MONTHS_PREPOSITIONAL.map((name, i) => [name, i + 1]));

/**
 * The month number of a Russian month word in any of the three cases, or `null`.
 *
 * @example
 * ```ts
 * russianMonth('марте'); // 3
 * russianMonth('вторник'); // null
 * ```
 */
export function russianMonth(word: string): number | null {
  const w = word.toLowerCase();
  return PREPOSITIONAL.get(w) ?? monthNumber(w);
}

const MONTH_YEAR = /\s+((?:1[7-9]|20)\d{2})(?:\s?(?:года|год|г\.))?(?![\p{L}\p{N}])/uy;
const DAY_BEFORE = /\d\s+$/u;
const DIGIT_AFTER = /\s*\d/y;
const IN_BEFORE = /(?:^|[^\p{L}])([Вв]о?\s+)$/u;
const PART_BEFORE = /(?:^|[^\p{L}])((?:[Вв]\s+)?(?:начале|конце|середине)\s+)$/u;

/**
 * Reads a Russian month name at `[start, end)` when no day number comes before it: `марте 2024 года` (month
 * precision), `в мае` and `в конце марта` (a month without a year).
 *
 * @example
 * ```ts
 * const out: DateDraft[] = [];
 * russianMonthPhrase('Это было в марте 2024 года.', 11, 16, out);
 * out[0]?.value; // { kind: 'fixed', year: 2024, month: 3, day: null, clock: null }
 * ```
 */
export function russianMonthPhrase(body: string, start: number, end: number, out: DateDraft[]): void {
  const word = body.slice(start, end).toLowerCase();
  const month = russianMonth(word);
  if (month === null || matchBefore(DAY_BEFORE, body, start)) return;
  if (russianMonthRange(body, start, end, month, out)) return;
  const year = matchAt(MONTH_YEAR, body, end);
  if (year) {
    out.push(monthYearDraft(start, end, year, month));
    return;
  }
  if (matchAt(DIGIT_AFTER, body, end)) return;
  const prep = PREPOSITIONAL.has(word) ? matchBefore(IN_BEFORE, body, start) : matchBefore(PART_BEFORE, body, start);
  // `в январе прошлого года`: the month of a year named from the reference's.
  const named = namedYearAt(RELATIVE_YEAR_AFTER, body, end);
  if (named) {
    const value: DateValue = { kind: 'month', month, years: named.years };
    out.push({ start: prep ? tailStart(prep, 1) : start, end: end + named.length, value });
    return;
  }
  // `в январе, феврале и марте 2023 года`: the year after the list is every month's.
  const shared = monthListYear(body, end, LISTS);
  if (shared !== null) {
    const value: DateValue = { kind: 'fixed', year: shared, month, day: null, clock: null };
    out.push({ start: prep ? tailStart(prep, 1) : start, end, value });
    return;
  }
  // `в январе и феврале`: the second month of a list stands in the first one's preposition.
  if (prep || (PREPOSITIONAL.has(word) && inMonthList(body, start, LISTS))) {
    out.push({ start: prep ? tailStart(prep, 1) : start, end, value: { kind: 'month', month } });
  }
}

// How Russian writes a list of months: `в январе, феврале и марте 2023 года`.
const LISTS: MonthListSyntax = {
  next: /(?:,\s+|,?\s+(?:и|или)\s+)(\p{L}{3,10})(?![\p{L}\p{N}])/uy,
  before: /(?:^|[^\p{L}])(\p{L}{3,10})(?:,\s+|,?\s+(?:и|или)\s+)$/u,
  head: IN_BEFORE,
  year: MONTH_YEAR,
  month: russianMonth,
};

// ` прошлого года`, ` этого года`: a year named from the reference's (see relativeYears).
const RELATIVE_YEAR_AFTER = /\s+(прошлого|этого|текущего|нынешнего|следующего|будущего)\s+года(?![\p{L}])/uy;

// `январе-марте`, `январь – март`, `с января по март`: the second month's word.
const RANGE_MONTH_AFTER = /(?:\s?[-–—]\s?|\s+по\s+)(\p{L}{3,10})(?![\p{L}\p{N}])/uy;
const FROM_BEFORE = /(?:^|[^\p{L}])([Сс]\s+)$/u;

/**
 * A range of months from the month at `[start, end)` (`в январе-марте 2023 года`, `с января по март`): both
 * months, in the year given after the range or, without one, as months without a year. Not a range when a day
 * number follows the second month (`с января по 5 марта` is left to chrono-node).
 */
function russianMonthRange(body: string, start: number, end: number, first: number, out: DateDraft[]): boolean {
  const second = matchAt(RANGE_MONTH_AFTER, body, end);
  const last = second ? russianMonth(second[1] as string) : null;
  if (!second || last === null || last === first) return false;
  const to = end + second[0].length;
  const year = matchAt(MONTH_YEAR, body, to);
  if (!year && matchAt(DIGIT_AFTER, body, to)) return false;
  const prep = matchBefore(IN_BEFORE, body, start) ?? matchBefore(FROM_BEFORE, body, start);
  const from = prep ? tailStart(prep, 1) : start;
  out.push(monthRangeUpTo(body, from, to, first, last, MONTH_YEAR, RELATIVE_YEAR_AFTER));
  return true;
}

/**
 * The words relative Russian dates hang on: `вчера`, `позавчера`, `завтра`, `послезавтра`, `сегодня`,
 * `году`/`месяце` (`в прошлом году`) and `назад` (`3 дня назад`).
 *
 * @example
 * ```ts
 * RUSSIAN_RELATIVE_ANCHORS.includes('назад'); // true
 * ```
 */
export const RUSSIAN_RELATIVE_ANCHORS: readonly string[] = [
  ...['позавчера', 'вчера', 'послезавтра', 'завтра', 'сегодня'].flatMap(bothCases),
  'году',
  'месяце',
  'назад',
];

const DAY_WORDS: Readonly<Record<string, number>> = { позавчера: -2, вчера: -1, сегодня: 0, завтра: 1, послезавтра: 2 };
const PERIOD_BEFORE = /(?:^|[^\p{L}])([Вв]о? (прошлом|этом|текущем|следующем|будущем) )$/u;
const AGO_BEFORE =
  /(?:^|[^\p{L}\p{N}])((\d{1,3}) (день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев|год|года|лет) )$/u;

/**
 * Reads the Russian relative date hanging on the anchor word at `[start, end)` (one of
 * {@link RUSSIAN_RELATIVE_ANCHORS}). `сегодня` counts only with a clock time after it.
 *
 * @example
 * ```ts
 * const out: DateDraft[] = [];
 * russianRelative('Он прибыл вчера.', 10, 15, out);
 * out[0]?.value; // { kind: 'shift', unit: 'day', amount: -1, clock: null }
 * ```
 */
export function russianRelative(body: string, start: number, end: number, out: DateDraft[]): void {
  const anchor = body.slice(start, end).toLowerCase();
  const day = DAY_WORDS[anchor];
  if (day !== undefined) {
    const after = clockAfter(body, end);
    if (day === 0 && !after) return; // `сегодня` alone often means "nowadays"
    out.push({
      start,
      end: after?.end ?? end,
      value: { kind: 'shift', unit: 'day', amount: day, clock: after?.clock ?? null },
    });
    return;
  }
  if (anchor === 'назад') {
    const m = matchBefore(AGO_BEFORE, body, start);
    if (!m) return;
    const n = Number(m[2]);
    const unit = m[3] as string;
    const value = unit.startsWith('недел')
      ? ({ kind: 'shift', unit: 'day', amount: -7 * n, clock: null } as const)
      : unit.startsWith('месяц')
        ? ({ kind: 'shift', unit: 'month', amount: -n, clock: null } as const)
        : unit === 'год' || unit === 'года' || unit === 'лет'
          ? ({ kind: 'shift', unit: 'year', amount: -n, clock: null } as const)
          : ({ kind: 'shift', unit: 'day', amount: -n, clock: null } as const);
    out.push({ start: tailStart(m, 1), end, value });
    return;
  }
  const m = matchBefore(PERIOD_BEFORE, body, start);
  if (!m) return;
  const which = m[2] as string;
  const amount = which === 'прошлом' ? -1 : which === 'следующем' || which === 'будущем' ? 1 : 0;
  out.push({
    start: tailStart(m, 1),
    end,
    value: { kind: 'shift', unit: anchor === 'году' ? 'year' : 'month', amount, clock: null },
  });
}

const WEEKDAY_INDEX = /* @__PURE__ */ new Map(
  RUSSIAN_WEEKDAYS.flatMap((names, i) => names.map((n) => [n, i] as const)),
);
const RU_WEEKDAY_MODIFIER = /(?:^|[^\p{L}])(([Вв]о? )?(прошл\p{L}*|следующ\p{L}*|ближайш\p{L}*|эт\p{L}*) )$/u;

/**
 * Reads a Russian weekday at `[start, end)` (`вторник`, `в среду`), with `прошлый` (last), `следующий`/
 * `ближайший` (next) or `этот` (this) before it taken into the text. chrono-node reads weekdays with a
 * clock time or a date next to them instead.
 *
 * @example
 * ```ts
 * const out: DateDraft[] = [];
 * russianWeekday('Он прибыл в прошлый вторник.', 20, 27, out);
 * out[0]; // { start: 10, end: 27, value: { kind: 'weekday', weekday: 2, mode: 'last', clock: null } }
 * ```
 */
export function russianWeekday(body: string, start: number, end: number, out: DateDraft[]): void {
  const weekday = WEEKDAY_INDEX.get(body.slice(start, end).toLowerCase());
  if (weekday === undefined) return;
  const modifier = matchBefore(RU_WEEKDAY_MODIFIER, body, start);
  const word = modifier ? (modifier[3] as string) : '';
  const mode = word.startsWith('прошл')
    ? 'last'
    : word.startsWith('следующ') || word.startsWith('ближайш')
      ? 'next'
      : word
        ? 'this'
        : null;
  out.push({
    start: modifier ? tailStart(modifier, 1) : start,
    end,
    value: { kind: 'weekday', weekday, mode, clock: null },
  });
}

const RU_DAY_BEFORE = /(?:^|[^\p{L}\p{N}])(([1-9]|[12]\d|3[01])\s+)$/u;
const RU_YEAR_AFTER = /\s+((?:1[7-9]|20)\d{2})(?:\s?(?:года|год|г\.))?(?![\p{L}\p{N}])/uy;

/**
 * The fallback for a Russian month name chrono-node read no day at: `5 марта`, `3 марта 2023 года`.
 *
 * @example
 * ```ts
 * const out: DateDraft[] = [];
 * russianMonthDay('Хаб открыт 5 марта.', 13, 18, out);
 * out[0]; // { start: 11, end: 18, value: { kind: 'day', month: 3, day: 5, clock: null } }
 * ```
 */
export function russianMonthDay(body: string, start: number, end: number, out: DateDraft[]): void {
  const month = russianMonth(body.slice(start, end));
  const before = month === null ? null : matchBefore(RU_DAY_BEFORE, body, start);
  if (month === null || !before) return;
  const day = Number(before[2]);
  const year = matchAt(RU_YEAR_AFTER, body, end);
  const value: DateValue = year
    ? { kind: 'fixed', year: Number(year[1]), month, day, clock: null }
    : { kind: 'day', month, day, clock: null };
  out.push({ start: tailStart(before, 1), end: end + (year?.[0].length ?? 0), value });
}
