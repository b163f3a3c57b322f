/**
 * The reference day mentioned dates are resolved from (the publication time, or `options.referenceDate`), the
 * values a mention can carry before it is resolved (a full date, a day without a year, a weekday, a shift
 * such as `yesterday`), and the resolution itself: a year-less day or a weekday is the latest such day not
 * after the reference, or the next one when the sentence speaks of the future. Everything is in Baku time
 * (UTC+04:00) and pure: the reference always comes from the caller.
 *
 * @module
 */
import type { DateMention, PublishedTime } from '../article/schema.js';
import { PUBLISHED_ISO } from '../article/values.js';
import { BAKU_OFFSET, daysInMonth, isoDay } from './calendar.js';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
/** Baku's offset from UTC in minutes. */
const BAKU_MINUTES = 240;

/**
 * The day dates are resolved from, in Baku time, and the instant handed to chrono-node.
 *
 * @example
 * ```ts
 * const ref: ReferenceDay = referenceDay({ iso: '2024-12-23', precision: 'day', text: '2024-12-23' }, undefined)!;
 * ref.weekday; // 1 (Monday)
 * ```
 */
export interface ReferenceDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Days since 1970-01-01 (the calendar day in Baku). */
  readonly dayNumber: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** The reference instant: the publication time, or noon in Baku of a day-precision reference. */
  readonly instant: Date;
}

/**
 * The reference day: the publication time when the page gives one (a day-precision `YYYY-MM-DD` counts), else
 * `referenceDate` (a `Date`, read in Baku time, or a string: `YYYY-MM-DD` as that day, anything else through
 * `Date.parse`); `null` when neither gives a valid day.
 *
 * @example
 * ```ts
 * referenceDay({ iso: '2022-02-08T15:47:00+04:00', precision: 'minute', text: '' }, undefined)?.day; // 8
 * referenceDay(null, '2024-03-06')?.month;                                                       // 3
 * referenceDay(null, new Date('2024-03-05T22:30:00Z'))?.day;                                      // 6 (02:30 in Baku)
 * referenceDay(null, undefined);                                                                 // null
 * ```
 */
export function referenceDay(
  published: PublishedTime | null | undefined,
  referenceDate: Date | string | undefined,
): ReferenceDay | null {
  const fromPage = published ? fromPublishedIso(published.iso) : null;
  if (fromPage) return fromPage;
  if (referenceDate instanceof Date) return fromInstant(referenceDate.getTime());
  if (typeof referenceDate === 'string') {
    const day = fromPublishedIso(referenceDate.trim());
    return day ?? fromInstant(Date.parse(referenceDate));
  }
  return null;
}

