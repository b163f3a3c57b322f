/**
 * Mentioned dates: every date the body of an article speaks of, resolved to a calendar value
 * (`DateMention`), and the enricher that adds them to parsed articles.
 *
 * How it works, cheapest first:
 * 1. A precompiled scan over the body finds the words and digit shapes that can start or anchor a date:
 *    English month and weekday names (capitalised, so the verb `may` is not one), relative words
 *    (`yesterday`, `ago`, `last year` …), four-digit years and `dd.mm.yyyy` shapes; Russian and Azerbaijani
 *    month, weekday and relative words are looked for only in bodies with Cyrillic letters or an `ə`.
 *    A body without any hit is done.
 * 2. Our own patterns read what stands at each hit: Azerbaijani dates (`6 oktyabr 2023`, `oktyabrın 6-da`),
 *    months with a year (`March 2024`, `в марте 2024 года`), months alone (`in May`), bare years after a
 *    preposition (`in 1992`, `в 2023 году`, `1989-cu ildə`), numeric days, relative words, and weekdays
 *    with no digit near them (`on Monday`, `last Friday`, `во вторник`).
 * 3. chrono-node reads the English and Russian free text our patterns do not: month names with a day number
 *    next to them (`June 15, 2021`, `15th of June`, `10 to 12 March`, `23 апреля`) and weekdays with a digit
 *    near them (`Monday at 15:30`, `Monday, June 15`), on short windows around those words only, in one call
 *    per language (see `chrono.ts`); windows holding nothing but plain days (`June 15, 2021`, `5 июня`) are
 *    read to the same result without it (see `plain.ts`). Where chrono-node reads no date at such a word (it
 *    may prefer `5 in the morning` to `June 5`), a plain `Month D` / `D Month` pattern of ours stands in.
 * 4. Overlapping readings keep the longest (`6 March 2024` over `March 2024`).
 * 5. Each mention is resolved against the reference day (the publication time, else
 *    `options.referenceDate`): a year-less day, month or weekday is the latest such one not after the
 *    reference, or the next one (the reference day included) when its clause speaks of the future
 *    (`will be held`, `is scheduled`, `пройдет`, `-acaq`; see `future.ts`). A weekday equal to the
 *    reference's weekday is the reference day itself; `last Monday`/`next Monday` are strictly before/after.
 *
 * Precision: `year` for bare years (`in 1992` → `1992`), `month` for months (`March 2024` → `2024-03`),
 * `day` for days, `minute` only when the text gives a clock time next to the day (`June 5 at 15:30`).
 * Without a reference, the dates that need one (weekdays, year-less days and months, relative words) are left
 * out and a `dates/unresolved` message says how many.
 *
 * Not taken: numbers that are not dates (`200 square kilometers`, `Article 206.3.2`, `2 fraternal nations`,
 * `the 1st Army`, `in 2000 villages`, `Khazri-2023`), the verb `may`, `now`, `today` where it means
 * "nowadays" (see `english.ts`), standalone clock times, weekday spans (`Monday-Friday`), abbreviated
 * weekdays (`Sat`, `Sun`), decades (`the 1990s`).
 *
 * @module
 */
import type { DateMention, ParseMessage, PublishedTime } from '../article/schema.js';
import type { Enricher } from '../registry/types.js';
import {
  AZERBAIJANI_MONTH_WORDS,
  AZERBAIJANI_RELATIVE_ANCHORS,
  AZERBAIJANI_WEEKDAY_WORDS,
  azerbaijaniMonth,
  azerbaijaniRelative,
  azerbaijaniWeekday,
} from './azerbaijani.js';
import { type ChronoTrigger, chronoDrafts } from './chrono.js';
import {
  ENGLISH_CHRONO_WORDS,
  ENGLISH_RELATIVE_ANCHORS,
  englishMonth,
  englishMonthDay,
  englishRelative,
  englishWeekday,
} from './english.js';
import { createFutureTest } from './future.js';
import { monthNumber } from './months.js';
import { NUMBER_SHAPES, numberDate } from './numbers.js';
import {
  type DateDraft,
  type DateValue,
  dependsOnTense,
  needsReference,
  type ReferenceDay,
  referenceDay,
  resolveDateValue,
} from './reference.js';
import {
  RUSSIAN_DATE_WORDS,
  RUSSIAN_RELATIVE_ANCHORS,
  russianMonth,
  russianMonthDay,
  russianMonthPhrase,
  russianRelative,
  russianWeekday,
} from './russian.js';
import { dayNumberNear, digitNear, isWordCharAt, matchBefore, tailStart, wordTrie } from './scan.js';

