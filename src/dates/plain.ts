/**
 * Plain days and weekdays read without chrono-node: `June 15`, `June 15, 2021`, `15 June 2021`, `June 15-17`,
 * `5 июня`, `3 марта 2023 года`, `on Friday`, when nothing else in their window (see `chrono.ts`) could change
 * chrono-node's reading.
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
 * Two more kinds of window are read here on the same terms:
 * - weekdays with a digit near them (`ended on Friday`, `8 percent on Wednesday`) with one plain word before
 *   them (`on`, or any word but `this`/`last`/`past`/`next`/`coming`) and no modifier, bracket or time-zone
 *   word after them: chrono-node then reads just the weekday, as `english.ts` does, so that reading is taken;
 * - numbers that count something (`8 percent`, `4%`) may stand in a window apart from its dates (a word
 *   between, not one that joins a clock time to a date): chrono-node reads them only as bare hours, which it
 *   drops, or joined to a date, which is dropped for the quantity after it; a month name whose only number is
 *   such a count (`January-March, 4 percent`) gets no reading at all, and the caller's fallback reads it.
 * The Russian reader keeps to the same rules with chrono-node's Russian patterns (Unicode word boundaries,
 * `года` after the year, no `с` before the day). `test/dates/plain.test.ts` checks the sameness.
 *
 * @module
 */
import { ENGLISH_MONTHS } from '../data/months.js';
import { daysInMonth } from './calendar.js';
import { englishWeekday } from './english.js';
import { monthNumber } from './months.js';
import type { DateDraft } from './reference.js';
import { russianMonth } from './russian.js';
import { quantityAfter } from './scan.js';

