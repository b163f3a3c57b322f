// The text folding the seed gold uses for comparisons, shared by the golden test and
// scripts/compare-entities.mjs: NFC/diacritics, typographic quotes and apostrophes, dashes, white space, case.

/** @param {unknown} s */
export const fold = (s) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u0131/g, 'i')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The folded alternatives of a gold value `a|b`. @param {string} g */
export const alternatives = (g) => g.split('|').map(fold);
