/**
 * Checks on the raw input, before any parsing: the things a dirty crawl feeds a parser by mistake.
 *
 * @module
 */
import { ArticleParseError } from '../article/errors.js';

/**
 * The longest input accepted by default (2 MB of UTF-16 code units; a news page is rarely over 100 KB).
 *
 * @example
 * ```ts
 * parseArticle(text, { maxInputLength: DEFAULT_MAX_INPUT_LENGTH * 2 });
 * ```
 */
export const DEFAULT_MAX_INPUT_LENGTH = 2_000_000;

// Control characters other than tab, LF, CR, and the Unicode replacement character (a sign of bad decoding).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;
const HTML_START = /^\s*<(?:!doctype html|html|head|body|meta|div|p|article|section)\b/i;
const HTML_TAG =
  /<\/?(?:p|div|span|a|br|li|ul|ol|h[1-6]|script|style|meta|link|img|table|tr|td|article|section)\b[^<>]{0,300}>/gi;
const SAMPLE = 65_536;
// Anything but white space and the characters normalisation removes (zero-width, bidi, soft hyphen, BOM).
// On a real page the first character already matches, so the test is instant.
const VISIBLE = /[^\s\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;

/**
 * Returns the input as a string, or throws the {@link ArticleParseError} that says what is wrong with it:
 * `not_text`, `input_too_large`, `empty_input` or `html_input`.
 *
 * @example
 * ```ts
 * checkInput('Some page text', Infinity); // 'Some page text'
 * checkInput('', Infinity);               // throws ArticleParseError { code: 'empty_input' }
 * ```
 */
export function checkInput(value: unknown, maxInputLength: number): string {
  if (typeof value !== 'string') {
    const what = describe(value);
    throw new ArticleParseError('not_text', `Expected the page text as a string, got ${what}.`);
  }
  if (value.length > maxInputLength) {
    throw new ArticleParseError(
      'input_too_large',
      `The input is ${value.length} characters long, over the limit of ${maxInputLength} (option maxInputLength; Infinity for none).`,
    );
  }
  if (!VISIBLE.test(value)) {
    throw new ArticleParseError('empty_input', 'The input is empty or only white space and invisible characters.');
  }
  const sample = value.length > SAMPLE ? value.slice(0, SAMPLE) : value;
  // One scan for any control character rules out NUL bytes too on clean text; counting needs the global
  // pattern, and only then.
  const anyControl = HAS_CONTROL.test(sample);
  if (anyControl && sample.includes('\u0000')) {
    throw new ArticleParseError('not_text', 'The input holds NUL bytes: it looks like binary data, not page text.');
  }
  const controls = anyControl ? (sample.match(CONTROL)?.length ?? 0) : 0;
  if (controls > 8 && controls / sample.length > 0.05) {
    throw new ArticleParseError(
      'not_text',
      `The input is ${Math.round((100 * controls) / sample.length)}% control or undecodable characters: it looks like binary data.`,
    );
  }
  const tags = sample.includes('<') ? (sample.match(HTML_TAG)?.length ?? 0) : 0;
  if (HTML_START.test(sample) || tags >= 5) {
    throw new ArticleParseError(
      'html_input',
      'The input is HTML markup. Extract the page text first (for example the text content of the page body) and parse that.',
    );
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return `a ${typeof value}`;
  // A Proxy can throw from any trap, even from instanceof and Array.isArray: say less rather than throw.
  try {
    if (value instanceof Uint8Array) return 'bytes (decode them as UTF-8 first)';
    if (Array.isArray(value)) return 'an array';
  } catch {
    // fall through
  }
  return 'an object';
}
