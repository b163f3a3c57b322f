/**
 * Words that end with a period without ending a sentence, and domain endings, so that sentence repair keeps
 * `Mr.Smith`, `News.Az` and `mod.gov.az` whole. Data only.
 *
 * @module
 */

/**
 * Abbreviations (lower case, without the period) after which a period never ends a sentence.
 *
 * @example
 * ```ts
 * ABBREVIATIONS.has('gen'); // true
 * ```
 */
export const ABBREVIATIONS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'gen',
  'col',
  'lt',
  'capt',
  'maj',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'jr',
  'sr',
  'no',
  'nos',
  'art',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'approx',
  'est',
  'fig',
  'vol',
  'ed',
  'eds',
  'tel',
  'ul',
  'g',
  'gg',
  'str',
]);

/**
 * Top-level and second-level domain labels: after `Word.` they make a domain (`News.Az`, `Report.Az`), not a
 * new sentence.
 *
 * @example
 * ```ts
 * DOMAIN_LABELS.has('az'); // true
 * ```
 */
export const DOMAIN_LABELS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'az',
  'com',
  'net',
  'org',
  'gov',
  'edu',
  'info',
  'ru',
  'tr',
  'ge',
  'kz',
  'uz',
  'ua',
  'uk',
  'us',
  'eu',
  'io',
  'tv',
  'fm',
  'news',
  'int',
  'mil',
]);
