/**
 * The chrono-node side of mentioned dates: English and Russian days and weekdays in free text (`June 15,
 * 2021`, `15th of June`, `March 5-7`, `on Monday at 15:30`, `23 апреля`, `во вторник`).
 *
 * chrono-node is the expensive part of date finding, so it never sees a whole body: the caller collects the
 * places where a month name with a day number or a weekday with a digit stands (see `mentions.ts`), and this
 * module cuts a short window around each (the word and about 20 characters each side, within its line, grown
 * to word boundaries). A window holding nothing but plain days (`June 15, 2021`, `15 June`, `5 июня`) is read
 * by `plain.ts` instead: building a result costs chrono-node about 10 µs, far more than matching. The other
 * windows are joined with a separator no chrono-node pattern crosses and parsed in one call (in batches of at
 * most 2000 characters). One parser per language is made on first use and
 * reused: chrono-node's base configuration (not its casual one: `now`, `today`, `this morning`, `in May` over-
 * read news text), keeping only the parsers that read days with month names, weekdays and clock times.
 *
 * The reference handed to chrono-node is the publication instant in Baku time (`timezone: 240`). Only what
 * chrono-node is certain of is kept (the day and month the text gives, the year when the text gives it, the
 * weekday, a clock time); years of year-less days and the days of weekdays are worked out by
 * `reference.ts` under the project's rule (the latest such day not after publication unless the sentence
 * speaks of the future).
 *
 * @module
 */
// The package root, not the `chrono-node/en` subpath: Vite (and so vitest) cannot resolve chrono-node's
// `./*` export pattern.
import { Chrono, en, type ParsedResult, ru } from 'chrono-node';
import { plainEnglishDays, plainRussianDay } from './plain.js';
import type { Clock, DateDraft, DateValue, ReferenceDay } from './reference.js';
import { quantityAfter } from './scan.js';

/**
 * A place where a word that sends text to chrono-node stands (`[start, end)` in the body).
 *
 * @example
 * ```ts
 * const t: ChronoTrigger = { start: 40, end: 44 };
 * ```
 */
export interface ChronoTrigger {
  start: number;
  end: number;
}

/** Any instant will do when there is no reference: only what the text itself says is kept then. */
const NO_REFERENCE = /* @__PURE__ */ new Date(Date.UTC(2000, 0, 1, 8));
const BAKU_MINUTES = 240;

// What the parsers are kept for: days with month names, weekdays, clock times.
const ENGLISH_PROBES = ['15 June 2021', 'June 15, 2021', 'on Monday', 'at 15:30'];
const RUSSIAN_PROBES = ['15 июня 2021 года', 'во вторник', 'в 15:30'];

/**
 * A chrono-node parser with only the parsers of `configuration` that read one of `probes`: the others
 * (relative phrases, slash and ISO dates, time spans) are ours or unwanted, and each costs a pattern run over
 * the text. Chosen by behaviour rather than by class name, so it holds across chrono-node versions and
 * minifiers.
 */
function pruned(configuration: Configuration, probes: readonly string[]): Chrono {
  const ref = { instant: NO_REFERENCE, timezone: BAKU_MINUTES };
  const parsers = configuration.parsers.filter((parser) => {
    const single = new Chrono({ parsers: [parser], refiners: [] });
    return probes.some((probe) => single.parse(probe, ref).length > 0);
  });
  return new Chrono({ parsers, refiners: configuration.refiners });
}

type Configuration = ConstructorParameters<typeof Chrono>[0] & {};

let english: Chrono | undefined;
let russian: Chrono | undefined;
function chronoFor(language: 'en' | 'ru'): Chrono {
  if (language === 'en') {
    english ??= pruned(en.configuration.createConfiguration(false, false), ENGLISH_PROBES);
    return english;
  }
  russian ??= pruned(ru.createConfiguration(false), RUSSIAN_PROBES);
  return russian;
}

/** Characters taken each side of a trigger word (`10 to 12 March`, `June 15-17, 2021 at 15:30`). */
const REACH = 20;
/** How much further a window may grow to reach a word boundary. */
const SNAP = 16;
/** Between windows: a line break and a `;`, which no chrono-node pattern or merge crosses. */
const SEPARATOR = '\n;\n';
interface Window {
  start: number;
  end: number;
  /** Where the window's text starts in the joined string. */
  at: number;
  /** The index of its first trigger, and how many it holds. */
  first: number;
  count: number;
}

