/**
 * Defining outlet parsers and fingerprint-only outlets.
 *
 * @module
 */
import type { KnownOutlet, OutletParser, OutletParserSpec } from './types.js';

const ID = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * The capital letters a line can start with in these outlets' languages (Latin, Azerbaijani, Cyrillic), for
 * a line signal's `lineStarts` when the line starts with any capitalised word.
 *
 * @example
 * ```ts
 * const signal: Signal = { id: 'dateline', weight: 0.9, scope: 'line', lineStarts: CAPITALS, includes: '/', pattern: /^\p{Lu}\p{L}+\/\d\d/u };
 * ```
 */
export const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÇƏĞİÖŞÜАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ';

function checkOutlet(spec: KnownOutlet): void {
  if (!ID.test(spec.id)) throw new TypeError(`outlet id must match ${ID}: ${JSON.stringify(spec.id)}`);
  for (const s of spec.fingerprint) {
    if (!(s.weight > 0 && s.weight <= 1)) throw new RangeError(`signal ${spec.id}/${s.id}: weight must be in (0, 1]`);
    if (s.pattern.global || s.pattern.sticky) {
      throw new TypeError(`signal ${spec.id}/${s.id}: pattern must not be global or sticky (it is shared)`);
    }
    if (
      s.includes !== undefined &&
      (s.includes === '' || (s.pattern.ignoreCase && s.includes !== s.includes.toLowerCase()))
    ) {
      throw new TypeError(
        `signal ${spec.id}/${s.id}: includes must be a non-empty literal, in lower case when the pattern has the i flag`,
      );
    }
  }
}

/**
 * Defines an outlet parser: checks the spec and freezes it. Register it with `createRegistry`.
 *
 * @example
 * ```ts
 * const example = defineParser({
 *   id: 'example',
 *   name: 'Example News',
 *   version: '1.0.0',
 *   fingerprint: [{ id: 'ending', weight: 0.9, pattern: /^Example News ©/m }],
 *   extract(page, { draft }) {
 *     draft.paragraphs = page.lines.filter((l) => l.text && !l.text.startsWith('Example News ©')).map((l) => l.text);
 *     return draft;
 *   },
 * });
 * const registry = createRegistry([example]);
 * ```
 */
export function defineParser(spec: OutletParserSpec): OutletParser {
  checkOutlet(spec);
  if (typeof spec.extract !== 'function') throw new TypeError(`outlet ${spec.id}: extract must be a function`);
  return Object.freeze({ ...spec, kind: 'parser' as const, fingerprint: Object.freeze([...spec.fingerprint]) });
}

/**
 * Defines an outlet that is recognised but not parsed, so that its pages are refused rather than mistaken
 * for another outlet's.
 *
 * @example
 * ```ts
 * const trend = defineKnownOutlet({
 *   id: 'trend',
 *   name: 'Trend',
 *   fingerprint: [{ id: 'byline', weight: 0.9, pattern: /^By [^\n]{2,60} – Trend:/m }],
 * });
 * ```
 */
export function defineKnownOutlet(spec: KnownOutlet): KnownOutlet {
  checkOutlet(spec);
  return Object.freeze({ ...spec, fingerprint: Object.freeze([...spec.fingerprint]) });
}
