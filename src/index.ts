/**
 * az-news-parsers: typed, validated `Article` records from the scraped text of Azerbaijani news pages.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'az-news-parsers';
 * const article = parseArticle(pageText);
 * ```
 *
 * @packageDocumentation
 */

export {
  ARTICLE_PARSE_ERROR_CODES,
  ArticleParseError,
  type ArticleParseErrorCode,
  type ArticleParseErrorDetails,
  type DetectionSummary,
  isArticleParseError,
} from './article/errors.js';
export { articleJsonSchema } from './article/json-schema.js';
export {
  type Article,
  ArticleSchema,
  type Dateline,
  DatelineSchema,
  type DateMention,
  DateMentionSchema,
  type EntityHint,
  EntityHintSchema,
  type EntityType,
  EntityTypeSchema,
  type Image,
  ImageSchema,
  type Language,
  LanguageSchema,
  type Mention,
  MentionSchema,
  type ParseMessage,
  ParseMessageSchema,
  type ParserInfo,
  ParserInfoSchema,
  PublishedSourceSchema,
  type PublishedTime,
  PublishedTimeSchema,
  type RelatedItem,
  RelatedItemSchema,
  type Span,
  SpanSchema,
} from './article/schema.js';
export { type DateMentionOptions, dateEnricher, extractDateMentions } from './dates/mentions.js';
export {
  type ExtractEntitiesOptions,
  entityEnricher,
  extractEntities,
  type GazetteerEntry,
  type GazetteerType,
} from './entities/index.js';
export type { CrawlerMarker } from './extract/crawler-marker.js';
export {
  apa,
  azernews,
  azertac,
  caliber,
  ednews,
  foreignOutlets,
  newsaz,
  outlets,
  report,
  trend,
  turan,
} from './outlets/index.js';
export {
  defaultEnrichers,
  defaultRegistry,
  detectOutlet,
  parseArticle,
  safeParseArticle,
} from './registry/default.js';
export { CAPITALS, defineKnownOutlet, defineParser } from './registry/define.js';
export { ArticleDraft, type DraftField, type Where } from './registry/draft.js';
export { DEFAULT_MAX_INPUT_LENGTH } from './registry/input.js';
export { createPage } from './registry/page.js';
export {
  CLOSE_RUNNER_UP,
  createRegistry,
  DEFAULT_MIN_CONFIDENCE,
  type Registry,
  type RegistryOptions,
} from './registry/registry.js';
export type {
  Detection,
  Enricher,
  EnrichInput,
  EnrichOutput,
  Evidence,
  ExtractContext,
  KnownOutlet,
  OutletParser,
  OutletParserSpec,
  Page,
  ParseOptions,
  SafeParseResult,
  Signal,
} from './registry/types.js';
export { detectLanguage } from './text/language.js';
export { type NormalizedText, normalizeText } from './text/normalize.js';
export { splitRunTogether } from './text/sentences.js';
export { type Line, SourceText } from './text/source-text.js';