/**
 * Parses the windows around `triggers` (sorted by start) with the chrono-node parser of `language`, adds
 * what it finds to `out`, and returns the triggers no result covers (chrono-node sometimes prefers another
 * reading: `June 5 in the morning` comes back as the time `5 in the morning`), for the caller's fallback.
 * A result counts only when it covers one of the triggers (so `Sun`, `weekend` or a lower-case `may 5` in a
 * window are not taken) and is not a relative phrase (ours). Windows whose only possible reading is a plain
 * day (`June 15, 2021`, `5 июня`) are read without chrono-node, with the same result (see `plain.ts`);
 * `plain: false` sends every window to chrono-node (for checking that sameness).
 *
 * @example
 * ```ts
 * const out: DateDraft[] = [];
 * const body = 'the ministry reported on February 8.';
 * chronoDrafts(body, [{ start: 25, end: 33 }], 'en', null, out); // [] (every trigger read)
 * out[0]; // { start: 25, end: 35, value: { kind: 'day', month: 2, day: 8, clock: null } }
 * ```
 */
export function chronoDrafts(
  body: string,
  triggers: readonly ChronoTrigger[],
  language: 'en' | 'ru',
  ref: ReferenceDay | null,
  out: DateDraft[],
  plain = true,
): ChronoTrigger[] {
  if (triggers.length === 0) return [];
  const covered = new Uint8Array(triggers.length);
  // Windows holding only plain days are read without chrono-node (see `plain.ts`).
  const windows: Window[] = [];
  for (const w of cut(body, triggers)) {
    const drafts = plain ? plainDays(body, w, triggers, language) : null;
    if (drafts) {
      out.push(...drafts);
      covered.fill(1, w.first, w.first + w.count);
    } else windows.push(w);
  }
  if (windows.length === 0) return triggers.filter((_, i) => covered[i] === 0);
  const chrono = chronoFor(language);
  const reference = { instant: ref?.instant ?? NO_REFERENCE, timezone: BAKU_MINUTES };
  for (const batch of batches(windows)) {
    const joined = batch.map((w) => body.slice(w.start, w.end)).join(SEPARATOR);
    for (const r of chrono.parse(joined, reference)) {
      const w = windowAt(batch, r.index);
      if (!w) continue;
      let start = w.start + (r.index - w.at);
      let text = r.text;
      const lead = LEADING.exec(text);
      if (lead) {
        start += lead[0].length;
        text = text.slice(lead[0].length);
      }
      text = trimTrailing(text);
      const end = start + text.length;
      const first = firstTriggerFrom(triggers, start);
      if (text.length === 0 || end > w.end || (triggers[first]?.start ?? end) >= end) continue;
      if (r.tags().has('result/relativeDate') || quantityAfter(body, end)) continue;
      const draft = toDraft(r, text, start, end, body);
      if (!draft) continue;
      out.push(draft);
      for (let i = first; i < triggers.length && (triggers[i] as ChronoTrigger).start < end; i++) covered[i] = 1;
    }
  }
  return triggers.filter((_, i) => covered[i] === 0);
}

/** The plain days of a window (see `plain.ts`), or `null` when chrono-node must read it. */
function plainDays(
  body: string,
  w: Window,
  triggers: readonly ChronoTrigger[],
  language: 'en' | 'ru',
): DateDraft[] | null {
  const inside = triggers.slice(w.first, w.first + w.count);
  if (language === 'en') return plainEnglishDays(body, w.start, w.end, inside);
  const t = inside[0] as ChronoTrigger;
  const day = w.count === 1 ? plainRussianDay(body, w.start, w.end, t.start, t.end) : null;
  return day && [day];
}

/** The longest window: overlapping windows merge up to this length, then a new one starts. */
const MAX_WINDOW = 240;
/** The longest text handed to one chrono-node call (its parsers rescan the rest of the text after each
 * rejected match, so one long text would cost more than its share). */
const MAX_BATCH = 2000;

/** The windows around the triggers, overlapping ones merged (up to {@link MAX_WINDOW} characters). */
function cut(body: string, triggers: readonly ChronoTrigger[]): Window[] {
  const windows: Window[] = [];
  for (let k = 0; k < triggers.length; k++) {
    const t = triggers[k] as ChronoTrigger;
    let lo = t.start;
    for (let n = 0; n < REACH && lo > 0 && body.charCodeAt(lo - 1) !== 10; n++) lo--;
    for (let n = 0; n < SNAP && lo > 0 && !isSpace(body.charCodeAt(lo - 1)); n++) lo--;
    let hi = t.end;
    for (let n = 0; n < REACH && hi < body.length && body.charCodeAt(hi) !== 10; n++) hi++;
    for (let n = 0; n < SNAP && hi < body.length && !isSpace(body.charCodeAt(hi)); n++) hi++;
    const last = windows[windows.length - 1];
    if (last && lo <= last.end && hi - last.start <= MAX_WINDOW) {
      if (hi > last.end) last.end = hi;
      last.count++;
      continue;
    }
    windows.push({ start: lo, end: hi, at: 0, first: k, count: 1 });
  }
  return windows;
}