// The pre-filter: three scans, the Russian and Azerbaijani ones only over bodies with Cyrillic letters or an
// Azerbaijani ə. The patterns are prefix-factored word lists without the `u` flag and without lookbehinds
// (both make V8 test every position slowly); word boundaries are checked on each hit instead. Linear time.
// English: 1 digit shape, 2 month/weekday (chrono-node), 3 relative anchor. The digit shapes come first: no
// word starts with a digit, so the order changes no hit, and V8 rules a position out sooner this way.
const ENGLISH_SCAN = /* @__PURE__ */ new RegExp(
  `(${NUMBER_SHAPES})|(${wordTrie(ENGLISH_CHRONO_WORDS)})|(${wordTrie(ENGLISH_RELATIVE_ANCHORS)})`,
  'g',
);
// Russian: 1 month/weekday (chrono-node and ours), 2 relative anchor.
const RUSSIAN_SCAN = /* @__PURE__ */ new RegExp(
  `(${wordTrie(RUSSIAN_DATE_WORDS)})|(${wordTrie(RUSSIAN_RELATIVE_ANCHORS)})`,
  'g',
);
// Azerbaijani: 1 weekday, 2 month with its suffix, 3 relative anchor.
const AZERBAIJANI_SCAN = /* @__PURE__ */ new RegExp(
  `(${wordTrie(AZERBAIJANI_WEEKDAY_WORDS)})|(${AZERBAIJANI_MONTH_WORDS})|(${wordTrie(AZERBAIJANI_RELATIVE_ANCHORS)})`,
  'g',
);

/** How near a digit must stand to a weekday for chrono-node to read it (`Monday at 15:30`). */
const WEEKDAY_REACH = 16;

/** Every Russian sentence has one of these letters; `indexOf` finds them far faster than a pattern. */
const hasCyrillic = (s: string) => s.indexOf('о') >= 0 || s.indexOf('е') >= 0 || s.indexOf('а') >= 0;
const hasSchwa = (s: string) => s.indexOf('ə') >= 0 || s.indexOf('Ə') >= 0;

/** A digit shape must not continue a number, a word or a dotted code (`206.3.2`, `COP2024`). */
function isNumberStart(body: string, start: number, end: number): boolean {
  const before = body.charCodeAt(start - 1);
  if (before === 46 || before === 44 || before === 47 || before === 58) return false; // . , / :
  const after = body.charCodeAt(end);
  return !isWordCharAt(body, start - 1) && !(after >= 48 && after <= 57);
}

const isWord = (body: string, start: number, end: number) => !isWordCharAt(body, start - 1) && !isWordCharAt(body, end);

type Hit = (start: number, end: number, group: number) => void;

/** Runs a scan, calling `hit` with the number of the group that matched, for hits on word boundaries. */
function scan(re: RegExp, body: string, numberGroup: number, hit: Hit): void {
  re.lastIndex = 0;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const start = m.index;
    const end = start + m[0].length;
    let group = 1;
    while (m[group] === undefined) group++;
    const ok = group === numberGroup ? isNumberStart(body, start, end) : isWord(body, start, end);
    if (ok) hit(start, end, group);
    else re.lastIndex = start + 1; // the hit was inside a word: look again from the next character
  }
}

/**
 * Options of {@link extractDateMentions}.
 *
 * @example
 * ```ts
 * const o: DateMentionOptions = { published: article.published, referenceDate: '2024-03-06' };
 * ```
 */
export interface DateMentionOptions {
  /** The article's publication time: the reference day when present (a day-precision `YYYY-MM-DD` counts). */
  published?: PublishedTime | null;
  /**
   * The reference day when there is no publication time: a `Date` (read in Baku time) or a string
   * (`YYYY-MM-DD`, or anything `Date.parse` reads).
   * @default undefined (dates that need a reference are left out, and a message says so)
   */
  referenceDate?: Date | string;
}

