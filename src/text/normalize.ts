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

// What the clean-up does to a non-ASCII code unit, by code: compared as numbers, because the text of a Russian
// or Azerbaijani page is nearly all non-ASCII and a regex test (or a one-character string) per character
// costs more than the rest of the parse.
const KEEP = 0;
const DROP = 1; // carries no text: soft hyphen, zero-width space and joiners, bidi marks, word joiner, BOM
const SPACE = 2; // a Unicode space other than the plain space and tab: becomes a plain space
const BREAK = 3; // NEL, LS, PS: become LF (CR is handled with CRLF)

function cleanUpAction(code: number): number {
  if (code < 0x1680) return code === 0xad ? DROP : code === 0xa0 ? SPACE : code === 0x85 ? BREAK : KEEP;
  if (code === 0x1680 || code === 0x202f || code === 0x205f || code === 0x3000) return SPACE;
  if (code >= 0x2000 && code <= 0x200a) return SPACE;
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064)) {
    return DROP;
  }
  if (code === 0x2028 || code === 0x2029) return BREAK;
  return code === 0xfeff ? DROP : KEEP;
}
/**
 * Whether a code unit the clean-up keeps can never take part in an NFC change: it has no canonical
 * decomposition, combining class 0, and never composes with what stands before it. A text of such code units
 * is its own NFC. The ranges are the blocks news text is written in (Latin up to U+02FF, Cyrillic letters,
 * General Punctuation, `€`, `№`, `™`); `test/text/normalize.test.ts` checks every one of these code units
 * against `String#normalize`, alone and in pairs.
 */
export function isNfcInert(code: number): boolean {
  if (code < 0x300) return true;
  if (code < 0x2010) return (code >= 0x400 && code <= 0x482) || (code >= 0x48a && code <= 0x52f);
  return code <= 0x205e || code === 0x20ac || code === 0x2116 || code === 0x2122;
}

// A quick test for whether the slow path is needed at all: any non-ASCII character, or a CR. (Everything the
// clean-up replaces is one or the other.) One class, so the scan of an ASCII page tests each character once.
const NEEDS_WORK = /[\r\u0080-\uFFFF]/;

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
  // Two passes, each with its own offset map: first the character clean-up, then NFC over the cleaned text.
  // NFC must see the cleaned text: a zero-width or bidi character between two combining marks hides them from
  // each other, and once it is gone they must be reordered (`\u0301\u200B\u0327` is `\u0327\u0301` in NFC).
  const cleaned = cleanUp(input);
  // Most pages have nothing NFC could change (the clean-up notes it as it reads each code unit), and need no
  // check by the engine, which reads the whole text again.
  if (!cleaned.mayCompose || cleaned.text.normalize('NFC') === cleaned.text) {
    return mapped(input, cleaned.text, cleaned.map);
  }
  const composed = compose(cleaned.text);
  return mapped(input, composed.text, (o) => cleaned.map(composed.map(o)));
}

/** A normalised text from its parts: offsets are clamped to the text, and the map's result to the input. */
function mapped(input: string, text: string, map: (offset: number) => number): NormalizedText {
  return {
    input,
    text,
    toInputOffset: (offset) => Math.min(input.length, map(Math.max(0, Math.min(offset, text.length)))),
  };
}

/**
 * Builds a string from unchanged runs of `source` and replacements, with a monotone map from offsets in the
 * result back to offsets in `source`.
 */
function rewriter(source: string) {
  // Breakpoints of a piecewise map: from outStarts[i] on, offsets map to inStarts[i] + delta, but never past
  // the next breakpoint's input offset (a replacement longer than what it replaces, such as NFC writing
  // U+FB2C as three characters, would otherwise map its inner offsets beyond its end, and the map would go
  // backwards).
  const outStarts: number[] = [0];
  const inStarts: number[] = [0];
  const parts: string[] = [];
  let outLength = 0;
  let runStart = 0; // start of the current unchanged run in the source

  const flush = (end: number) => {
    if (end > runStart) {
      parts.push(source.slice(runStart, end));
      outLength += end - runStart;
    }
  };
  return {
    replace(inStart: number, inEnd: number, replacement: string) {
      flush(inStart);
      parts.push(replacement);
      outLength += replacement.length;
      runStart = inEnd;
      outStarts.push(outLength);
      inStarts.push(inEnd);
    },
    finish(): { text: string; map: (offset: number) => number } {
      if (outStarts.length === 1) return { text: source, map: (o) => o }; // nothing replaced: no copy
      flush(source.length);
      const text = parts.join('');
      const map = (o: number): number => {
        // Binary search for the last breakpoint at or before o.
        let lo = 0;
        let hi = outStarts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((outStarts[mid] as number) <= o) lo = mid;
          else hi = mid - 1;
        }
        const limit = lo + 1 < inStarts.length ? (inStarts[lo + 1] as number) : source.length;
        return Math.min(limit, (inStarts[lo] as number) + (o - (outStarts[lo] as number)));
      };
      return { text, map };
    },
  };
}

/**
 * The first pass: line breaks to LF, odd spaces to a plain space, invisible characters removed. `mayCompose`
 * is false when every code unit kept is NFC-inert (see {@link isNfcInert}): then the text is already NFC.
 */
function cleanUp(input: string): { text: string; map: (offset: number) => number; mayCompose: boolean } {
  const out = rewriter(input);
  let mayCompose = false;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code === 13 /* CR */) {
      const crlf = input.charCodeAt(i + 1) === 10;
      out.replace(i, crlf ? i + 2 : i + 1, '\n');
      if (crlf) i++;
      continue;
    }
    if (code < 0x80) continue;
    const action = cleanUpAction(code);
    if (action === BREAK) out.replace(i, i + 1, '\n');
    else if (action === DROP) out.replace(i, i + 1, '');
    else if (action === SPACE) out.replace(i, i + 1, ' ');
    else if (!mayCompose && !isNfcInert(code)) mayCompose = true;
  }
  const { text, map } = out.finish();
  return { text, map, mayCompose };
}

/**
 * The second pass: NFC, one chunk at a time. A chunk is an ASCII character and the non-ASCII run after it
 * (or a non-ASCII run at the start). NFC never works across the start of a chunk: an ASCII character has no
 * decomposition, no combining class, and is never the second half of a composition, so nothing before it
 * can reorder or compose with what follows. Each chunk is normalised on its own, which is NFC of the whole in
 * linear time, and a chunk that changes is one replacement in the offset map.
 */
function compose(text: string): { text: string; map: (offset: number) => number } {
  const out = rewriter(text);
  let i = 0;
  while (i < text.length) {
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) >= 0x80) end++;
    if (end - i > 1 || text.charCodeAt(i) >= 0x80) {
      const chunk = text.slice(i, end);
      const nfc = chunk.normalize('NFC');
      if (nfc !== chunk) out.replace(i, end, nfc);
    }
    i = end;
  }
  return out.finish();
}

function identity(input: string): NormalizedText {
  return { input, text: input, toInputOffset: (offset) => Math.max(0, Math.min(offset, input.length)) };
}
