/**
 * The registry: detection by fingerprint, then the chosen outlet's parser, the shared rules, enrichment and
 * validation. `parse` and `safeParse` share one implementation (like zod's).
 *
 * @module
 */

import { conformsToArticle } from '../article/conforms.js';
import { ArticleParseError, type DetectionSummary, isArticleParseError } from '../article/errors.js';
import { type Article, ArticleSchema } from '../article/schema.js';
import { SourceText } from '../text/source-text.js';
import { createDetector, structuralScore } from './detect.js';
import { ArticleDraft } from './draft.js';
import { finishDraft } from './finish.js';
import { checkInput, DEFAULT_MAX_INPUT_LENGTH } from './input.js';
import { createPage } from './page.js';
import type {
  Detection,
  Enricher,
  Evidence,
  KnownOutlet,
  OutletParser,
  ParseOptions,
  SafeParseResult,
} from './types.js';

/**
 * How far apart the best two scores must be for the choice to be called clear.
 *
 * @example
 * ```ts
 * if (best.score - second.score < CLOSE_RUNNER_UP) console.warn('ambiguous page');
 * ```
 */
export const CLOSE_RUNNER_UP = 0.15;

/**
 * The default lowest detection score a page needs to be parsed.
 *
 * @example
 * ```ts
 * parseArticle(text, { minConfidence: DEFAULT_MIN_CONFIDENCE + 0.2 });
 * ```
 */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/**
 * Options of {@link createRegistry}.
 *
 * @example
 * ```ts
 * createRegistry([turan], { known: foreignOutlets, enrichers: [] });
 * ```
 */
export interface RegistryOptions {
  /** Outlets recognised without a parser: their pages are refused instead of mistaken for another's. */
  known?: readonly KnownOutlet[];
  /** Enrichment run on every parsed article (entity hints, mentioned dates). @default [] */
  enrichers?: readonly Enricher[];
}

/**
 * A set of outlet parsers with detection and parsing over them.
 *
 * @example
 * ```ts
 * const registry = createRegistry([turan, ednews]);
 * registry.detect(text)[0]?.outlet;
 * const result = registry.safeParse(text);
 * ```
 */
export interface Registry {
  /** The parsers, in registration order. */
  readonly parsers: readonly OutletParser[];
  /** Outlets recognised without a parser. */
  readonly known: readonly KnownOutlet[];
  /** The parser with this id, if registered. */
  get(id: string): OutletParser | undefined;
  /** Every outlet's score with its evidence, best first. */
  detect(text: string): Detection[];
  /** Parses a page; throws {@link ArticleParseError}. */
  parse(text: unknown, options?: ParseOptions): Article;
  /** Parses a page; never throws. */
  safeParse(text: unknown, options?: ParseOptions): SafeParseResult;
  /** A new registry with more parsers (a parser with an existing id replaces it). */
  extend(parsers: readonly OutletParser[], options?: RegistryOptions): Registry;
}

/**
 * Creates a registry over outlet parsers.
 *
 * @example
 * ```ts
 * import { createRegistry, defaultRegistry } from 'az-news-parsers';
 * import { turan } from 'az-news-parsers/outlets/turan';
 * const onlyTuran = createRegistry([turan]);
 * const withMine = defaultRegistry.extend([myOutlet]);
 * ```
 */