/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS+04:00`: the article's own `published.iso` format. */
function fromPublishedIso(iso: string): ReferenceDay | null {
  if (!PUBLISHED_ISO.test(iso)) return null;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (!isValidDay(year, month, day)) return null;
  // A day alone stands for its noon.
  const clock = iso.length > 10;
  const h = clock ? Number(iso.slice(11, 13)) : 12;
  const mi = clock ? Number(iso.slice(14, 16)) : 0;
  const s = clock ? Number(iso.slice(17, 19)) : 0;
  const instant = Date.UTC(year, month - 1, day, h, mi, s) - BAKU_MINUTES * MS_PER_MINUTE;
  return make(year, month, day, instant);
}

function fromInstant(ms: number): ReferenceDay | null {
  if (!Number.isFinite(ms)) return null;
  const baku = new Date(ms + BAKU_MINUTES * MS_PER_MINUTE);
  return make(baku.getUTCFullYear(), baku.getUTCMonth() + 1, baku.getUTCDate(), ms);
}

function make(year: number, month: number, day: number, instant: number): ReferenceDay {
  const dayNumber = toDayNumber(year, month, day);
  return { year, month, day, dayNumber, weekday: weekdayOf(dayNumber), instant: new Date(instant) };
}

/**
 * Days since 1970-01-01 of a calendar day.
 *
 * @example
 * ```ts
 * toDayNumber(1970, 1, 2); // 1
 * ```
 */
export function toDayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

const weekdayOf = (dayNumber: number) => (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday

/**
 * True when the day exists (leap years included); years 1000–2999.
 *
 * @example
 * ```ts
 * isValidDay(2024, 2, 29); // true
 * isValidDay(2023, 2, 29); // false
 * ```
 */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (!Number.isInteger(day) || day < 1) return false;
  return day <= daysInMonth(month, year);
}

/**
 * A clock time read from the text, and the UTC offset (minutes) it was given in when the text names one.
 *
 * @example
 * ```ts
 * const c: Clock = { hour: 15, minute: 30, offset: null };
 * ```
 */
export interface Clock {
  readonly hour: number;
  readonly minute: number;
  /** Minutes east of UTC when the text names a zone (`GMT` → 0); `null`: Baku time. */
  readonly offset: number | null;
}

/**
 * What a mention says before it is resolved:
 * - `fixed`: a calendar value the text gives in full (`June 15, 2021`, `March 2024`, `in 1992`);
 * - `day`: a day without a year (`June 15`), `month`: a month without a year (`in May`), or in a year named
 *   relative to the reference (`years`: `in January last year` is −1, `в марте этого года` 0);
 * - `weekday`: `Monday`, with `last`/`next`/`this` when the text says so;
 * - `shift`: a distance from the reference (`yesterday` = −1 day, `last year` = −1 year).
 *
 * @example
 * ```ts
 * const v: DateValue = { kind: 'day', month: 6, day: 15, clock: null };
 * ```
 */
export type DateValue =
  | { kind: 'fixed'; year: number; month: number | null; day: number | null; clock: Clock | null }
  | { kind: 'day'; month: number; day: number; clock: Clock | null }
  | { kind: 'month'; month: number; years?: number }
  | { kind: 'weekday'; weekday: number; mode: 'last' | 'next' | 'this' | null; clock: Clock | null }
  | { kind: 'shift'; unit: 'day' | 'month' | 'year'; amount: number; clock: Clock | null };

/**
 * True when the value cannot be resolved without a reference day.
 *
 * @example
 * ```ts
 * needsReference({ kind: 'weekday', weekday: 1, mode: null, clock: null }); // true
 * ```
 */
export function needsReference(value: DateValue): boolean {
  return value.kind !== 'fixed';
}

/**
 * True when the tense of the sentence decides the value against `ref`: a year-less day or month, or a bare or
 * `this` weekday, other than the reference's own (`June 15` read on June 15 is that day in either tense, so
 * the sentence need not be read). `until`, the last day of a range, follows the tense its first day reads.
 *
 * @example
 * ```ts
 * const ref = referenceDay(null, '2022-02-08')!;
 * dependsOnTense({ kind: 'day', month: 6, day: 15, clock: null }, ref); // true
 * dependsOnTense({ kind: 'month', month: 2 }, ref);                     // false (February 2022 either way)
 * ```
 */
export function dependsOnTense(value: DateValue, ref: ReferenceDay, until?: DateValue): boolean {
  const readsTense =
    value.kind === 'day' ||
    value.kind === 'month' ||
    (value.kind === 'weekday' && value.mode !== 'last' && value.mode !== 'next');
  return readsTense && (changesWithTense(value, ref) || (until !== undefined && changesWithTense(until, ref)));
}

/** Whether the past and the future reading of `value` differ: they meet on the reference day or month. */
function changesWithTense(value: DateValue, ref: ReferenceDay): boolean {
  switch (value.kind) {
    case 'day':
      return value.month !== ref.month || value.day !== ref.day;
    case 'month':
      return value.years === undefined && value.month !== ref.month;
    case 'weekday':
      return value.mode !== 'last' && value.mode !== 'next' && value.weekday !== ref.weekday;
    default:
      return false;
  }
}

/**
 * The ISO value and precision of a mention, or `null` when it is not a real date. `ref` may be `null` only
 * for values that do not need it (see {@link needsReference}). `future`: the sentence speaks of the future,
 * so a year-less day, month or weekday is the next such one (the reference day itself included) instead of
 * the latest one not after the reference. A weekday equal to the reference's weekday is the reference day.
 *
 * @example
 * ```ts
 * const ref = referenceDay(null, '2022-02-08')!;
 * resolveDateValue({ kind: 'day', month: 6, day: 15, clock: null }, ref, false); // { iso: '2021-06-15', precision: 'day' }
 * resolveDateValue({ kind: 'day', month: 6, day: 15, clock: null }, ref, true);  // { iso: '2022-06-15', precision: 'day' }
 * ```
 */
export function resolveDateValue(
  value: DateValue,
  ref: ReferenceDay | null,
  future: boolean,
): Pick<DateMention, 'iso' | 'precision'> | null {
  switch (value.kind) {
    case 'fixed':
      if (value.month === null)
        return isValidDay(value.year, 1, 1) ? { iso: pad4(value.year), precision: 'year' } : null;
      if (value.day === null) {
        return isValidDay(value.year, value.month, 1)
          ? { iso: isoMonth(value.year, value.month), precision: 'month' }
          : null;
      }
      return dayResult(value.year, value.month, value.day, value.clock);
    case 'day': {
      if (!ref) return null;
      const year = yearOfDay(value.month, value.day, ref, future);
      return year === null ? null : dayResult(year, value.month, value.day, value.clock);
    }
    case 'month': {
      if (!ref) return null;
      if (value.years !== undefined) return { iso: isoMonth(ref.year + value.years, value.month), precision: 'month' };
      const after = value.month > ref.month;
      const before = value.month < ref.month;
      const year = future ? ref.year + (before ? 1 : 0) : ref.year - (after ? 1 : 0);
      return { iso: isoMonth(year, value.month), precision: 'month' };
    }
    case 'weekday': {
      if (!ref) return null;
      const back = (ref.weekday - value.weekday + 7) % 7;
      const ahead = (value.weekday - ref.weekday + 7) % 7;
      let n: number;
      if (value.mode === 'last') n = ref.dayNumber - (back === 0 ? 7 : back);
      else if (value.mode === 'next') n = ref.dayNumber + (ahead === 0 ? 7 : ahead);
      else n = future ? ref.dayNumber + ahead : ref.dayNumber - back;
      const d = fromDayNumber(n);
      return dayResult(d.year, d.month, d.day, value.clock);
    }
    case 'shift': {
      if (!ref) return null;
      if (value.unit === 'year') return { iso: pad4(ref.year + value.amount), precision: 'year' };
      if (value.unit === 'month') {
        const index = ref.year * 12 + (ref.month - 1) + value.amount;
        return { iso: isoMonth(Math.floor(index / 12), (index % 12) + 1), precision: 'month' };
      }
      const d = fromDayNumber(ref.dayNumber + value.amount);
      return dayResult(d.year, d.month, d.day, value.clock);
    }
  }
}

/** The year of a year-less day: the latest not after the reference, or the next on or after it. */
function yearOfDay(month: number, day: number, ref: ReferenceDay, future: boolean): number | null {
  const key = month * 100 + day;
  const refKey = ref.month * 100 + ref.day;
  let year = future ? (key >= refKey ? ref.year : ref.year + 1) : key <= refKey ? ref.year : ref.year - 1;
  // February 29 moves to the nearest leap year in the same direction.
  for (let i = 0; i < 8; i++) {
    if (isValidDay(year, month, day)) return year;
    year += future ? 1 : -1;
  }
  return null;
}

function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function dayResult(
  year: number,
  month: number,
  day: number,
  clock: Clock | null,
): Pick<DateMention, 'iso' | 'precision'> | null {
  if (!isValidDay(year, month, day)) return null;
  if (!clock) return { iso: isoDay(year, month, day), precision: 'day' };
  if (clock.hour < 0 || clock.hour > 24 || clock.minute < 0 || clock.minute > 59) return null;
  // Into Baku time when the text gave another zone (`10:00 GMT`).
  const shift = clock.offset === null ? 0 : BAKU_MINUTES - clock.offset;
  const t = new Date(Date.UTC(year, month - 1, day, clock.hour, clock.minute) + shift * MS_PER_MINUTE);
  const iso = `${isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())}T${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:00${BAKU_OFFSET}`;
  return { iso, precision: 'minute' };
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');
const isoMonth = (year: number, month: number) => `${pad4(year)}-${pad2(month)}`;

/**
 * A mention found in the body before resolution: its span in `body` and what it says (`until`: the last
 * day of a range such as `10 to 12 March`).
 *
 * @example
 * ```ts
 * const d: DateDraft = { start: 3, end: 10, value: { kind: 'day', month: 6, day: 15, clock: null } };
 * ```
 */
export interface DateDraft {
  start: number;
  end: number;
  value: DateValue;
  until?: DateValue;
}
