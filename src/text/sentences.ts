/**
 * Repair of run-together paragraphs: some pages lost the break between paragraphs, so a sentence end is glued
 * to the next sentence (`Azerbaijan.Highlighting`, `reports.“COP29`). Such a glue point was a paragraph break,
 * so the paragraph is split there. Initials, abbreviations and domains stay whole (`Z.Hasanov`, `M. Tokel`,
 * `Mr.Smith`, `News.Az`, `mod.gov.az`, `U.S.`).
 *
 * @module
 */
import { ABBREVIATIONS, DOMAIN_LABELS } from '../data/abbreviations.js';

// A sentence end glued to the next sentence: a word (or number or closing quote) + period (or ?/!) with no
// space, then an opening quote or a capital letter followed by a letter or digit. Each quantifier below is
// bounded or runs over a class that cannot overlap its neighbour, so matching stays linear.
const GLUE = /(\p{L}{1,40}|\d{1,4}|[)\]”"’'%])([.!?])(["“«]?)(\p{Lu})(\p{L}{0,40}|\d)/gu;

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
  GLUE.lastIndex = 0;
  for (let m = GLUE.exec(paragraph); m !== null; m = GLUE.exec(paragraph)) {
    const before = m[1] as string;
    const after = (m[4] as string) + (m[5] as string);
    const cut = m.index + before.length + 1;
    // Rewind so that the next search can use this match's tail as its head (`a.Bb.Cc`).
    GLUE.lastIndex = cut;
    if (isGlueBoundary(paragraph, m.index, before, after, m[3] as string)) cuts.push(cut);
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

function isGlueBoundary(text: string, at: number, before: string, after: string, quote: string): boolean {
  const precededByLetter = at > 0 && /[\p{L}\p{N}.]/u.test(text[at - 1] as string);
  // The regex can start a match inside a longer word; only whole words count.
  if (precededByLetter && /\p{L}/u.test(before[0] as string)) return false;
  if (/\p{L}/u.test(before[0] as string)) {
    // Initials and single letters: `Z.Hasanov`, `U.S.`
    if (before.length === 1) return false;
    // Abbreviations: `Mr.Smith`, `Gen.Hasanov`
    if (ABBREVIATIONS.has(before.toLowerCase())) return false;
    // All-capital acronyms before the period are usually part of a name chain (`A.B.C.Smith` is handled above).
  }
  // Domains: `News.Az`, `Report.Az`, `mod.gov.az`
  if (
    quote === '' &&
    DOMAIN_LABELS.has(after.toLowerCase()) &&
    !/\p{L}/u.test(text[at + before.length + 1 + after.length] ?? '')
  ) {
    return false;
  }
  // A single capital after the period starts an initial (`... said.A. Mammadov`): still a break when the
  // word before is a normal word, so nothing more to check.
  return true;
}
