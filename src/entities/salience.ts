/**
 * Salience: how central an entity is to the article, in 0..1, from how often it is mentioned, how early it is
 * first mentioned, and whether the headline names it.
 *
 * @module
 */

/**
 * What salience is computed from.
 *
 * @example
 * ```ts
 * const s: SalienceInput = { mentions: 4, adjectives: 1, first: 0, length: 2400, headline: 1 };
 * ```
 */
export interface SalienceInput {
  /** Mentions by name in the body. */
  readonly mentions: number;
  /** Mentions by adjective only (`Turkish`): each counts half. */
  readonly adjectives: number;
  /** Offset of the first mention in the body. */
  readonly first: number;
  /** Length of the body. */
  readonly length: number;
  /** Mentions in the headline. */
  readonly headline: number;
}

/**
 * Frequency (saturating), first position and a headline mention, weighted 0.5 / 0.25 / 0.25, rounded to three
 * decimals.
 *
 * @example
 * ```ts
 * salience({ mentions: 6, adjectives: 0, first: 0, length: 1000, headline: 1 }); // 0.932
 * salience({ mentions: 1, adjectives: 0, first: 900, length: 1000, headline: 0 }); // 0.167
 * ```
 */
export function salience(x: SalienceInput): number {
  const n = x.mentions + x.adjectives / 2;
  const frequency = 1 - Math.exp(-n / 3);
  const position = x.length > 0 ? 1 - Math.min(1, x.first / x.length) : 0;
  const headline = x.headline > 0 ? 1 : 0;
  const s = 0.5 * frequency + 0.25 * position + 0.25 * headline;
  return Math.round(Math.min(1, Math.max(0, s)) * 1000) / 1000;
}
