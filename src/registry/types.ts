/**
 * The shapes an outlet parser is made of: the page it reads, the fingerprint signals that recognise it, and
 * the draft it returns.
 *
 * @module
 */
import type { ArticleParseError } from '../article/errors.js';
import type { Article, DateMention, EntityHint, ParseMessage } from '../article/schema.js';
import type { CrawlerMarker } from '../extract/crawler-marker.js';
import type { Line, SourceText } from '../text/source-text.js';
import type { ArticleDraft } from './draft.js';

/**
 * A page ready for an outlet parser: the source text, and its lines with the crawler marker taken off the
 * first line (so `lines[0]` starts with whatever the page itself starts with).
 *
 * @example
 * ```ts
 * const page = createPage(SourceText.from(' date 2024-03-06 Headline\nBody.'));
 * page.marker?.published.iso; // '2024-03-06'
 * page.lines[0]?.text;        // 'Headline'
 * ```
 */
export interface Page {
  readonly source: SourceText;
  /** Lines of the page, the crawler marker removed from the first one. Blank lines included. */
  readonly lines: readonly Line[];
  /** The crawler marker, when the page has one. */
  readonly marker: CrawlerMarker | null;
}

/**
 * One piece of a fingerprint: a pattern tested against each line or the whole normalised text (see
 * `scope`) and the weight its presence adds. Structural markers (datelines, signature codes, page endings,
 * date-line shapes) weigh 0.2–0.9 by how specific they are; an outlet's name inside a sentence is a
 * `mention` and weighs 0.1–0.5 at most, because every outlet quotes the others.
 *
 * @example
 * ```ts
 * const signal: Signal = { id: 'dateline', weight: 0.9, pattern: /^Baku ?\/ ?\d\d\.\d\d\.\d\d ?\/ ?Turan:/m };
 * ```
 */
export interface Signal {
  /** A short name, shown in the evidence (`dateline`, `signature-code`, `mention`). */
  readonly id: string;
  /** How much the signal's presence says, in 0..1. */
  readonly weight: number;
  /** Tested once against the normalised text; the first match is the evidence. Must run in linear time. */
  readonly pattern: RegExp;
  /**
   * Where the pattern is tested. `line`: on each trimmed line alone (write the pattern for one line, `^…$`
   * without the `m` flag); the fast path, for markers that are a line or start one. `text`: once on the
   * whole normalised text (use the `m` flag for line anchors), for markers that can stand anywhere.
   * @default 'text'
   */
  readonly scope?: 'line' | 'text';
  /**
   * For `line` signals: every character a matching line can start with. Detection indexes line signals by
   * it, so a line is tested only against the signals that can start with its first character. Leave it out
   * to test every line.
   * @default undefined (every line)
   */
  readonly lineStarts?: string;
  /**
   * A literal every match contains. A line (for `line` signals) or a page (for `text` signals) without it is
   * not tested: looking for a literal costs a fraction of running the pattern, and most pages hold none of an
   * outlet's phrases. For a case-insensitive pattern (`i` flag), write it in lower case; it is then looked for
   * in the lower-cased line or page. Start it with a rare character: the search jumps between occurrences of
   * its first character, so a literal that starts with a space or a common letter is several times slower to
   * rule out (`zernews` rather than `azernews`, `.az reports` rather than `news.az reports`). Signals that
   * share a literal share its search.
   * @default undefined (always tested)
   */
  readonly includes?: string;
  /**
   * `structure` for layout markers (datelines, signature codes, page endings, date-line shapes); `mention`
   * for the outlet's name inside a sentence (`News.Az reports`), which other outlets' pages quote too.
   * Only structural evidence of another outlet counts as a conflict.
   * @default 'structure'
   */
  readonly kind?: 'structure' | 'mention';
  /**
   * The marker appears once on a page of this outlet (a dateline, a page ending). A second match suggests
   * two pages glued together, and the registry says so in `messages` and lowers its confidence.
   * @default false
   */
  readonly unique?: boolean;
}

/**
 * An outlet the registry can recognise. Outlets without an `extract` (Trend, APA …) are recognised only so
 * that their pages are refused instead of being mistaken for another outlet.
 *
 * @example
 * ```ts
 * const trend: KnownOutlet = { id: 'trend', name: 'Trend', fingerprint: [{ id: 'reports', weight: 0.2, pattern: /Trend reports/ }] };
 * ```
 */
export interface KnownOutlet {
  /** A stable id: `turan`, `azernews` … */
  readonly id: string;
  /** The outlet's display name. */
  readonly name: string;
  /** What recognises a page of this outlet. */
  readonly fingerprint: readonly Signal[];
}

/**
 * What an outlet parser's `extract` receives besides the page.
 *
 * @example
 * ```ts
 * extract(page, { draft: new ArticleDraft(page) });
 * ```
 */
export interface ExtractContext {
  /** The draft to fill in; `extract` returns it. */
  readonly draft: ArticleDraft;
}

