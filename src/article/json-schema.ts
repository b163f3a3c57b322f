/**
 * The `Article` contract as JSON Schema, for users who read the library's output from other languages.
 *
 * @module
 */
// The namespace import lets bundlers drop the parts of zod the schemas do not use (its locales above all).
import * as z from 'zod';
import { ArticleSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of {@link ArticleSchema}'s output, made from the zod schema so the two never
 * drift apart. Cross-field rules (body equals the joined paragraphs, mention offsets match the body) are
 * described in the field descriptions but cannot be expressed in JSON Schema. The build also writes it to the
 * package as `az-news-parsers/article.schema.json`.
 *
 * @example
 * ```ts
 * import { articleJsonSchema } from 'az-news-parsers';
 * const schema = articleJsonSchema();
 * schema.required; // ['outlet', 'language', 'headline', …]
 * ```
 */
export function articleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://unpkg.com/az-news-parsers/dist/article.schema.json',
    title: 'Article',
    description: 'An article read off the scraped text of one Azerbaijani news page by az-news-parsers.',
  };
}
