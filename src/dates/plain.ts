/**
 * Plain days read without chrono-node: `June 15`, `June 15, 2021`, `15 June 2021`, `June 15-17`, `5 июня`,
 * `3 марта 2023 года`, when nothing else in their window (see `chrono.ts`) could change chrono-node's reading.
 *
 * chrono-node spends most of its time building a result (about 10 µs each), not matching, so the windows
 * whose only possible reading is such a plain day are read here instead. The reading must be the one
 * chrono-node would give, so a window counts as plain only when nothing in it can make chrono-node read it
 * differently; anything doubtful goes to chrono-node:
 * - the day (1–31, a real day of that month in every year, or of the year given) and the year (1700–2099)
 *   are the window's only digits, so no clock time, range, second date, year suffix or time-zone offset can
 *   join them, and no bare number can be read as an hour that outgrows the day;
 * - no other month word, no weekday word (`Sat`, `weekend` included) and no ordinal word (`first`,
 *   `twentieth`) stands in the window, so nothing can merge with the day or read our digits differently;
 * - nothing after the day makes its number a longer clock time (`5 am`, `5 o'clock`, `5 in the morning`),
 *   a time-zone abbreviation (`June 5 GMT`) or a quantity (`March 4 percent`) follows, and no `at`/`from`
 *   stands before a day-first date (`from 5 Jun` reads as the time `from 5`);
 * - the separators are single spaces (and a comma before the year), so the text chrono-node would give is
 *   exactly the date's;
 * - two days in one window have a word between them that joins nothing (not `to`, `of`, `-`).
 * The Russian reader keeps to the same rules with chrono-node's Russian patterns (Unicode word boundaries,
 * `года` after the year, no `с` before the day). `test/dates/plain.test.ts` checks the sameness.
 *
 * @module
 */
import { ENGLISH_MONTHS } from '../data/months.js';
import { daysInMonth } from './calendar.js';
import { monthNumber } from './months.js';
import type { DateDraft } from './reference.js';
import { russianMonth } from './russian.js';
import { quantityAfter } from './scan.js';

const ASCII_LETTER = /[A-Za-z]/;
const WHITE = /\s/;

// chrono-node matches words with ASCII `\W` boundaries, case-insensitively; so does this. Group 1: a month
// word (allowed where a day is read); otherwise a weekday word (`Sat`, `weekend` included) or an ordinal word,
// also as part of a word (`twenty-first`).
const MONTH_NAMES = ENGLISH_MONTHS.map((m) => m.name).join('|');
const WEEKDAY_NAMES = 'sun|mon|tue|wed|thu|thur|thurs|fri|sat|sunday|monday|tuesday|wednesday|thursday|friday|saturday';
const ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth';
const NOT_PLAIN = /* @__PURE__ */ new RegExp(
  `(?:^|[^A-Za-z0-9_])(?:(${MONTH_NAMES})|${WEEKDAY_NAMES}|weekend|weekday)(?![A-Za-z0-9_])|${ORDINALS}`,
  'gi',
);
/** What would make chrono-node read the number before it as a clock time (`5 pm`, `5 in the morning`). */
const CLOCK_AFTER = /\s*(?:am|pm|[ap](?:\.m)?(?![A-Za-z0-9_])|o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon))/iy;
/** A time-zone abbreviation chrono-node would take into a date (`June 5 (GMT)`); upper case only. */
const ZONE_AFTER = /\s*(?:,\s*)?\(?[A-Z]{2,4}\)?(?![A-Za-z0-9_])/y;
/** An era after a year (`2021 AD`, and `2021 be held` too), which chrono-node reads into the year. */
const ERA_AFTER = /\s{0,2}(?:BE|AD|BC|BCE|CE)(?![A-Za-z0-9_])/iy;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiWord = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

interface NumberAt {
  value: number;
  end: number;
}

