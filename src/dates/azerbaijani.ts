/**
 * Azerbaijani dates, by patterns of our own (chrono-node has no Azerbaijani locale):
 * - `6 oktyabr 2023`, `6 oktyabr 2023-cü il`, `15 aprel`, `12 mayda` (day, month, optional year and clock);
 * - `oktyabrın 6-da`, `2023-cü il oktyabrın 6-da` (the month in the genitive before the day);
 * - `mart 2024`, `2024-cü ilin mart ayında` (month precision), `mart ayında`, `martda` (a month alone);
 * - ranges of months: `2023-cü ilin yanvar-mart aylarında`, `yanvar-fevral`;
 * - weekdays (`bazar ertəsi`, `çərşənbə axşamı`, `cümə` …, with `ötən`/`keçən`/`gələn`/`bu`);
 * - relative words: `dünən`, `srağagün`, `birigün`, `bu il`, `ötən il`, `gələn ay`, `3 gün əvvəl`.
 * `sabah` (both "tomorrow" and "morning") and `bu gün` ("today", also "nowadays") are not read.
 *
 * @module
 */

import { AZERBAIJANI_WEEKDAYS } from '../data/date-words.js';
import { AZERBAIJANI_MONTHS } from '../data/months.js';
import type { DateDraft, DateValue } from './reference.js';
import {
  bothCases,
  clockAfter,
  matchAt,
  matchBefore,
  monthRangeDraft,
  monthYearDraft,
  relativeYears,
  tailStart,
  wordTrie,
} from './scan.js';

const DOTTED_CAPITAL_I = /İ/g;
const CAPITAL_I = /I/g;

const MONTH_NAMES = AZERBAIJANI_MONTHS.map((m) => m.name);

// Letters an Azerbaijani suffix is written with (no `u` flag needed: all in the Basic Multilingual Plane).
const AZ_LETTER = 'a-zçəğıöşü';

/**
 * A regular-expression source (for a pattern without the `u` flag) for Azerbaijani month names with up to
 * six letters of suffix (`oktyabrın`, `mayda`), first letter in either case.
 *
 * @example
 * ```ts
 * new RegExp(`^(?:${AZERBAIJANI_MONTH_WORDS})$`).test('Oktyabrın'); // true
 * ```
 */
export const AZERBAIJANI_MONTH_WORDS: string = `${wordTrie(MONTH_NAMES.flatMap(bothCases))}[${AZ_LETTER}]{0,6}`;

/**
 * Azerbaijani weekday names, first letter in either case.
 *
 * @example
 * ```ts
 * AZERBAIJANI_WEEKDAY_WORDS.includes('Bazar ertəsi'); // true
 * ```
 */
export const AZERBAIJANI_WEEKDAY_WORDS: readonly string[] = AZERBAIJANI_WEEKDAYS.flat().flatMap(bothCases);

/**
 * The words relative Azerbaijani dates hang on: `dünən`, `srağagün`, `birigün`, the forms of `il` (year) and
 * `ay` (month) after `bu`/`ötən`/`keçən`/`gələn`, and `əvvəl`/`öncə` (`3 gün əvvəl`).
 *
 * @example
 * ```ts
 * AZERBAIJANI_RELATIVE_ANCHORS.includes('əvvəl'); // true
 * ```
 */
export const AZERBAIJANI_RELATIVE_ANCHORS: readonly string[] = [
  ...['dünən', 'srağagün', 'birigün'].flatMap(bothCases),
  ...['il', 'ilin', 'ildə', 'ildən', 'ilki', 'ay', 'ayın', 'ayda', 'aydan', 'ayki'],
  'əvvəl',
  'öncə',
];

/** Lower case the Azerbaijani way (`İ` → `i`, `I` → `ı`). */
const lower = (s: string) => s.replace(DOTTED_CAPITAL_I, 'i').replace(CAPITAL_I, 'ı').toLowerCase();

const DAY_SUFFIXES = /* @__PURE__ */ new Set(['', 'da', 'də', 'dan', 'dən', 'a', 'ə', 'ya', 'yə', 'dək']);
const GENITIVE = /* @__PURE__ */ new Set(['ın', 'in', 'un', 'ün']);
const LOCATIVE = /* @__PURE__ */ new Set(['da', 'də']);
const DAY_BEFORE = /(?:^|[^\p{N}.,:])((?:[1-9]|[012]\d|3[01])\s+)$/u;
const YEAR_AFTER = /\s+((?:1[7-9]|20)\d{2})(?:-(?:ci|cı|cu|cü)\s+il\p{L}{0,4})?(?![\p{L}\p{N}])/uy;
const DAY_AFTER = /\s+([012]?\d|3[01])(?:-\p{L}{1,5})?(?![\p{L}\p{N}])/uy;
const YEAR_BEFORE = /(?:^|[^\p{N}])(((?:1[7-9]|20)\d{2})-(?:ci|cı|cu|cü)\s+il(?:in)?\s+)$/u;
const MONTH_WORD_AFTER = /\s+ay(?:ında|ı|ından|ınadək|ına)(?![\p{L}])/uy;
const SCHWA = /[əƏ]/u;
/** How far around a bare `5 may` an Azerbaijani letter is looked for (`5 may be` is English). */
const MAY_REACH = 80;

