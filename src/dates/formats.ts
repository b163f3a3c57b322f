/**
 * The exact date formats the outlets print. Each parser takes the whole string (already cut out of its line
 * by an outlet's structural pattern) and returns its parts, or `null` when the string is not in that format.
 * Exact patterns are fast and certain; chrono-node is kept for free text in bodies.
 *
 * @module
 */
import { type DateParts, isValidDate } from './calendar.js';
import { monthNumber } from './months.js';

const valid = (p: DateParts): DateParts | null => (isValidDate(p) ? p : null);
const clock = (h: string | undefined, m: string | undefined) =>
  h === undefined || m === undefined ? { hour: null, minute: null } : { hour: Number(h), minute: Number(m) };

// `8 February 2022`, `6 октября 2023 16:16`, `7 March 2024, 15:54`, `8 February 2022 15:47 (UTC+04:00)`
const DAY_MONTH_YEAR = /^(\d{1,2}) (\p{L}+\.?),? (\d{4})(?:,? (\d{1,2}):(\d{2}))?(?: ?\(UTC ?\+0?4:00\))?$/u;

/**
 * `D Month YYYY` with an optional `HH:MM` (with or without a comma before it) and an optional
 * `(UTC+04:00)`; English, Russian or Azerbaijani month names.
 *
 * @example
 * ```ts
 * parseDayMonthYear('8 February 2022 15:47 (UTC+04:00)'); // { year: 2022, month: 2, day: 8, hour: 15, minute: 47 }
 * parseDayMonthYear('6 oktyabr 2023');                     // { year: 2023, month: 10, day: 6, hour: null, minute: null }
 * ```
 */
export function parseDayMonthYear(text: string): DateParts | null {
  const m = DAY_MONTH_YEAR.exec(text);
  if (!m) return null;
  const month = monthNumber(m[2] as string);
  if (month === null) return null;
  return valid({ year: Number(m[3]), month, day: Number(m[1]), ...clock(m[4], m[5]) });
}

// `16:29 21.05.2025`
const CLOCK_DOTTED = /^(\d{1,2}):(\d{2}) (\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * `HH:MM DD.MM.YYYY`, as EDnews prints times.
 *
 * @example
 * ```ts
 * parseClockDottedDate('16:29 21.05.2025'); // { year: 2025, month: 5, day: 21, hour: 16, minute: 29 }
 * ```
 */
export function parseClockDottedDate(text: string): DateParts | null {
  const m = CLOCK_DOTTED.exec(text);
  if (!m) return null;
  return valid({ year: Number(m[5]), month: Number(m[4]), day: Number(m[3]), ...clock(m[1], m[2]) });
}

// `06.10.23`
const SHORT_DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/;

/**
 * `DD.MM.YY` as in Turan's datelines; two-digit years are 20YY.
 *
 * @example
 * ```ts
 * parseShortDottedDate('06.10.23'); // { year: 2023, month: 10, day: 6, hour: null, minute: null }
 * ```
 */
export function parseShortDottedDate(text: string): DateParts | null {
  const m = SHORT_DOTTED.exec(text);
  if (!m) return null;
  return valid({ year: 2000 + Number(m[3]), month: Number(m[2]), day: Number(m[1]), hour: null, minute: null });
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `YYYY-MM-DD`, as in the crawler's ` date YYYY-MM-DD` marker.
 *
 * @example
 * ```ts
 * parseIsoDay('2024-03-06'); // { year: 2024, month: 3, day: 6, hour: null, minute: null }
 * ```
 */
export function parseIsoDay(text: string): DateParts | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  return valid({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: null, minute: null });
}

// `Thursday April 18 2024`: the shape of a site header's "today" line.
const WEEKDAY_MONTH_DAY_YEAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\p{L}+) (\d{1,2}),? (\d{4})$/u;

/**
 * `Weekday Month D YYYY`, the shape of a site header's "today" line (the day of the crawl, never a
 * publication date).
 *
 * @example
 * ```ts
 * parseWeekdayMonthDayYear('Thursday April 18 2024'); // { year: 2024, month: 4, day: 18, hour: null, minute: null }
 * ```
 */
export function parseWeekdayMonthDayYear(text: string): DateParts | null {
  const m = WEEKDAY_MONTH_DAY_YEAR.exec(text);
  if (!m) return null;
  const month = monthNumber(m[1] as string);
  if (month === null) return null;
  return valid({ year: Number(m[3]), month, day: Number(m[2]), hour: null, minute: null });
}