/** The number of the 1–`max` digits at `at`, ending before `limit` and followed by no letter or digit. */
function digitsAt(body: string, at: number, max: number, limit: number): NumberAt | null {
  let end = at;
  let value = 0;
  while (end - at < max && isDigit(body.charCodeAt(end))) {
    value = value * 10 + body.charCodeAt(end) - 48;
    end++;
  }
  if (end === at || end > limit || isAsciiWord(body.charCodeAt(end))) return null;
  return { value, end };
}

/** A year (1700–2099) written after `at` as ` YYYY` or `, YYYY`, within `limit`. */
function yearAfter(body: string, at: number, limit: number): NumberAt | null {
  let i = at;
  if (body.charCodeAt(i) === 44) i++; // ,
  if (body.charCodeAt(i) !== 32) return null;
  const year = digitsAt(body, i + 1, 4, limit);
  if (!year || year.end - i - 1 !== 4 || year.value < 1700 || year.value > 2099) return null;
  return year;
}

/**
 * Between two days, what may join them in chrono-node's reading: a range (`June 5 to June 7`, `5 to 7 July`)
 * or a day-first date across them (`June 15 of July 5` reads `15 of July`). Anything else between them, if it
 * has a word, keeps them apart.
 */
const JOINING = /^[\s,./–-]*(?:(?:to|until|through|till|of)[\s,./–-]*)?$/i;

/**
 * The drafts of the plain English days in the window `[lo, hi)`, one for each of its `triggers` (month
 * names), when the window holds nothing else chrono-node could read (see the module notes); `null` when
 * chrono-node should read the window.
 *
 * @example
 * ```ts
 * const body = 'It was signed on June 15, 2021 in Baku.';
 * plainEnglishDays(body, 0, body.length, [{ start: 17, end: 21 }]);
 * // [{ start: 17, end: 30, value: { kind: 'fixed', year: 2021, month: 6, day: 15, clock: null } }]
 * ```
 */
export function plainEnglishDays(
  body: string,
  lo: number,
  hi: number,
  triggers: readonly { start: number; end: number }[],
): DateDraft[] | null {
  const drafts: DateDraft[] = [];
  for (const t of triggers) {
    const month = monthNumber(body.slice(t.start, t.end));
    const draft = month === null ? null : plainDay(body, lo, hi, t.start, t.end, month);
    const before = drafts[drafts.length - 1];
    // Two days in one window stay apart only with words between them that join nothing.
    if (!draft || (before && !apart(body, before.end, draft.start))) return null;
    drafts.push(draft);
  }
  return isPlainWindow(body, lo, hi, drafts, triggers) ? drafts : null;
}

function apart(body: string, from: number, to: number): boolean {
  if (from >= to) return false;
  const between = body.slice(from, to);
  return ASCII_LETTER.test(between) && !JOINING.test(between);
}

/**
 * A plain day around the month name at `[start, end)`, the window-wide checks aside: `June 15`, `15 June`,
 * with a year after them, or a range of days joined by a hyphen (`June 15-17`, `15-17 June`).
 */
