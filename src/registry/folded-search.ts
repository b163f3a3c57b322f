/**
 * Finding a lower-case ASCII literal in a page in any case, without lower-casing the page.
 *
 * Detection gates case-insensitive signals by their literal (`includes`, written in lower case). Lower-casing
 * a whole page to look for a few such literals cost more than all the other literals together. Instead, the
 * literal's rarest letter is the anchor: its two cases are found with `indexOf` (a native scan that jumps
 * between occurrences), and only there is the literal compared, character by character, in lower case.
 *
 * The answer is the one lower-casing gives, for ASCII literals: an ASCII character lower-cases to itself
 * or (A–Z) to a–z, and of all other characters only the Kelvin sign (U+212A) lower-cases to an ASCII letter
 * (`k`), so `k` is never the anchor and the Kelvin sign counts as `k` in the comparison (detection reads NFC
 * text, where it has already become `K`; the function does not rely on that). The one character
 * whose lower case is longer (`İ`, to `i` and a combining dot) cannot match here, where lower-casing the page
 * would find the `i`; but no case-insensitive pattern matches `İ` for `i` either, so no match is lost.
 *
 * @module
 */

/** A literal prepared for {@link indexOfFolded}. */
export interface FoldedNeedle {
  readonly text: string;
  /** Where the anchor letter stands in `text`. */
  readonly anchorAt: number;
  readonly anchorLower: string;
  readonly anchorUpper: string;
}

// English letters from the most to the least frequent: the later in this list, the fewer places to compare.
const BY_FREQUENCY = 'etaoinshrdlcumwfgypbvjxqz';
const KELVIN_SIGN = 0x212a;

/**
 * The literal prepared for a case-insensitive search, or `null` when this search does not apply to it (a
 * character beyond ASCII, an upper-case letter, or no letter but `k` to anchor on): look for it in the
 * lower-cased page then.
 *
 * @example
 * ```ts
 * foldedNeedle('.az reports'); // anchored on `z`
 * foldedNeedle('köln');        // null (not ASCII)
 * ```
 */
export function foldedNeedle(text: string): FoldedNeedle | null {
  let anchorAt = -1;
  let rank = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return null;
    const r = BY_FREQUENCY.indexOf(text[i] as string);
    if (r > rank) {
      rank = r;
      anchorAt = i;
    }
  }
  if (anchorAt < 0) return null;
  const anchorLower = text[anchorAt] as string;
  return { text, anchorAt, anchorLower, anchorUpper: anchorLower.toUpperCase() };
}

/**
 * Where `needle` first occurs in `haystack` at or after `from`, compared in lower case; -1 when nowhere.
 *
 * @example
 * ```ts
 * indexOfFolded('Told NEWS.AZ reports', foldedNeedle('.az reports')!, 0); // 9
 * ```
 */
export function indexOfFolded(haystack: string, needle: FoldedNeedle, from: number): number {
  const { anchorAt, anchorLower, anchorUpper } = needle;
  const start = from + anchorAt;
  let lower = haystack.indexOf(anchorLower, start);
  let upper = haystack.indexOf(anchorUpper, start);
  while (lower >= 0 || upper >= 0) {
    const at = upper < 0 || (lower >= 0 && lower < upper) ? lower : upper;
    if (matchesAt(haystack, at - anchorAt, needle.text)) return at - anchorAt;
    if (at === lower) lower = haystack.indexOf(anchorLower, at + 1);
    else upper = haystack.indexOf(anchorUpper, at + 1);
  }
  return -1;
}

function matchesAt(haystack: string, start: number, text: string): boolean {
  if (start + text.length > haystack.length) return false;
  for (let j = 0; j < text.length; j++) {
    const c = haystack.charCodeAt(start + j);
    const n = text.charCodeAt(j);
    if (c === n || (c >= 65 && c <= 90 && (c | 0x20) === n) || (c === KELVIN_SIGN && n === 0x6b)) continue;
    return false;
  }
  return true;
}