/** The windows in batches whose joined text is no longer than {@link MAX_BATCH}, each window's `at` set. */
function batches(windows: readonly Window[]): Window[][] {
  const out: Window[][] = [];
  let batch: Window[] = [];
  let at = 0;
  for (const w of windows) {
    if (batch.length > 0 && at + SEPARATOR.length + (w.end - w.start) > MAX_BATCH) {
      out.push(batch);
      batch = [];
      at = 0;
    }
    if (batch.length > 0) at += SEPARATOR.length;
    w.at = at;
    batch.push(w);
    at += w.end - w.start;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 160;

function windowAt(windows: readonly Window[], index: number): Window | undefined {
  let lo = 0;
  let hi = windows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = windows[mid] as Window;
    if (index < w.at) hi = mid - 1;
    else if (index >= w.at + (w.end - w.start)) lo = mid + 1;
    else return w;
  }
  return undefined;
}

/** The index of the first trigger starting at or after `start` (`triggers.length` when none). */
function firstTriggerFrom(triggers: readonly ChronoTrigger[], start: number): number {
  let lo = 0;
  let hi = triggers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((triggers[mid] as ChronoTrigger).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const LEADING = /^(?:on|в|во)\s+/iu;
/** Without its trailing white space and commas (`Friday,`). */
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 44)) end--;
  return text.slice(0, end);
}
// A clock time the text really gives (`15:30`, `10 a.m.`, `9 o'clock`), not one chrono-node implied.
const CLOCK_TEXT = /\d[:.]\d\d|\d\s*[ap]\.?\s?m(?![\p{L}])|o['’]clock/iu;
const LAST = /(?:^|[^\p{L}])(?:last|past|прошл\p{L}*)(?![\p{L}])/iu;
const NEXT = /(?:^|[^\p{L}])(?:next|coming|следующ\p{L}*|будущ\p{L}*)(?![\p{L}])/iu;
const THIS = /(?:^|[^\p{L}])(?:this|эт\p{L}*)(?![\p{L}])/iu;

type Components = ParsedResult['start'];

// `Monday-Friday`, `Monday – Friday`: office hours, not a date.
const DAY_NAME = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const SPAN_AFTER = /* @__PURE__ */ new RegExp(`\\s?[-–]\\s?${DAY_NAME}`, 'y');
const SPAN_BEFORE = /* @__PURE__ */ new RegExp(`${DAY_NAME}\\s?[-–]\\s?$`);

function toDraft(r: ParsedResult, text: string, start: number, end: number, body: string): DateDraft | null {
  const c = r.start;
  const clock = clockOf(c, text);
  let value: DateValue;
  if (c.isCertain('day') && c.isCertain('month')) {
    const month = c.get('month') as number;
    const day = c.get('day') as number;
    value = c.isCertain('year')
      ? { kind: 'fixed', year: c.get('year') as number, month, day, clock }
      : { kind: 'day', month, day, clock };
  } else if (c.isCertain('weekday') && !c.isCertain('month')) {
    SPAN_AFTER.lastIndex = end;
    if (r.end || SPAN_AFTER.test(body) || SPAN_BEFORE.test(body.slice(Math.max(0, start - 12), start))) return null;
    const mode = LAST.test(text) ? 'last' : NEXT.test(text) ? 'next' : THIS.test(text) ? 'this' : null;
    value = { kind: 'weekday', weekday: c.get('weekday') as number, mode, clock };
  } else {
    return null;
  }
  const until = r.end ? untilOf(r.end, value) : undefined;
  return until ? { start, end, value, until } : { start, end, value };
}

function clockOf(c: Components, text: string): Clock | null {
  if (!c.isCertain('hour') || !CLOCK_TEXT.test(text)) return null;
  const offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
  return { hour: c.get('hour') as number, minute: c.get('minute') ?? 0, offset };
}

function untilOf(e: Components, from: DateValue): DateValue | undefined {
  if (!e.isCertain('day') || !e.isCertain('month')) return undefined;
  const month = e.get('month') as number;
  const day = e.get('day') as number;
  if (e.isCertain('year')) return { kind: 'fixed', year: e.get('year') as number, month, day, clock: null };
  if (from.kind === 'fixed' && from.month !== null && from.day !== null) {
    const later = month * 100 + day >= from.month * 100 + from.day;
    return { kind: 'fixed', year: from.year + (later ? 0 : 1), month, day, clock: null };
  }
  return { kind: 'day', month, day, clock: null };
}
