/**
 * The one error class the library throws, keyed on `code` like zod's issues.
 *
 * @module
 */

/**
 * Why a page could not be parsed.
 *
 * - `empty_input`: the input is empty or only white space.
 * - `input_too_large`: the input is longer than `maxInputLength`.
 * - `not_text`: the input is not a string, or is binary (NUL bytes; more than 8 control or undecodable
 *   characters making up over 5% of the first 64K).
 * - `html_input`: the input is HTML markup; extract the page's text first.
 * - `unknown_outlet`: no parser recognises the page well enough (see `candidates`).
 * - `no_body`: the page belongs to a known outlet but holds no article text.
 * - `internal`: the result broke the `Article` schema; a bug in the library, never expected.
 *
 * @example
 * ```ts
 * const code: ArticleParseErrorCode = 'unknown_outlet';
 * ```
 */
export type ArticleParseErrorCode =
  | 'empty_input'
  | 'input_too_large'
  | 'not_text'
  | 'html_input'
  | 'unknown_outlet'
  | 'no_body'
  | 'internal';

/**
 * All error codes, in documentation order.
 *
 * @example
 * ```ts
 * ARTICLE_PARSE_ERROR_CODES.includes('no_body'); // true
 * ```
 */
export const ARTICLE_PARSE_ERROR_CODES: readonly ArticleParseErrorCode[] = [
  'empty_input',
  'input_too_large',
  'not_text',
  'html_input',
  'unknown_outlet',
  'no_body',
  'internal',
];

/**
 * An outlet's detection score, as listed by an `unknown_outlet` error.
 *
 * @example
 * ```ts
 * const c: DetectionSummary = { outlet: 'turan', score: 0.2, parsable: true };
 * ```
 */
export interface DetectionSummary {
  /** The outlet id. */
  outlet: string;
  /** Its score in 0..1. */
  score: number;
  /** False for outlets the registry recognises but has no parser for (Trend, APA …). */
  parsable: boolean;
}

/**
 * Details an {@link ArticleParseError} may carry.
 *
 * @example
 * ```ts
 * const details: ArticleParseErrorDetails = { candidates: [{ outlet: 'trend', score: 0.9, parsable: false }] };
 * ```
 */
export interface ArticleParseErrorDetails {
  /** For `unknown_outlet`: every outlet's score, best first. */
  candidates?: DetectionSummary[];
  /** For `internal`: the schema issues, as `path: message` strings. */
  issues?: string[];
  /** The underlying error, if any. */
  cause?: unknown;
}

// A registered symbol, so that the guard works across realms and across duplicate copies of the package.
const BRAND = Symbol.for('az-news-parsers.ArticleParseError');

/**
 * The error `parseArticle` throws. `code` says why; `candidates` lists detection scores for `unknown_outlet`.
 *
 * @example
 * ```ts
 * try {
 *   parseArticle('');
 * } catch (e) {
 *   if (isArticleParseError(e)) console.log(e.code); // 'empty_input'
 * }
 * ```
 */
export class ArticleParseError extends Error {
  /** Why the page could not be parsed. */
  readonly code: ArticleParseErrorCode;
  /** For `unknown_outlet`: every outlet's score, best first. */
  readonly candidates: DetectionSummary[];
  /** For `internal`: the schema issues. */
  readonly issues: string[];

  constructor(code: ArticleParseErrorCode, message: string, details: ArticleParseErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ArticleParseError';
    this.code = code;
    this.candidates = details.candidates ?? [];
    this.issues = details.issues ?? [];
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** A plain object for logs and JSON output: `{ code, message }` plus candidates when there are any. */
  toJSON(): { code: ArticleParseErrorCode; message: string; candidates?: DetectionSummary[] } {
    return this.candidates.length > 0
      ? { code: this.code, message: this.message, candidates: this.candidates }
      : { code: this.code, message: this.message };
  }
}

/**
 * True for an {@link ArticleParseError}, also one from another realm or another copy of the package.
 *
 * @example
 * ```ts
 * const result = safeParseArticle(text);
 * if (!result.success && isArticleParseError(result.error)) console.log(result.error.code);
 * ```
 */
export function isArticleParseError(value: unknown): value is ArticleParseError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    // A Proxy whose get trap throws is not our error.
    return false;
  }
}
