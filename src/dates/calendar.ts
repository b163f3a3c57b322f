/**
 * Calendar values and their ISO form in Baku time (UTC+04:00, no daylight saving since 2016).
 *
 * @module
 */
import type { PublishedTime } from '../article/schema.js';

/**
 * The offset every outlet here publishes in.
 *
 * @example
 * ```ts
 * BAKU_OFFSET; // '+04:00'
 * ```
 */
export const BAKU_OFFSET = '+04:00';

/**
 * A date as printed, with the clock time when the page gives one.
 *
 * @example
 * ```ts
 * const parts: DateParts = { year: 2022, month: 2, day: 8, hour: 15, minute: 47 };
 * ```
 */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The number of days of month `month` (1–12) in `year`; without a year, the days that month has in every
 * year (February: 28). Arithmetic, not a `Date`: it runs for every date a page shows.
 *
 * @example
 * ```ts
 * daysInMonth(2, 2024); // 29
 * daysInMonth(2);       // 28
 * ```
 */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2 && year !== undefined && isLeapYear(year)) return 29;
  return MONTH_DAYS[month - 1] as number;
}

/**
 * True when year/month/day name a real calendar day (leap years included) and the time, if any, is valid.
 *
 * @example
 * ```ts
 * isValidDate({ year: 2023, month: 2, day: 29, hour: null, minute: null }); // false
 * ```
 */
export function isValidDate(p: DateParts): boolean {
  if (!Number.isInteger(p.year) || p.year < 1900 || p.year > 2100) return false;
  if (!Number.isInteger(p.month) || p.month < 1 || p.month > 12 || p.day < 1) return false;
  if (p.day > daysInMonth(p.month, p.year)) return false;
  if (p.hour === null || p.minute === null) return p.hour === p.minute;
  return p.hour >= 0 && p.hour <= 23 && p.minute >= 0 && p.minute <= 59;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `YYYY-MM-DD` of a calendar day.
 *
 * @example
 * ```ts
 * isoDay(2023, 10, 6); // '2023-10-06'
 * ```
 */
export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * The ISO form of a date: `YYYY-MM-DD` without a clock time, else `YYYY-MM-DDTHH:mm:00+04:00`.
 *
 * @example
 * ```ts
 * toIso({ year: 2022, month: 2, day: 8, hour: 15, minute: 47 }); // '2022-02-08T15:47:00+04:00'
 * ```
 */
export function toIso(p: DateParts): string {
  const day = isoDay(p.year, p.month, p.day);
  return p.hour === null || p.minute === null ? day : `${day}T${pad(p.hour)}:${pad(p.minute)}:00${BAKU_OFFSET}`;
}

/**
 * A {@link PublishedTime} from parsed parts, or `null` when the parts are not a real date.
 *
 * @example
 * ```ts
 * toPublishedTime({ year: 2024, month: 3, day: 6, hour: null, minute: null }, '2024-03-06', 'crawler-marker');
 * // { iso: '2024-03-06', precision: 'day', text: '2024-03-06', source: 'crawler-marker' }
 * ```
 */
export function toPublishedTime(
  parts: DateParts | null,
  text: string,
  source: PublishedTime['source'],
): PublishedTime | null {
  if (parts === null || !isValidDate(parts)) return null;
  const precision = parts.hour === null ? 'day' : 'minute';
  return source === undefined ? { iso: toIso(parts), precision, text } : { iso: toIso(parts), precision, text, source };
}
