/**
 * The default registry and the top-level functions bound to it.
 *
 * @module
 */
import type { Article } from '../article/schema.js';
import { dateEnricher } from '../dates/mentions.js';
import { entityEnricher } from '../entities/index.js';
import { foreignOutlets, outlets } from '../outlets/index.js';
import { createRegistry, type Registry } from './registry.js';
import type { Detection, Enricher, ParseOptions, SafeParseResult } from './types.js';

/**
 * The enrichers the default registry runs on every article.
 *
 * @example
 * ```ts
 * createRegistry([turan], { enrichers: defaultEnrichers });
 * ```
 */
export const defaultEnrichers: readonly Enricher[] = [entityEnricher, dateEnricher];

/**
 * The registry with the Turan, Azernews, EDnews and News.az parsers, Trend/Report/APA/AZERTAC/Caliber
 * recognised (and refused), and the default enrichers.
 *
 * @example
 * ```ts
 * defaultRegistry.parsers.map((p) => p.id); // ['turan', 'azernews', 'ednews', 'newsaz']
 * ```
 */
// Pure: a bundle that imports only createRegistry and one outlet leaves the default registry (and its
// enrichers) out.
export const defaultRegistry: Registry = /* @__PURE__ */ createRegistry(outlets, {
  known: foreignOutlets,
  enrichers: defaultEnrichers,
});

/**
 * Parses the scraped text of a news page into a validated {@link Article}. Throws an `ArticleParseError`
 * (see its `code`) when the page cannot be parsed.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'az-news-parsers';
 * const article = parseArticle(pageText);
 * console.log(article.outlet, article.headline, article.published?.iso);
 * ```
 */
export function parseArticle(text: string, options?: ParseOptions): Article {
  return defaultRegistry.parse(text, options);
}

/**
 * Like {@link parseArticle}, but never throws: returns `{ success: true, data }` or
 * `{ success: false, error }` (an `ArticleParseError` with a `code`), for any input of any type.
 *
 * @example
 * ```ts
 * const result = safeParseArticle(pageText);
 * if (result.success) console.log(result.data.headline);
 * else console.error(result.error.code, result.error.message);
 * ```
 */
export function safeParseArticle(text: unknown, options?: ParseOptions): SafeParseResult {
  return defaultRegistry.safeParse(text, options);
}

/**
 * Scores the page against every outlet's fingerprint, best first, with the evidence behind each score.
 *
 * @example
 * ```ts
 * const [best] = detectOutlet(pageText);
 * console.log(best?.outlet, best?.score, best?.evidence.map((e) => e.signal));
 * ```
 */
export function detectOutlet(text: string): Detection[] {
  return defaultRegistry.detect(text);
}
