/**
 * Month-name lookup across the three languages.
 *
 * @module
 */
import { AZERBAIJANI_MONTHS, ENGLISH_MONTHS, RUSSIAN_MONTHS } from '../data/months.js';

const BY_NAME = new Map<string, number>();
for (const { name, month } of [...ENGLISH_MONTHS, ...RUSSIAN_MONTHS, ...AZERBAIJANI_MONTHS]) BY_NAME.set(name, month);
/** The names as the date scans find them (`June`, `марта`), looked up before lower-casing the word. */
const AS_WRITTEN = new Map<string, number>(BY_NAME);
for (const [name, month] of BY_NAME) AS_WRITTEN.set((name[0] ?? '').toUpperCase() + name.slice(1), month);

/**
 * The month number (1..12) of an English, Russian or Azerbaijani month name or abbreviation, any case, with
 * or without a trailing period; `null` when the word is not a month.
 *
 * @example
 * ```ts
 * monthNumber('October'); // 10
 * monthNumber('октября'); // 10
 * monthNumber('Oct.');    // 10
 * monthNumber('Baku');    // null
 * ```
 */
export function monthNumber(word: string): number | null {
  const key = word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word; // without a trailing `.`
  return AS_WRITTEN.get(key) ?? BY_NAME.get(key.toLowerCase()) ?? null;
}

/**
 * A regular-expression source matching any month name of the three languages (longest first), for building
 * the outlets' exact date patterns.
 *
 * @example
 * ```ts
 * new RegExp(`^(${MONTH_NAME_SOURCE})$`, 'iu').test('Avqust'); // true
 * ```
 */
export const MONTH_NAME_SOURCE: string = [...BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');
