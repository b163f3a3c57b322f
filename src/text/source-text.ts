/**
 * The page as lines with offsets: what every extractor reads.
 *
 * @module
 */
import type { Span } from '../article/schema.js';
import { type NormalizedText, normalizeText } from './normalize.js';

/**
 * One line of the normalised text, trimmed. `start`/`end` delimit `text` inside {@link SourceText.text}.
 *
 * @example
 * ```ts
 * const line: Line = { index: 0, start: 2, end: 6, text: 'Baku' };
 * ```
 */
export interface Line {
  /** 0-based line number in the normalised text. */
  readonly index: number;
  /** Offset of the first character of `text` in the normalised text. */
  readonly start: number;
  /** Offset just after the last character of `text`. */
  readonly end: number;
  /** The line's content without surrounding white space; `''` for a blank line. */
  readonly text: string;
}

/**
 * A page's text after normalisation, split into trimmed lines, with the way back to input offsets.
 *
 * @example
 * ```ts
 * const source = SourceText.from('Headline\r\n\r\n  Body text.  ');
 * source.lines.map((l) => l.text); // ['Headline', '', 'Body text.']
 * source.span(source.lines[2]!.start, source.lines[2]!.end); // { start: 14, end: 24, line: 3 }
 * ```
 */
export class SourceText {
  /** The caller's string, unchanged. */
  readonly input: string;
  /** The normalised text (see {@link normalizeText}). */
  readonly text: string;
  /** Every line, blank ones included. */
  readonly lines: readonly Line[];
  readonly #normalized: NormalizedText;

  private constructor(normalized: NormalizedText) {
    this.#normalized = normalized;
    this.input = normalized.input;
    this.text = normalized.text;
    this.lines = splitLines(normalized.text);
  }

  /** Normalises `input` and splits it into lines. */
  static from(input: string): SourceText {
    return new SourceText(normalizeText(input));
  }

  /** Maps an offset in {@link SourceText.text} back to the input. */
  toInputOffset(offset: number): number {
    return this.#normalized.toInputOffset(offset);
  }

  /** The input span of normalised offsets `start..end`, with the 1-based line on which it starts. */
  span(start: number, end: number): Span {
    const inStart = this.toInputOffset(start);
    return { start: inStart, end: Math.max(inStart, this.toInputOffset(end)), line: this.lineAt(start).index + 1 };
  }

  /** The input span of a line, or of the lines `first..last`. */
  lineSpan(first: Line, last: Line = first): Span {
    return this.span(first.start, last.end);
  }

  /** The line holding normalised offset `offset`. */
  lineAt(offset: number): Line {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lines[mid] as Line).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo] as Line;
  }
}

/**
 * A line that starts `skip` characters into `line` (trimmed again): the rest of a line after a marker.
 *
 * @example
 * ```ts
 * restOfLine({ index: 0, start: 0, end: 20, text: 'date 2024-03-06 Title' }, 16).text; // 'Title'
 * ```
 */
export function restOfLine(line: Line, skip: number): Line {
  const raw = line.text.slice(skip);
  const text = raw.trimStart();
  const lead = raw.length - text.length;
  const start = line.start + skip + lead;
  return { index: line.index, start, end: start + text.length, text };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  let index = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const raw = text.slice(from, to);
    // String#trim is linear; a /[ \t]+$/ regex would rescan long runs of spaces from every position.
    const content = raw.trim();
    const start = from + (content === '' ? 0 : raw.length - raw.trimStart().length);
    lines.push({ index, start, end: start + content.length, text: content });
    index++;
    from = to + 1;
  }
  return lines;
}
