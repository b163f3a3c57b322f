/**
 * Bylines and author signatures: `By Vugar Khalilov`, a bare name line, `Madina Mammadova//EDnews`.
 * An agency credit such as `By Trend` names no author.
 *
 * @module
 */
import { AGENCY_NAMES } from '../data/agencies.js';

const TRAILING_DOT_OR_COLON = /[.:]$/;

/**
 * What a byline credits: a person, or an agency (which is not an author).
 *
 * @example
 * ```ts
 * const b: Byline = { kind: 'agency', name: 'Trend' };
 * ```
 */
export type Byline = { kind: 'person'; name: string } | { kind: 'agency'; name: string };

// Two to four capitalised words; letters of any script, inner hyphens and apostrophes (`Al-Khalifa`, `O’Neil`).
const PERSON_NAME = /^\p{Lu}[\p{Ll}\p{Lu}]?[\p{Ll}'’-]{0,30}(?: \p{Lu}[\p{Ll}'’-]{1,30}){1,3}$/u;
// `A.Surname` / `A. Surname` initials count too.
const INITIAL_NAME = /^\p{Lu}\. ?\p{Lu}[\p{Ll}'’-]{1,30}$/u;

/**
 * True when `text` is nothing but a person's name (two to four capitalised words, or an initial and a surname).
 *
 * @example
 * ```ts
 * isPersonName('Vugar Khalilov'); // true
 * isPersonName('Follow us on Twitter'); // false
 * ```
 */
export function isPersonName(text: string): boolean {
  return (PERSON_NAME.test(text) || INITIAL_NAME.test(text)) && !isAgency(text);
}

/**
 * True when `name` is a news agency or outlet (`Trend`, `APA`, `AZERTAC`, `News.Az` …).
 *
 * @example
 * ```ts
 * isAgency('Trend'); // true
 * ```
 */
export function isAgency(name: string): boolean {
  return AGENCY_NAMES.has(name.toLowerCase());
}

const BY_LINE = /^(?:By|Автор:?|Müəllif:?) (\S.{0,80})$/u;

/**
 * Reads a `By …` line. Returns `null` when the line is not a byline.
 *
 * @example
 * ```ts
 * parseByline('By Vugar Khalilov'); // { kind: 'person', name: 'Vugar Khalilov' }
 * parseByline('By Trend');          // { kind: 'agency', name: 'Trend' }
 * ```
 */
export function parseByline(text: string): Byline | null {
  const m = BY_LINE.exec(text);
  if (!m) return null;
  const name = (m[1] as string).replace(TRAILING_DOT_OR_COLON, '').trim();
  if (isAgency(name)) return { kind: 'agency', name };
  return isPersonName(name) ? { kind: 'person', name } : null;
}

/**
 * Reads a `Firstname Lastname//Outlet` signature at the end of a line. The name must be a person's; the text
 * before it (if the signature is glued to the last sentence) is returned as `before`.
 *
 * @example
 * ```ts
 * parseSignature('Madina Mammadova//EDnews', 'EDnews'); // { name: 'Madina Mammadova', before: '' }
 * ```
 */
export function parseSignature(text: string, outletName: string): { name: string; before: string } | null {
  const suffix = `//${outletName}`;
  if (!text.toLowerCase().endsWith(suffix.toLowerCase())) return null;
  const head = text.slice(0, text.length - suffix.length).trimEnd();
  // The name is the last two to four words; anything before it is the tail of the last paragraph.
  const words = head.split(' ');
  for (let n = Math.min(4, words.length); n >= 2; n--) {
    const name = words.slice(words.length - n).join(' ');
    if (isPersonName(name)) return { name, before: words.slice(0, words.length - n).join(' ') };
  }
  return null;
}