/**
 * Reads the Azerbaijani month word at `[start, end)` (one of {@link AZERBAIJANI_MONTH_WORDS}) with what
 * surrounds it; see the module notes for the forms. Words that only begin like a month (`Martin`) and the
 * English verb `may` give nothing, for no form matches around them.
 *
 * @example
 * ```ts
 * const out: DateDraft[] = [];
 * azerbaijaniMonth('Sənəd 6 oktyabr 2023-cü il imzalanıb.', 8, 15, out);
 * out[0]; // { start: 6, end: 26, value: { kind: 'fixed', year: 2023, month: 10, day: 6, clock: null } }
 * ```
 */
export function azerbaijaniMonth(body: string, start: number, end: number, out: DateDraft[]): void {
  const word = lower(body.slice(start, end));
  const index = MONTH_NAMES.findIndex((name) => word.startsWith(name));
  if (index < 0) return;
  const month = index + 1;
  const suffix = word.slice((MONTH_NAMES[index] as string).length);

  const dayBefore = DAY_SUFFIXES.has(suffix) ? matchBefore(DAY_BEFORE, body, start) : null;
  if (dayBefore) {
    const day = Number(dayBefore[1]?.trim());
    const from = tailStart(dayBefore, 1);
    const year = suffix === '' ? matchAt(YEAR_AFTER, body, end) : null;
    if (index === 4 && !year && !SCHWA.test(body.slice(Math.max(0, start - MAY_REACH), end + MAY_REACH))) return;
    const to = year ? end + year[0].length : end;
    const after = clockAfter(body, to);
    const clock = after?.clock ?? null;
    const value: DateValue = year
      ? { kind: 'fixed', year: Number(year[1]), month, day, clock }
      : { kind: 'day', month, day, clock };
    out.push({ start: from, end: after?.end ?? to, value });
    return;
  }

  const yearBefore = matchBefore(YEAR_BEFORE, body, start);
  // `ötən ilin yanvar ayında`: the month of a year named from the reference's.
  const relative = yearBefore ? null : matchBefore(RELATIVE_YEAR_BEFORE, body, start);
  const years = relative ? (relativeYears(relative[2] as string) ?? undefined) : undefined;
  const context: YearBefore = {
    start: yearBefore ? tailStart(yearBefore, 1) : relative && years !== undefined ? tailStart(relative, 1) : null,
    year: yearBefore ? Number(yearBefore[2]) : null,
    years,
  };
  if (suffix === '' && azerbaijaniMonthRange(body, start, end, month, context, out)) return;
  if (suffix === '' && azerbaijaniMonthList(body, start, end, month, context, out)) return;
  if (GENITIVE.has(suffix)) {
    const day = matchAt(DAY_AFTER, body, end);
    if (!day) return;
    const d = Number(day[1]);
    const value: DateValue = yearBefore
      ? { kind: 'fixed', year: Number(yearBefore[2]), month, day: d, clock: null }
      : { kind: 'day', month, day: d, clock: null };
    out.push({ start: yearBefore ? tailStart(yearBefore, 1) : start, end: end + day[0].length, value });
    return;
  }

  if (suffix === '') {
    const year = matchAt(YEAR_AFTER, body, end);
    if (year) {
      out.push(monthYearDraft(start, end, year, month));
      return;
    }
  }
  const monthWord = suffix === '' ? matchAt(MONTH_WORD_AFTER, body, end) : null;
  if (!monthWord && !LOCATIVE.has(suffix) && !((yearBefore || years !== undefined) && suffix === '')) return;
  const to = end + (monthWord?.[0].length ?? 0);
  if (yearBefore) {
    out.push({
      start: tailStart(yearBefore, 1),
      end: to,
      value: { kind: 'fixed', year: Number(yearBefore[2]), month, day: null, clock: null },
    });
  } else if (relative && years !== undefined) {
    out.push({ start: tailStart(relative, 1), end: to, value: { kind: 'month', month, years } });
  } else {
    out.push({ start, end: to, value: { kind: 'month', month } });
  }
}

const RELATIVE_YEAR_BEFORE = /(?:^|[^\p{L}])(([Öö]tən|[Kk]eçən|[Bb]u|[Cc]ari|[Gg]ələn)\s+il(?:in)?\s+)$/u;

/**
 * What stands before a range or list of months: where it starts (`2023-cü ilin`, `ötən ilin`), the year it
 * gives, or the year it names from the reference's (`years`).
 */