function plainDay(body: string, lo: number, hi: number, start: number, end: number, month: number): DateDraft | null {
  let from: number;
  let to: number;
  let day = body.charCodeAt(end) === 32 ? digitsAt(body, end + 1, 2, hi) : null;
  let last: NumberAt | null = null; // the last day of a range
  let year: NumberAt | null;
  if (day) {
    // `June 15`, `June 15-17`, `June 15, 2021`
    if (body.charCodeAt(day.end) === 45) last = digitsAt(body, day.end + 1, 2, hi);
    year = yearAfter(body, (last ?? day).end, hi);
    from = start;
    to = year ? year.end : (last ?? day).end;
  } else {
    // `15 June`, `15-17 June`, `15 June 2021`
    if (body.charCodeAt(start - 1) !== 32) return null;
    let first = digitsBefore(body, lo, start - 1);
    if (first && body.charCodeAt(first.start - 1) === 45) {
      last = first;
      first = digitsBefore(body, lo, first.start - 1);
    }
    if (!first || timePrefixBefore(body, lo, first.start)) return null;
    day = first;
    year = yearAfter(body, end, hi);
    from = first.start;
    to = year ? year.end : end;
  }
  // Without a year, the days every year has: a year-less 29 February is left to chrono-node.
  const days = daysInMonth(month, year?.value);
  if (day.value < 1 || day.value > days || (last && (last.value <= day.value || last.value > days))) return null;
  CLOCK_AFTER.lastIndex = to;
  ZONE_AFTER.lastIndex = to;
  ERA_AFTER.lastIndex = to;
  if (CLOCK_AFTER.test(body) || ZONE_AFTER.test(body) || (year && ERA_AFTER.test(body))) return null;
  if (quantityAfter(body, to) || !plainSpaceAfter(body, to)) return null;
  const y = year?.value;
  const value = y
    ? ({ kind: 'fixed', year: y, month, day: day.value, clock: null } as const)
    : ({ kind: 'day', month, day: day.value, clock: null } as const);
  if (!last) return { start: from, end: to, value };
  const until = y
    ? ({ kind: 'fixed', year: y, month, day: last.value, clock: null } as const)
    : ({ kind: 'day', month, day: last.value, clock: null } as const);
  return { start: from, end: to, value, until };
}

/** The number of the 1–2 digits ending at `at`, with no further digit or letter before them. */
function digitsBefore(body: string, lo: number, at: number): (NumberAt & { start: number }) | null {
  let d = at;
  while (d > lo && d > at - 2 && isDigit(body.charCodeAt(d - 1))) d--;
  if (d === at || (d > lo && isAsciiWord(body.charCodeAt(d - 1)))) return null;
  const n = digitsAt(body, d, 2, at);
  return n && { value: n.value, start: d, end: n.end };
}

/** `at 15 June`, `from 15 June`: chrono-node may read the clock time `from 15` there instead. */
function timePrefixBefore(body: string, lo: number, at: number): boolean {
  let i = at;
  while (i > lo && WHITE.test(body[i - 1] as string)) i--;
  const word = body.slice(Math.max(lo, i - 4), i).toLowerCase();
  return word.endsWith('at') || word.endsWith('from');
}

/**
 * True when the window `[lo, hi)` has no digit outside the days read, no month word but theirs, no weekday
 * word and no ordinal word.
 */
function isPlainWindow(
  body: string,
  lo: number,
  hi: number,
  drafts: readonly DateDraft[],
  triggers: readonly { start: number }[],
): boolean {
  let k = 0;
  for (let i = lo; i < hi; i++) {
    while (k < drafts.length && (drafts[k] as DateDraft).end <= i) k++;
    const inside = k < drafts.length && (drafts[k] as DateDraft).start <= i;
    if (!inside && isDigit(body.charCodeAt(i))) return false;
  }
  const text = body.slice(lo, hi);
  NOT_PLAIN.lastIndex = 0;
  for (let m = NOT_PLAIN.exec(text); m !== null; m = NOT_PLAIN.exec(text)) {
    const month = m[1];
    if (month === undefined) return false;
    const at = lo + m.index + m[0].length - month.length;
    if (!triggers.some((t) => t.start === at)) return false;
  }
  return true;
}

/**
 * chrono-node may take white space after a day into its text; only the white space the caller trims
 * (space, tab, line break, no-break space) may follow.
 */
function plainSpaceAfter(body: string, at: number): boolean {
  for (let i = at; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 160) continue;
    return !WHITE.test(body[i] as string);
  }
  return true;
}

// Russian: chrono-node's Russian parsers read days only day first (`5 июня`, `3 марта 2023 года`), with
// Unicode word boundaries.
const RU_WORD_CHAR = /[\p{L}\p{N}_]/u;
const RU_LETTER = /\p{L}/u;
const RU_WEEKDAY_WORD =
  /(?:^|[^\p{L}\p{N}_])(?:воскресень[ея]|вск|понедельника?|пн|вторника?|вт|сред[аыу]|ср|четверга?|чт|пятниц[аыу]|пт|суббот[аыу]|сб)(?![\p{L}\p{N}_])/iu;
