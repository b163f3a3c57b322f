/**
 * News agencies and outlets whose names appear in bylines and attributions (`By Trend`, `told APA`).
 * A byline naming one of them credits an agency, not a person. Data only.
 *
 * @module
 */

/**
 * Agency and outlet names as printed, lower-cased for lookup.
 *
 * @example
 * ```ts
 * AGENCY_NAMES.has('trend'); // true
 * ```
 */
export const AGENCY_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'trend',
  'trend news agency',
  'apa',
  'azertac',
  'azertag',
  'report',
  'report.az',
  'turan',
  'azernews',
  'azernews.az',
  'ednews',
  'news.az',
  'caliber',
  'caliber.az',
  'interfax',
  'interfax-azerbaijan',
  'reuters',
  'afp',
  'ap',
  'associated press',
  'tass',
  'ria novosti',
  'anadolu',
  'anadolu agency',
  'aa',
  'xinhua',
  'bloomberg',
  'sputnik',
  'vestnik kavkaza',
  'day.az',
  'oxu.az',
  'qafqazinfo',
  'azvision',
  'apa-economics',
  'abc.az',
]);