/**
 * The dates mentioned in `body`, resolved, in order of position, with the messages finding them produced
 * (`dates/unresolved` when some needed a reference there was none of, `dates/invalid-reference` when
 * `referenceDate` is not a date). Mention offsets point into `body`: `body.slice(start, end) === text`.
 * A range (`10 to 12 March`) gives two mentions over the same text: its first and its last day.
 *
 * @example
 * ```ts
 * const body = 'On June 15, the two countries signed a memorandum. The talks will resume on Monday.';
 * const { dates } = extractDateMentions(body, {
 *   published: { iso: '2022-02-08T15:47:00+04:00', precision: 'minute', text: '8 February 2022 15:47' },
 * });
 * // [{ text: 'June 15', start: 3, end: 10, iso: '2021-06-15', precision: 'day' },
 * //  { text: 'Monday', start: 76, end: 82, iso: '2022-02-14', precision: 'day' }]
 * ```
 */
export function extractDateMentions(
  body: string,
  options: DateMentionOptions = {},
): { dates: DateMention[]; messages: ParseMessage[] } {
  const messages: ParseMessage[] = [];
  const ref = referenceDay(options.published, options.referenceDate);
  if (!ref && !options.published && options.referenceDate !== undefined) {
    messages.push({
      ruleId: 'dates/invalid-reference',
      severity: 'warning',
      message: `options.referenceDate (${String(options.referenceDate)}) is not a date; it was ignored.`,
    });
  }

  const drafts: DateDraft[] = [];
  const english: ChronoTrigger[] = [];
  const russian: ChronoTrigger[] = [];
  // chrono-node reads a month name only with a day number next to it, a weekday only with a digit near it
  // (`Monday at 15:30`, `Monday, June 15`); the rest is ours.
  scan(ENGLISH_SCAN, body, 1, (start, end, group) => {
    if (group === 2) {
      if (monthNumber(body.slice(start, end)) !== null) {
        if (dayNumberNear(body, start, end)) english.push({ start, end });
        englishMonth(body, start, end, drafts);
      } else if (digitNear(body, start, end, WEEKDAY_REACH)) english.push({ start, end });
      else englishWeekday(body, start, end, drafts);
    } else if (group === 3) englishRelative(body, start, end, drafts);
    else numberDate(body, start, end, drafts);
  });
  if (hasCyrillic(body)) {
    scan(RUSSIAN_SCAN, body, 0, (start, end, group) => {
      if (group === 2) russianRelative(body, start, end, drafts);
      else if (russianMonth(body.slice(start, end)) !== null) {
        if (dayNumberNear(body, start, end)) russian.push({ start, end });
        russianMonthPhrase(body, start, end, drafts);
      } else if (digitNear(body, start, end, WEEKDAY_REACH)) russian.push({ start, end });
      else russianWeekday(body, start, end, drafts);
    });
  }
  if (hasSchwa(body)) {
    scan(AZERBAIJANI_SCAN, body, 0, (start, end, group) => {
      if (group === 1) azerbaijaniWeekday(body, start, end, drafts);
      else if (group === 2) azerbaijaniMonth(body, start, end, drafts);
      else azerbaijaniRelative(body, start, end, drafts);
    });
  }
  // What chrono-node read no date at gets our simpler reading.
  for (const t of chronoDrafts(body, english, 'en', ref, drafts)) {
    if (monthNumber(body.slice(t.start, t.end)) !== null) englishMonthDay(body, t.start, t.end, drafts);
    else englishWeekday(body, t.start, t.end, drafts);
  }
  for (const t of chronoDrafts(body, russian, 'ru', ref, drafts)) {
    if (russianMonth(body.slice(t.start, t.end)) !== null) russianMonthDay(body, t.start, t.end, drafts);
    else russianWeekday(body, t.start, t.end, drafts);
  }
  joinDayRanges(body, drafts);

  const dates: DateMention[] = [];
  let unresolved = 0;
  const isFuture = createFutureTest(body);
  for (const d of longestFirst(drafts)) {
    if (!ref && needsReference(d.value)) {
      unresolved++;
      continue;
    }
    const future = ref !== null && dependsOnTense(d.value, ref, d.until) && isFuture(d.start, d.end);
    const first = resolveDateValue(d.value, ref, future);
    if (!first) continue;
    const text = body.slice(d.start, d.end);
    // Written out rather than spread: a spread copies by a slow generic path, and this runs for every date.
    dates.push({ text, start: d.start, end: d.end, iso: first.iso, precision: first.precision });
    const last = d.until ? resolveLast(d.value, d.until, first.iso, ref, future) : null;
    if (last && last.iso !== first.iso) {
      dates.push({ text, start: d.start, end: d.end, iso: last.iso, precision: last.precision });
    }
  }
  if (unresolved > 0) {
    messages.push({
      ruleId: 'dates/unresolved',
      severity: 'info',
      message: `${unresolved} mentioned date${unresolved === 1 ? '' : 's'} (weekdays, days or months without a year, relative words) left out: the page gives no publication date and no referenceDate option was given.`,
    });
  }
  return { dates, messages };
}

