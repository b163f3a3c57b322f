/**
 * Text normalisation that remembers where every character came from, so that fields can point back into the
 * caller's original string (provenance) even after characters were removed or recomposed.
 *
 * @module
 */

/**
 * Normalised text and the way back to the input.
 *
 * @example
 * ```ts
 * const n = normalizeText('\uFEFFBaku\r\nNews');
 * n.text;               // 'Baku\nNews'
 * n.toInputOffset(5);   // 7: 'N' sits after the BOM and the CR in the input
 * ```
 */
export interface NormalizedText {
  /** The input as given. */
  readonly input: string;
  /** The normalised text: LF line ends, plain spaces, no zero-width characters, NFC. */
  readonly text: string;
  /** Maps an offset in `text` (0..text.length) to the matching offset in `input`. */
  toInputOffset(offset: number): number;
}

// Characters that carry no text: BOM / zero-width no-break space, zero-width space and joiners, word joiner,
// soft hyphen, bidi marks. They are dropped.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;
// Unicode spaces other than the plain space and tab become a plain space (same length, no map entry needed).
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
// Line separators: CR (alone or in CRLF), NEL, LS, PS become LF.
const LINE_BREAK = /[\r\u0085\u2028\u2029]/;
// A quick test for whether the slow path is needed at all (any non-ASCII character, or a CR).
const NEEDS_WORK =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  /[\r\u0085\u2028\u2029\u00A0\u1680\u2000-\u200F\u202A-\u202F\u205F\u2060-\u2064\u3000\uFEFF\u00AD]|[^\x00-\x7F]/;
const COMBINING = /\p{M}/u;

/**
 * Normalises page text: BOM, CRLF/CR/NEL/LS/PS to LF, NBSP and other Unicode spaces to a plain space,
 * zero-width and bidi characters removed, Unicode NFC. Normalising twice changes nothing.
 *
 * @example
 * ```ts
 * normalizeText('Baku\u00A0/\u200B06.10.23').text; // 'Baku /06.10.23'
 * ```
 */
export function normalizeText(input: string): NormalizedText {
  if (!NEEDS_WORK.test(input)) return identity(input);
  const needsNfc = input.normalize('NFC') !== input;

  // Breakpoints of a piecewise-linear map: from outStarts[i] on, output offsets map to inStarts[i] + delta.
  const outStarts: number[] = [0];
  const inStarts: number[] = [0];
  const parts: string[] = [];
  let outLength = 0;
  let runStart = 0; // start of the current unchanged run in the input

  const flush = (end: number) => {
    if (end > runStart) {
      parts.push(input.slice(runStart, end));
      outLength += end - runStart;
    }
  };
  const replace = (inStart: number, inEnd: number, replacement: string) => {
    flush(inStart);
    parts.push(replacement);
    outLength += replacement.length;
    runStart = inEnd;
    outStarts.push(outLength);
    inStarts.push(inEnd);
  };

  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string;
    const code = ch.charCodeAt(0);
    if (code < 0x80 && ch !== '\r') continue;
    if (ch === '\r') {
      replace(i, input[i + 1] === '\n' ? i + 2 : i + 1, '\n');
      if (input[i + 1] === '\n') i++;
    } else if (LINE_BREAK.test(ch)) {
      replace(i, i + 1, '\n');
    } else if (INVISIBLE.test(ch)) {
      replace(i, i + 1, '');
    } else if (ODD_SPACE.test(ch)) {
      replace(i, i + 1, ' ');
    } else if (needsNfc) {
      // Recompose one cluster: a base character and the combining marks after it.
      let end = i + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
      while (end < input.length && COMBINING.test(input[end] as string)) end++;
      // A mark composes with the character before it (often plain ASCII, which the loop skipped).
      let base = i;
      if (COMBINING.test(ch) && i - 1 >= runStart)
        base = isLowSurrogate(input, i - 1) && i - 2 >= runStart ? i - 2 : i - 1;
      const cluster = input.slice(base, end);
      const composed = cluster.normalize('NFC');
      if (composed !== cluster) replace(base, end, composed);
      i = end - 1;
    }
  }
  flush(input.length);
  const text = parts.join('');
  return {
    input,
    text,
    toInputOffset(offset: number): number {
      const o = Math.max(0, Math.min(offset, text.length));
      // Binary search for the last breakpoint at or before o.
      let lo = 0;
      let hi = outStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((outStarts[mid] as number) <= o) lo = mid;
        else hi = mid - 1;
      }
      return Math.min(input.length, (inStarts[lo] as number) + (o - (outStarts[lo] as number)));
    },
  };
}

function isLowSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

function identity(input: string): NormalizedText {
  return { input, text: input, toInputOffset: (offset) => Math.max(0, Math.min(offset, input.length)) };
}