/** Beginnings of Russian ordinal words (`первого`, `двадцать пятое`). */
const RU_ORDINAL_WORD = /перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|надцат|двадцат|тридцат/iu;
/** `года`, `году`, `год` after a year, which chrono-node takes into the date. */
const RU_YEAR_WORD = / (?:года|году|год)(?![\p{L}\p{N}_])/uy;
const RU_YEAR_LIKE = /\s+г/iuy;
/** An era after a year, as chrono-node's Russian year pattern reads it (its dots match any character). */
const RU_ERA = /\s*(?:н.э.|до н.э.|н. э.|до н. э.)/iuy;

/**
 * The draft of a plain Russian day (`5 июня`, `3 марта 2023 года`) at the month word `[start, end)` when it
 * is the only thing chrono-node could read in the window `[lo, hi)`; `null` when chrono-node should read it.
 *
 * @example
 * ```ts
 * const body = 'Документ подписан 3 марта 2023 года.';
 * plainRussianDay(body, 0, body.length, 20, 25);
 * // { start: 18, end: 35, value: { kind: 'fixed', year: 2023, month: 3, day: 3, clock: null } }
 * ```
 */
export function plainRussianDay(body: string, lo: number, hi: number, start: number, end: number): DateDraft | null {
  const month = russianMonth(body.slice(start, end));
  if (month === null || body.charCodeAt(start - 1) !== 32) return null;
  const day = digitsBefore(body, lo, start - 1);
  if (!day || (day.start > lo && !wordThenSpace(body, lo, day.start))) return null;
  let to = end;
  let year: NumberAt | null = null;
  if (body.charCodeAt(end) === 32) {
    year = digitsAt(body, end + 1, 4, hi);
    if (year && (year.end - end - 1 !== 4 || year.value < 1700 || year.value > 2099)) return null;
  }
  if (year) {
    to = year.end;
    RU_YEAR_WORD.lastIndex = to;
    const word = RU_YEAR_WORD.exec(body);
    RU_YEAR_LIKE.lastIndex = to;
    if (word) to += word[0].length;
    else if (RU_YEAR_LIKE.test(body)) return null;
    RU_ERA.lastIndex = to;
    if (RU_ERA.test(body) || to > hi) return null;
  }
  if (RU_WORD_CHAR.test(body.charAt(to))) return null;
  const days = daysInMonth(month, year?.value);
  if (day.value < 1 || day.value > days) return null;
  for (let i = lo; i < hi; i++) if (isDigit(body.charCodeAt(i)) && (i < day.start || i >= to)) return null;
  const text = body.slice(lo, hi);
  if (RU_WEEKDAY_WORD.test(text) || RU_ORDINAL_WORD.test(text)) return null;
  ZONE_AFTER.lastIndex = to;
  if (ZONE_AFTER.test(body) || quantityAfter(body, to)) return null;
  const value = year
    ? ({ kind: 'fixed', year: year.value, month, day: day.value, clock: null } as const)
    : ({ kind: 'day', month, day: day.value, clock: null } as const);
  return { start: day.start, end: to, value };
}

/**
 * True when a word and one space stand before `at`: chrono-node's text then starts at `at`. Not after `с`
 * ("from", which it takes in), nor after a mark or a second space (its text would start with the space).
 */
function wordThenSpace(body: string, lo: number, at: number): boolean {
  if (at - 2 < lo || body.charCodeAt(at - 1) !== 32 || !RU_LETTER.test(body.charAt(at - 2))) return false;
  let i = at - 2;
  while (i > 0 && RU_LETTER.test(body.charAt(i - 1))) i--;
  return body.slice(i, at - 1).toLowerCase() !== 'с';
}
