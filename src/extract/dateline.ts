/**
 * Datelines that open a first paragraph: `Baku/06.10.23/Turan:`, `Baku / 19.07.19 / Turan:`,
 * `Баку/12.03.24/Туран:` (place / DD.MM.YY / agency).
 *
 * @module
 */
import type { Dateline } from '../article/schema.js';
import { type DateParts, isoDay } from '../dates/calendar.js';
import { parseShortDottedDate } from '../dates/formats.js';

/**
 * A dateline read off the start of a paragraph.
 *
 * @example
 * ```ts
 * const d: ParsedDateline = { dateline: { place: 'Baku', date: '2023-10-06', agency: 'Turan' }, parts, length: 21 };
 * ```
 */
export interface ParsedDateline {
  dateline: Dateline;
  /** The date's parts (for the publication-date fallback). */
  parts: DateParts;
  /** How many characters of the paragraph the dateline and the space after it take. */
  length: number;
}

// place: one to four capitalised words (Latin or Cyrillic, hyphens allowed), then /date/agency:
const SLASH_DATELINE =
  /^(\p{Lu}[\p{L}-]{1,30}(?: \p{Lu}[\p{L}-]{1,30}){0,3}) ?\/ ?(\d{1,2}\.\d{1,2}\.\d{2}) ?\/ ?(\p{L}[\p{L}.-]{1,30}) ?: ?/u;

/**
 * Reads a `Place/DD.MM.YY/Agency:` dateline at the start of `text`, with or without spaces around the
 * slashes, or returns `null`.
 *
 * @example
 * ```ts
 * parseSlashDateline('Baku / 19.07.19 / Turan: The talks began.')?.dateline;
 * // { place: 'Baku', date: '2019-07-19', agency: 'Turan' }
 * ```
 */
export function parseSlashDateline(text: string): ParsedDateline | null {
  // Most paragraphs hold no slash at all: skip the pattern for them.
  const slash = text.indexOf('/');
  if (slash < 0 || slash > 40) return null;
  const m = SLASH_DATELINE.exec(text);
  if (!m) return null;
  const parts = parseShortDottedDate(m[2] as string);
  if (parts === null) return null;
  return {
    dateline: { place: m[1] as string, date: isoDay(parts.year, parts.month, parts.day), agency: m[3] as string },
    parts,
    length: m[0].length,
  };
}
