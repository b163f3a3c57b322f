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
  if (p.month < 1 || p.month > 12 || p.day < 1) return false;
  const last = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  if (p.day > last) return false;
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