// chrono-node matches words with ASCII `\W` boundaries, case-insensitively; so does this. Group 1: a month
// word or a full weekday name (allowed where a trigger stands); otherwise a weekday word (`Sat`, `weekend`
// included) or an ordinal word, also as part of a word (`twenty-first`).
const MONTH_NAMES = ENGLISH_MONTHS.map((m) => m.name).join('|');
const WEEKDAY_NAMES = 'sun|mon|tue|wed|thu|thur|thurs|fri|sat|sunday|monday|tuesday|wednesday|thursday|friday|saturday';
const ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth';
const FULL_WEEKDAYS = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday';
const NOT_PLAIN = /* @__PURE__ */ new RegExp(
  `(?:^|[^A-Za-z0-9_])(?:(${MONTH_NAMES}|${FULL_WEEKDAYS})|${WEEKDAY_NAMES}|weekend|weekday)(?![A-Za-z0-9_])|${ORDINALS}`,
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
 * The drafts of the plain English days and weekdays in the window `[lo, hi)`, one for each of its `triggers`
 * (month and weekday names), when the window holds nothing else chrono-node could read (see the module
 * notes); none for a lone month name whose number counts something (`March, 4 percent`: the caller's
 * fallback reads it); `null` when chrono-node should read the window.
 *
 * @example
 * ```ts
 * const body = 'It was signed on June 15, 2021 in Baku.';
 * plainEnglishDays(body, 0, body.length, [{ start: 17, end: 21 }]);
 * // [{ start: 17, end: 30, value: { kind: 'fixed', year: 2021, month: 6, day: 15, clock: null } }]
 * const rate = 'rate to 8 percent on Wednesday, but';
 * plainEnglishDays(rate, 0, rate.length, [{ start: 21, end: 30 }]);
 * // [{ start: 21, end: 30, value: { kind: 'weekday', weekday: 3, mode: null, clock: null } }]
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
    const draft = month === null ? plainWeekday(body, t.start, t.end) : plainDay(body, lo, hi, t.start, t.end, month);
    // A plain day's number never counts something, so a month without one may be a counted month.
    if (!draft && month !== null && triggers.length === 1) return countedMonth(body, lo, hi) ? [] : null;
    const before = drafts[drafts.length - 1];
    // Two days in one window stay apart only with words between them that join nothing.
    if (!draft || (before && !apart(body, before.end, draft.start))) return null;
    drafts.push(draft);
  }
  return isPlainWindow(body, lo, hi, drafts, triggers) ? drafts : null;
}

/** Words chrono-node's modifiers of a weekday are made of (`last Friday`, `Friday next week`), and ours. */
const WEEKDAY_MODIFIERS = /* @__PURE__ */ new Set(['this', 'last', 'past', 'next', 'coming']);
/** What chrono-node takes into a weekday after it: a closing bracket, or `(of) next week`. */
const WEEKDAY_TAIL = /\s*(?:[)）]|,?\s*(?:of\s*)?(?:this|last|past|next)(?![A-Za-z0-9_]))/iy;
/** Before `on`: what chrono-node takes into a weekday's text before it (`, on Friday`, `(on Friday`). */
const OPENING = /[,(（]\s*$/;

/**
 * A plain weekday at `[start, end)` (`ended on Friday, the`, `rose on Wednesday`): one plain word before it
 * (`on`, or any word but a modifier), no modifier or bracket after it. chrono-node then reads just the weekday,
 * as our own reader does (see `english.ts`), so our reading is taken; `null` when chrono-node should read it.
 */
function plainWeekday(body: string, start: number, end: number): DateDraft | null {
  if (body.charCodeAt(start - 1) !== 32) return null;
  let w = start - 1;
  while (w > 0 && isLetter(body.charCodeAt(w - 1))) w--;
  if (w === start - 1 || isAsciiWord(body.charCodeAt(w - 1))) return null;
  const word = body.slice(w, start - 1).toLowerCase();
  if (WEEKDAY_MODIFIERS.has(word) || (word === 'on' && OPENING.test(body.slice(Math.max(0, w - 8), w)))) return null;
  WEEKDAY_TAIL.lastIndex = end;
  ZONE_AFTER.lastIndex = end;
  if (WEEKDAY_TAIL.test(body) || ZONE_AFTER.test(body)) return null;
  const out: DateDraft[] = [];
  englishWeekday(body, start, end, out);
  const draft = out[0];
  return draft && draft.start === start && draft.end === end ? draft : null;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function apart(body: string, from: number, to: number): boolean {
  if (from >= to) return false;
  const between = body.slice(from, to);
  return /[A-Za-z]/.test(between) && !JOINING.test(between);
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
  while (i > lo && /\s/.test(body[i - 1] as string)) i--;
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
  anyMonth = false,
): boolean {
  let k = 0;
  for (let i = lo; i < hi; i++) {
    while (k < drafts.length && (drafts[k] as DateDraft).end <= i) k++;
    const inside = k < drafts.length && (drafts[k] as DateDraft).start <= i;
    if (inside || !isDigit(body.charCodeAt(i))) continue;
    const count = countAt(body, i, hi, drafts[k - 1], drafts[k]);
    if (count < 0) return false;
    i = count - 1;
  }
  const text = body.slice(lo, hi);
  NOT_PLAIN.lastIndex = 0;
  for (let m = NOT_PLAIN.exec(text); m !== null; m = NOT_PLAIN.exec(text)) {
    const month = m[1];
    if (month === undefined) return false;
    if (anyMonth && monthNumber(month) !== null) continue;
    const at = lo + m.index + m[0].length - month.length;
    if (!triggers.some((t) => t.start === at)) return false;
  }
  return true;
}

/**
 * True when the month name alone in the window `[lo, hi)`, read as no plain day, has only numbers that count
 * something next to it (`January-March, 4 percent`): chrono-node's reading of a day there ends at the count
 * and is dropped for it (see `chrono.ts`), so the month is left to the caller's fallback. Every digit in the
 * window is such a count, and no weekday or ordinal word stands there; other month words may, as chrono-node
 * reads no day from them without a number.
 */
function countedMonth(body: string, lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) {
    if (!isDigit(body.charCodeAt(i))) continue;
    const count = countAt(body, i, hi);
    if (count < 0) return false;
    i = count - 1;
  }
  return isPlainWindow(body, lo, hi, [], [], true);
}

/** Words that join a clock time to a date in chrono-node's reading (`June 5 at 8`, `8 on Friday`). */
const TIME_JOINING = /* @__PURE__ */ new Set([
  't',
  'at',
  'after',
  'before',
  'on',
  'of',
  'to',
  'until',
  'through',
  'till',
]);

/**
 * Where a number at `at` ends when it counts something (`8 percent`, `4%`) and stands apart from the dates
 * read before and after it (a word between, not one that joins a time to a date); -1 otherwise. chrono-node
 * can read such a number only as a bare hour, which it drops, or joined to a date, which we drop for the
 * quantity after it: either way the window's reading is the dates'.
 */
function countAt(body: string, at: number, hi: number, before?: DateDraft, after?: DateDraft): number {
  const c = body.charCodeAt(at - 1);
  if (isAsciiWord(c) || c === 46 || c === 44 || c === 58 || c === 47) return -1; // . , : /
  let end = at;
  while (isDigit(body.charCodeAt(end))) end++;
  if (end > hi || !quantityAfter(body, end)) return -1;
  if (before && !separated(body.slice(before.end, at))) return -1;
  if (after && !separated(body.slice(end, after.start))) return -1;
  return end;
}

function separated(between: string): boolean {
  const words = between.match(/[A-Za-z]+/g);
  return words !== null && !(words.length === 1 && TIME_JOINING.has((words[0] as string).toLowerCase()));
}

/**
 * chrono-node may take white space after a day into its text; only the white space the caller trims
 * (space, tab, line break, no-break space) may follow.
 */
function plainSpaceAfter(body: string, at: number): boolean {
  for (let i = at; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 160) continue;
    return !/\s/.test(body[i] as string);
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