// `1 to `, `1 through `: the first day of a range before a day-first date.
const FIRST_DAY_BEFORE = /(?:^|[^\p{N}.,:/-])((0?[1-9]|[12]\d|30)\s+(?:to|through)\s+)$/u;

/**
 * `from 1 to 3 July`: chrono-node reads `from 1` as a time and gives `3 July` alone (with a year, `1 to 3 July
 * 2024`, it reads the range). A day-first day with `N to` before it becomes the range from day N.
 */
function joinDayRanges(body: string, drafts: DateDraft[]): void {
  for (const d of drafts) {
    const v = d.value;
    if (d.until || (v.kind !== 'day' && v.kind !== 'fixed') || v.day === null || v.clock !== null) continue;
    const c = body.charCodeAt(d.start);
    if (c < 48 || c > 57) continue;
    const before = matchBefore(FIRST_DAY_BEFORE, body, d.start);
    const first = before ? Number(before[2]) : 0;
    if (!before || first >= v.day) continue;
    d.until = v;
    d.value = { ...v, day: first };
    d.start = tailStart(before, 1);
  }
}

/**
 * The end of a range. Months and days without a year (`January-March`, `5 to 12 March`) take the first time
 * the last one comes on or after the first: resolved alone, `October-December` in a November article would end
 * a year before it began.
 */
function resolveLast(
  value: DateValue,
  until: DateValue,
  firstIso: string,
  ref: ReferenceDay | null,
  future: boolean,
): ReturnType<typeof resolveDateValue> {
  const firstYear = Number(firstIso.slice(0, 4));
  if (value.kind === 'month' && until.kind === 'month') {
    const year = firstYear + (until.month < value.month ? 1 : 0);
    return resolveDateValue({ kind: 'fixed', year, month: until.month, day: null, clock: null }, ref, future);
  }
  // Days without a year the same way: `5 to 12 March` in a 6 March article, spoken of in the future, runs
  // from 5 March of the next year to 12 March of that year, not of this one.
  if (value.kind === 'day' && until.kind === 'day') {
    const before = until.month * 100 + until.day < value.month * 100 + value.day;
    const year = firstYear + (before ? 1 : 0);
    return resolveDateValue(
      { kind: 'fixed', year, month: until.month, day: until.day, clock: until.clock },
      ref,
      future,
    );
  }
  return resolveDateValue(until, ref, future);
}

/**
 * Of overlapping drafts, the longest (then the earliest) wins; the rest are dropped. Drafts are grouped into
 * runs of mutually overlapping spans first, so the work stays linear in the number of drafts.
 */
function longestFirst(drafts: DateDraft[]): DateDraft[] {
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateDraft[] = [];
  let i = 0;
  while (i < drafts.length) {
    let j = i + 1;
    let reach = (drafts[i] as DateDraft).end;
    while (j < drafts.length && (drafts[j] as DateDraft).start < reach) {
      reach = Math.max(reach, (drafts[j] as DateDraft).end);
      j++;
    }
    if (j === i + 1) kept.push(drafts[i] as DateDraft);
    else {
      const run = drafts.slice(i, j).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const chosen: DateDraft[] = [];
      for (const d of run) if (!chosen.some((k) => d.start < k.end && k.start < d.end)) chosen.push(d);
      kept.push(...chosen.sort((a, b) => a.start - b.start));
    }
    i = j;
  }
  return kept;
}

/**
 * The enricher that adds mentioned dates to every parsed article (see {@link extractDateMentions}); the
 * reference day is `article.published`, else `options.referenceDate`. With `options.dates === false` it does
 * nothing (the article keeps `dates: []`).
 *
 * @example
 * ```ts
 * import { createRegistry, foreignOutlets, outlets } from 'az-news-parsers';
 * const registry = createRegistry(outlets, { known: foreignOutlets, enrichers: [dateEnricher] });
 * registry.parse(pageText).dates; // [{ text: 'June 15, 2021', iso: '2021-06-15', precision: 'day', … }]
 * ```
 */
export const dateEnricher: Enricher = {
  id: 'dates',
  enrich({ article, options }) {
    if (options.dates === false) return {};
    return extractDateMentions(article.body, { published: article.published, referenceDate: options.referenceDate });
  },
};