interface YearBefore {
  start: number | null;
  year: number | null;
  years: number | undefined;
}

// `, fevral`, ` və fevral`: the next month of a list; `yanvar və `, `yanvar, `: the month before one. On one
// line: a list does not run over a paragraph break.
const LIST_MONTH_AFTER = /(?:[ \t]*,[ \t]*|[ \t]+və[ \t]+)([a-zçəğıöşüA-ZÇƏĞİÖŞÜ]{3,12})(?![\p{L}\p{N}])/uy;
const LIST_MONTH_BEFORE = /(?:^|[^\p{L}])([a-zçəğıöşüA-ZÇƏĞİÖŞÜ]{3,12})(?:[ \t]*,[ \t]*|[ \t]+və[ \t]+)$/u;

/** The month number of a word that is a month name as written, with one of the `suffixes` after it, or 0. */
function monthWith(word: string, suffixes: ReadonlySet<string>): number {
  const w = lower(word);
  const index = MONTH_NAMES.findIndex((name) => w.startsWith(name));
  return index >= 0 && suffixes.has(w.slice((MONTH_NAMES[index] as string).length)) ? index + 1 : 0;
}

const BARE = /* @__PURE__ */ new Set(['']);
const BARE_OR_LOCATIVE = /* @__PURE__ */ new Set(['', 'da', 'də']);

/**
 * A list of months from the month at `[start, end)`, its head (`yanvar və fevral aylarında`, `2023-cü ilin
 * yanvar, fevral və mart aylarında`): every month is a mention, in the year before the list when there is one.
 * The list must end in `ay(lar)ında` or a month in the locative (`yanvar və fevralda`).
 */
function azerbaijaniMonthList(
  body: string,
  start: number,
  end: number,
  first: number,
  context: YearBefore,
  out: DateDraft[],
): boolean {
  const before = matchBefore(LIST_MONTH_BEFORE, body, start);
  if (before && monthWith(before[1] as string, BARE) > 0) return false; // not the head: read with the head
  const spans: [number, number, number][] = [[context.start ?? start, end, first]];
  let at = end;
  let closed = false;
  for (let n = 0; n < 12 && !closed; n++) {
    const next = matchAt(LIST_MONTH_AFTER, body, at);
    const month = next ? monthWith(next[1] as string, BARE_OR_LOCATIVE) : 0;
    if (!next || month === 0) break;
    const wordStart = at + next[0].length - (next[1] as string).length;
    at += next[0].length;
    closed = monthWith(next[1] as string, BARE) === 0; // a locative ends the list
    spans.push([wordStart, at, month]);
  }
  if (spans.length < 2) return false;
  if (!closed) {
    const months = matchAt(MONTHS_WORD_AFTER, body, at);
    if (!months) return false;
    (spans[spans.length - 1] as [number, number, number])[1] = at + months[0].length;
  }
  const { year, years } = context;
  for (const [from, to, month] of spans) {
    const value: DateValue =
      year !== null
        ? { kind: 'fixed', year, month, day: null, clock: null }
        : years !== undefined
          ? { kind: 'month', month, years }
          : { kind: 'month', month };
    out.push({ start: from, end: to, value });
  }
  return true;
}

// `yanvar-mart`, `yanvar – fevral`: the second month's word, with a suffix or not (`yanvar-martda`).
const RANGE_MONTH_AFTER = /\s?[-–—]\s?([a-zçəğıöşüA-ZÇƏĞİÖŞÜ]{3,12})(?![\p{L}\p{N}])/uy;
// `aylarında`, `ayları`, `ay ərzində` after a range (`yanvar-mart aylarında`).
const MONTHS_WORD_AFTER = /\s+ay(?:lar)?(?:ında|ı|ından|ınadək|ına)?(?![\p{L}])/uy;

/**
 * A range of months from the month at `[start, end)` (`2023-cü ilin yanvar-mart aylarında`, `yanvar-fevral`):
 * both months, in the year given before the range (or after it) or, without one, as months without a year.
 */
function azerbaijaniMonthRange(
  body: string,
  start: number,
  end: number,
  first: number,
  context: YearBefore,
  out: DateDraft[],
): boolean {
  const second = matchAt(RANGE_MONTH_AFTER, body, end);
  if (!second) return false;
  const word = lower(second[1] as string);
  const index = MONTH_NAMES.findIndex((name) => word.startsWith(name));
  const suffix = index < 0 ? '' : word.slice((MONTH_NAMES[index] as string).length);
  if (index < 0 || index + 1 === first || !(suffix === '' || DAY_SUFFIXES.has(suffix) || GENITIVE.has(suffix))) {
    return false;
  }
  let to = end + second[0].length;
  const yearAfter = context.year !== null || suffix !== '' ? null : matchAt(YEAR_AFTER, body, to);
  if (yearAfter) to += yearAfter[0].length;
  else if (matchAt(DAY_AFTER, body, to)) return false; // `yanvar-martın 5-i`: a day, not the range
  const months = suffix === '' && !yearAfter ? matchAt(MONTHS_WORD_AFTER, body, to) : null;
  if (months) to += months[0].length;
  const year = context.year ?? (yearAfter ? Number(yearAfter[1]) : null);
  out.push(
    monthRangeDraft(context.start ?? start, to, first, index + 1, year, year === null ? context.years : undefined),
  );
  return true;
}

