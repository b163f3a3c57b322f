/**
 * Small judgements about lines that every outlet's layout reading needs.
 *
 * @module
 */
import type { Line } from '../text/source-text.js';

const STARTS_WITH_LETTER = /^\p{L}/u;
const ENDS_WITH_PUNCTUATION = /[.!?:;,]$/;

/**
 * The non-blank lines of a page, in order.
 *
 * @example
 * ```ts
 * contentLines(page.lines).map((l) => l.text);
 * ```
 */
export function contentLines(lines: readonly Line[]): Line[] {
  return lines.filter((l) => l.text !== '');
}

/**
 * The number of space-separated words in a line.
 *
 * @example
 * ```ts
 * wordCount('Azerbaijan, Türkiye mull prospects'); // 4
 * ```
 */
export function wordCount(text: string): number {
  let n = text.length > 0 ? 1 : 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

const SENTENCE_END = /[.!?…:;]["”’»)]?$/u;

/**
 * True when a line reads like a headline rather than a body paragraph: short, or of middling length without
 * a sentence end. Headlines may end with a period, so length decides first.
 *
 * @example
 * ```ts
 * isTitleLike('Azerbaijani Defense Minister on an official visit to Turkey'); // true
 * ```
 */
export function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  if (text.length > 260 || words > 32) return false;
  return words <= 20 || !SENTENCE_END.test(text);
}

/**
 * True when a line is a short label (a section, a rubric): one to four words, no sentence punctuation,
 * starting with a letter.
 *
 * @example
 * ```ts
 * isLabelLine('Difficult question'); // true
 * isLabelLine('---06B---');          // false
 * ```
 */
export function isLabelLine(text: string): boolean {
  return (
    text.length <= 40 && wordCount(text) <= 4 && STARTS_WITH_LETTER.test(text) && !ENDS_WITH_PUNCTUATION.test(text)
  );
}