export function createRegistry(parsers: readonly OutletParser[], options: RegistryOptions = {}): Registry {
  const byId = new Map<string, OutletParser>();
  for (const p of parsers) {
    if (p.kind !== 'parser') throw new TypeError(`not a parser made by defineParser: ${String(p.id)}`);
    byId.set(p.id, p);
  }
  const list = Object.freeze([...byId.values()]);
  const known = Object.freeze((options.known ?? []).filter((k) => !byId.has(k.id)));
  const enrichers = Object.freeze([...(options.enrichers ?? [])]);
  const detector = createDetector(list, known);

  const parse = (text: unknown, opts: ParseOptions = {}): Article => {
    const input = checkInput(text, opts.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH);
    const source = SourceText.from(input);
    const { parser, confidence, doubts } = choose(source, opts);
    try {
      return build(parser, source, confidence, doubts, opts);
    } catch (e) {
      if (isArticleParseError(e)) throw e;
      throw new ArticleParseError('internal', `The ${parser.id} parser failed: ${String(e)}`, { cause: e });
    }
  };

  const choose = (source: SourceText, opts: ParseOptions): Choice => {
    if (opts.outlet !== undefined) {
      const parser = byId.get(opts.outlet);
      if (!parser) {
        throw new ArticleParseError(
          'unknown_outlet',
          `No parser with id "${opts.outlet}"; registered: ${list.map((p) => p.id).join(', ')}.`,
        );
      }
      return { parser, confidence: 1, doubts: [] };
    }
    const detections = detector.detect(source);
    const best = detections[0];
    const minConfidence = opts.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    const parser = best?.parsable ? byId.get(best.outlet) : undefined;
    if (!best || !parser || best.score < minConfidence) {
      throw new ArticleParseError('unknown_outlet', refusal(best, minConfidence), {
        candidates: detections.map(summary),
      });
    }
    const { confidence, doubts } = weighDoubts(best, detections.slice(1), minConfidence);
    return { parser, confidence, doubts };
  };

  const build = (
    parser: OutletParser,
    source: SourceText,
    confidence: number,
    doubts: readonly Doubt[],
    opts: ParseOptions,
  ): Article => {
    const page = createPage(source);
    const draft = parser.extract(page, { draft: new ArticleDraft(page) });
    for (const doubt of doubts) draft.note(doubt.ruleId, 'warning', doubt.message);
    const { language } = finishDraft(draft, parser.name);
    const body = draft.paragraphs.join('\n\n');
    // One object literal with the keys in the schema's order (the order zod's copy has, so JSON output is the
    // same either way); the enrichers see it before its entities and dates are filled in.
    const article: Article = {
      outlet: parser.id,
      language,
      headline: draft.headline,
      published: draft.published,
      dateline: draft.dateline,
      authors: draft.authors,
      section: draft.section,
      tags: draft.tags,
      image: draft.image,
      paywalled: draft.paywalled,
      paragraphs: draft.paragraphs,
      body,
      related: draft.related,
      entities: [],
      dates: [],
      provenance: draft.provenance,
      messages: draft.messages,
      parser: { id: parser.id, version: parser.version, confidence },
    };
    for (const enricher of enrichers) {
      const out = enricher.enrich({ article, options: opts });
      if (out.entities) article.entities = out.entities;
      if (out.dates) article.dates = out.dates;
      if (out.messages) article.messages.push(...out.messages);
    }
    // An article that is exactly schema-shaped is returned as it is; anything else goes through zod, which
    // drops unknown keys or reports what is wrong (see conforms.ts).
    if (conformsToArticle(article)) return article;
    const checked = ArticleSchema.safeParse(article);
    if (!checked.success) {
      const issues = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new ArticleParseError(
        'internal',
        `The ${parser.id} parser produced an invalid article (a bug): ${issues[0]}`,
        {
          issues,
        },
      );
    }
    return checked.data;
  };

  const registry: Registry = {
    parsers: list,
    known,
    get: (id) => byId.get(id),
    detect: (text) => detector.detect(SourceText.from(typeof text === 'string' ? text : '')),
    parse,
    safeParse(text, opts) {
      try {
        return { success: true, data: parse(text, opts) };
      } catch (e) {
        const error = isArticleParseError(e)
          ? e
          : new ArticleParseError('internal', `Unexpected failure: ${String(e)}`, { cause: e });
        return { success: false, error };
      }
    },
    extend: (more, extra = {}) =>
      createRegistry([...list, ...more], {
        known: [...known, ...(extra.known ?? [])],
        enrichers: extra.enrichers ?? enrichers,
      }),
  };
  return Object.freeze(registry);
}

interface Doubt {
  ruleId: string;
  message: string;
}

interface Choice {
  parser: OutletParser;
  confidence: number;
  doubts: Doubt[];
}

/**
 * What speaks against the chosen outlet: a close runner-up, another outlet's structural markers on the page
 * (a pasted footer, a second page glued on), or the chosen outlet's once-per-page markers seen twice. Each
 * becomes a message, and the confidence is lowered by the strongest of them, so that a confidently wrong
 * answer is never reported as certain.
 */
function weighDoubts(
  best: Detection,
  others: Detection[],
  minConfidence: number,
): { confidence: number; doubts: Doubt[] } {
  const doubts: Doubt[] = [];
  let penalty = 0;
  const second = others[0];
  if (second && second.score >= minConfidence && best.score - second.score < CLOSE_RUNNER_UP) {
    doubts.push({
      ruleId: 'detect/close-runner-up',
      message: `${second.outlet} scored ${second.score} against ${best.outlet}'s ${best.score} (${describe(second.evidence)}).`,
    });
  }
  for (const other of others) {
    const structural = structuralScore(other);
    if (structural === 0) continue;
    penalty = Math.max(penalty, structural);
    const markers = other.evidence.filter((e) => e.kind === 'structure');
    doubts.push({
      ruleId: 'detect/conflicting-markers',
      message: `The page also carries ${other.outlet}'s markers: ${describe(markers)}. Another page's text may be mixed in.`,
    });
  }
  if (best.repeated.length > 0) {
    penalty = Math.max(penalty, 0.5);
    doubts.push({
      ruleId: 'detect/repeated-markers',
      message: `Markers that appear once per page appear twice (${describe(best.repeated)}): two pages may be glued together.`,
    });
  }
  return { confidence: Math.round(best.score * (1 - penalty / 2) * 1000) / 1000, doubts };
}

function describe(evidence: readonly Evidence[]): string {
  return evidence.map((e) => `${e.signal} "${e.text.trim().slice(0, 40)}" at ${e.offset}`).join(', ');
}

function summary(d: Detection): DetectionSummary {
  return { outlet: d.outlet, score: d.score, parsable: d.parsable };
}

function refusal(best: Detection | undefined, minConfidence: number): string {
  if (!best || best.score === 0) return 'No outlet recognises this page.';
  if (!best.parsable)
    return `The page looks like ${best.outlet} (score ${best.score}), which this library does not parse.`;
  return `No outlet recognises this page well enough: the best, ${best.outlet}, scored ${best.score} (minConfidence ${minConfidence}).`;
}