/**
 * The definition of an outlet parser, as given to {@link defineParser}.
 *
 * @example
 * ```ts
 * const spec: OutletParserSpec = {
 *   id: 'example', name: 'Example', version: '1.0.0',
 *   fingerprint: [{ id: 'ending', weight: 0.9, pattern: /^Example News$/m }],
 *   extract(page, { draft }) { draft.paragraphs = page.lines.filter((l) => l.text).map((l) => l.text); return draft; },
 * };
 * ```
 */
export interface OutletParserSpec extends KnownOutlet {
  /** The parser's own version, reported in `article.parser.version`. */
  readonly version: string;
  /** Reads the page's regions and fields into the draft. Must not throw on odd pages: leave fields empty. */
  extract(page: Page, context: ExtractContext): ArticleDraft;
}

/**
 * A defined outlet parser (see {@link defineParser}).
 *
 * @example
 * ```ts
 * const registry = createRegistry([turan as OutletParser]);
 * ```
 */
export interface OutletParser extends OutletParserSpec {
  /** Always `'parser'`: tells parsers from fingerprint-only outlets. */
  readonly kind: 'parser';
}

/**
 * One matched signal: what matched, where, and what it weighs.
 *
 * @example
 * ```ts
 * const e: Evidence = { signal: 'dateline', weight: 0.9, text: 'Baku/06.10.23/Turan:', offset: 120 };
 * ```
 */
export interface Evidence {
  signal: string;
  weight: number;
  /** The signal's kind (see {@link Signal.kind}). */
  kind: 'structure' | 'mention';
  /** The matched text. */
  text: string;
  /** Offset of the match in the input string. */
  offset: number;
}

/**
 * An outlet's detection result: its score in 0..1 (the noisy-OR of its matched signals) and the evidence.
 *
 * @example
 * ```ts
 * const best: Detection = detectOutlet(text)[0]!;
 * best.outlet; best.score; best.evidence;
 * ```
 */
export interface Detection {
  outlet: string;
  score: number;
  /** False for outlets recognised without a parser. */
  parsable: boolean;
  evidence: Evidence[];
  /** Unique markers (see {@link Signal.unique}) that the page holds more than once, with their second place. */
  repeated: Evidence[];
}

/**
 * Options of `parseArticle` / `safeParseArticle`.
 *
 * @example
 * ```ts
 * parseArticle(text, { outlet: 'turan', entities: false, referenceDate: new Date('2024-03-06') });
 * ```
 */
export interface ParseOptions {
  /** Skip detection and use this outlet's parser. An unknown id is an `unknown_outlet` error. */
  outlet?: string;
  /**
   * The lowest detection score accepted; below it the page is refused as `unknown_outlet`.
   * @default 0.5
   */
  minConfidence?: number;
  /**
   * The day relative dates in the body are resolved from when the page gives no publication date.
   * @default undefined (such dates stay unresolved, and `messages` says so)
   */
  referenceDate?: Date | string;
  /**
   * Find entity hints. `false` skips the work and returns `entities: []`.
   * @default true
   */
  entities?: boolean;
  /**
   * Extra gazetteer entries for entity hints, looked up before the built-in ones: names the built-in
   * gazetteer lacks (`{ type: 'organization', name: 'Lakeshore University', variants: ['LU'], country: 'US' }`).
   * `variants` are other spellings; `caseSensitive` matches only the exact letter case; `country` is an
   * ISO 3166-1 alpha-2 code.
   * @default undefined (the built-in gazetteer only)
   */
  gazetteer?: readonly {
    type: EntityHint['type'];
    name: string;
    variants?: readonly string[];
    country?: string;
    caseSensitive?: boolean;
  }[];
  /**
   * Find dates mentioned in the body. `false` skips the work and returns `dates: []`.
   * @default true
   */
  dates?: boolean;
  /**
   * The longest input accepted, in UTF-16 code units; `Infinity` for no limit.
   * @default 2_000_000
   */
  maxInputLength?: number;
}

/**
 * What an enricher sees: the finished article fields, without entities and dates yet.
 *
 * @example
 * ```ts
 * const input: EnrichInput = { article, options: {} };
 * ```
 */
export interface EnrichInput {
  readonly article: Readonly<Omit<Article, 'entities' | 'dates'>>;
  readonly options: Readonly<ParseOptions>;
}

/**
 * What an enricher adds.
 *
 * @example
 * ```ts
 * const out: EnrichOutput = { entities: [], messages: [] };
 * ```
 */
export interface EnrichOutput {
  entities?: EntityHint[];
  dates?: DateMention[];
  messages?: ParseMessage[];
}

/**
 * Outlet-independent enrichment of an article's body (entity hints, mentioned dates).
 *
 * @example
 * ```ts
 * const noop: Enricher = { id: 'noop', enrich: () => ({}) };
 * ```
 */
export interface Enricher {
  readonly id: string;
  /** Reads the article and returns what it adds; must not throw. */
  enrich(input: EnrichInput): EnrichOutput;
}

/**
 * The result of `safeParseArticle`: zod-style, never thrown.
 *
 * @example
 * ```ts
 * const r: SafeParseResult = safeParseArticle(text);
 * if (r.success) console.log(r.data.headline); else console.log(r.error.code);
 * ```
 */
export type SafeParseResult =
  | { success: true; data: Article; error?: undefined }
  | { success: false; error: ArticleParseError; data?: undefined };
