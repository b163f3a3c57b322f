/**
 * Repair of run-together paragraphs: some pages lost the break between paragraphs, so a sentence end is glued
 * to the next sentence (`Azerbaijan.Highlighting`, `reports.“COP29`). Such a glue point was a paragraph break,
 * so the paragraph is split there. Initials, abbreviations and domains stay whole (`Z.Hasanov`, `M. Tokel`,
 * `Mr.Smith`, `News.Az`, `mod.gov.az`, `U.S.`).
 *
 * @module
 */
import { ABBREVIATIONS, DOMAIN_LABELS } from '../data/abbreviations.js';

const DIGIT_OR_DOT = /[\p{N}.]/u;

// A candidate glue point: sentence punctuation directly followed by a capital (maybe after an opening quote).
// Normal text has a space there, so candidates are rare and the closer look below runs seldom. The pattern
// starts with a plain character class, which the engine scans for quickly.
const CANDIDATE = /[.!?](?=["“«]?\p{Lu})/gu;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;
const CLOSER = /[)\]”"’'%]/;
const MAX_WORD = 40;

/**
 * Splits a paragraph at glued sentence ends and returns the pieces (one piece when nothing was glued).
 *
 * @example
 * ```ts
 * splitRunTogether('He arrived in Azerbaijan.Highlighting the ties, Z.Hasanov spoke to News.Az.');
 * // ['He arrived in Azerbaijan.', 'Highlighting the ties, Z.Hasanov spoke to News.Az.']
 * ```
 */
export function splitRunTogether(paragraph: string): string[] {
  const cuts: number[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(paragraph); m !== null; m = CANDIDATE.exec(paragraph)) {
    if (isGlueBoundary(paragraph, m.index)) cuts.push(m.index + 1);
  }
  if (cuts.length === 0) return [paragraph];
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(paragraph.slice(from, cut).trim());
    from = cut;
  }
  pieces.push(paragraph.slice(from).trim());
  return pieces.filter((p) => p.length > 0);
}

/** Whether the punctuation at `dot` ends a sentence glued to the next one. */
function isGlueBoundary(text: string, dot: number): boolean {
  const prev = text[dot - 1] ?? '';
  let start = dot;
  if (LETTER.test(prev)) {
    while (start > 0 && dot - start <= MAX_WORD && LETTER.test(text[start - 1] as string)) start--;
    // Inside a longer run of letters, digits or dots (a domain, `U.S.`): not a sentence end.
    if (start > 0 && DIGIT_OR_DOT.test(text[start - 1] as string)) return false;
    const word = text.slice(start, dot);
    // Initials and single letters: `Z.Hasanov`, `U.S.`
    if (word.length === 1) return false;
    // Abbreviations: `Mr.Smith`, `Gen.Hasanov`, `St.Petersburg`
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  } else if (!DIGIT.test(prev) && !CLOSER.test(prev)) {
    return false;
  }
  // Domains: `News.Az`, `Report.Az` (a domain label, then no more letters).
  let end = dot + 1;
  if (!LETTER.test(text[end] ?? '')) return true; // an opening quote follows: a new sentence
  while (end < text.length && end - dot <= MAX_WORD && LETTER.test(text[end] as string)) end++;
  return !DOMAIN_LABELS.has(text.slice(dot + 1, end).toLowerCase());
}