const WEEKDAY_INDEX = /* @__PURE__ */ new Map(
  AZERBAIJANI_WEEKDAYS.flatMap((names, i) => names.map((n) => [n, i] as const)),
);
const WEEKDAY_MODIFIER = /(?:^|[^\p{L}])((?:[Öö]tən|[Kk]eçən|[Gg]ələn|[Bb]u)\s+)$/u;
const GUNU_AFTER = /\s+günü(?![\p{L}])/uy;

/**
 * Reads the Azerbaijani weekday at `[start, end)` (one of {@link AZERBAIJANI_WEEKDAY_WORDS}), with
 * `ötən`/`keçən` (last), `gələn` (next) or `bu` (this) before it and `günü` after it taken into the text.
 *
 * @example
 * ```ts
 * const out: DateDraft[] = [];
 * azerbaijaniWeekday('Nazir bazar ertəsi günü qəbul edib.', 6, 18, out);
 * out[0]; // { start: 6, end: 23, value: { kind: 'weekday', weekday: 1, mode: null, clock: null } }
 * ```
 */
export function azerbaijaniWeekday(body: string, start: number, end: number, out: DateDraft[]): void {
  const weekday = WEEKDAY_INDEX.get(lower(body.slice(start, end)));
  if (weekday === undefined) return;
  const modifier = matchBefore(WEEKDAY_MODIFIER, body, start);
  const word = lower(modifier?.[1]?.trim() ?? '');
  const mode = word === 'gələn' ? 'next' : word === 'bu' ? 'this' : word ? 'last' : null;
  const gunu = matchAt(GUNU_AFTER, body, end);
  out.push({
    start: modifier ? tailStart(modifier, 1) : start,
    end: end + (gunu?.[0].length ?? 0),
    value: { kind: 'weekday', weekday, mode, clock: null },
  });
}

const DAY_WORDS: Readonly<Record<string, number>> = { srağagün: -2, dünən: -1, birigün: 2 };
const PERIOD_BEFORE = /(?:^|[^\p{L}])(([Bb]u|[Öö]tən|[Kk]eçən|[Gg]ələn) )$/u;
const AGO_BEFORE = /(?:^|[^\p{L}\p{N}])((\d{1,3}) (gün|həftə|ay|il) )$/u;

/**
 * Reads the Azerbaijani relative date hanging on the anchor word at `[start, end)` (one of
 * {@link AZERBAIJANI_RELATIVE_ANCHORS}).
 *
 * @example
 * ```ts
 * const out: DateDraft[] = [];
 * azerbaijaniRelative('Festival bu il keçiriləcək.', 12, 14, out);
 * out[0]; // { start: 9, end: 14, value: { kind: 'shift', unit: 'year', amount: 0, clock: null } }
 * ```
 */
export function azerbaijaniRelative(body: string, start: number, end: number, out: DateDraft[]): void {
  const anchor = lower(body.slice(start, end));
  const day = DAY_WORDS[anchor];
  if (day !== undefined) {
    const after = clockAfter(body, end);
    out.push({
      start,
      end: after?.end ?? end,
      value: { kind: 'shift', unit: 'day', amount: day, clock: after?.clock ?? null },
    });
    return;
  }
  if (anchor === 'əvvəl' || anchor === 'öncə') {
    const m = matchBefore(AGO_BEFORE, body, start);
    if (!m) return;
    const n = Number(m[2]);
    const unit = m[3];
    const value: DateValue =
      unit === 'il'
        ? { kind: 'shift', unit: 'year', amount: -n, clock: null }
        : unit === 'ay'
          ? { kind: 'shift', unit: 'month', amount: -n, clock: null }
          : { kind: 'shift', unit: 'day', amount: unit === 'həftə' ? -7 * n : -n, clock: null };
    out.push({ start: tailStart(m, 1), end, value });
    return;
  }
  const m = matchBefore(PERIOD_BEFORE, body, start);
  if (!m) return;
  const which = lower(m[2] as string);
  const amount = which === 'bu' ? 0 : which === 'gələn' ? 1 : -1;
  out.push({
    start: tailStart(m, 1),
    end,
    value: { kind: 'shift', unit: anchor.startsWith('il') ? 'year' : 'month', amount, clock: null },
  });
}
