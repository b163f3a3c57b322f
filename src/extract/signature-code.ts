/**
 * Editorial signature codes at the end of a body: `-0-`, `-05C-`, `-06B-`, `-06D--`, `–0--`, `---06B---`,
 * `—06d--`, separated from the last sentence by a space or glued to it.
 *
 * @module
 */

// Dashes (hyphen, en dash, em dash), a one- or two-digit code with an optional letter, dashes, end of text.
// It must follow white space, sentence punctuation or the start, so `COVID-19-` style words are left alone.
const SIGNATURE_CODE = /(^|[\s.!?"”’)»…])[-–—]{1,3} ?\d{1,2}[A-Za-z]? ?[-–—]{1,3}$/u;

/**
 * Removes a trailing signature code and returns the text without it (trimmed), and the code as printed.
 *
 * @example
 * ```ts
 * stripSignatureCode('further noted in the press release. ---06B---');
 * // { text: 'further noted in the press release.', code: '---06B---' }
 * stripSignatureCode('the court ruled.-0-'); // { text: 'the court ruled.', code: '-0-' }
 * ```
 */
export function stripSignatureCode(text: string): { text: string; code: string | null } {
  const m = SIGNATURE_CODE.exec(text);
  if (!m) return { text, code: null };
  const lead = (m[1] as string).length;
  return { text: text.slice(0, m.index + lead).trim(), code: text.slice(m.index + lead).trim() };
}
