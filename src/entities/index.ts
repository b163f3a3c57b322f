/**
 * Entity hints: the people, organisations, places, events, documents and legal references an article names,
 * with every mention in `body`, canonical names, roles, titles, countries, aliases and salience.
 *
 * Pure and isomorphic: module-level precompiled tables and patterns only, no I/O.
 *
 * @example
 * ```ts
 * import { extractEntities } from 'az-news-parsers';
 * extractEntities('Colonel General Z.Hasanov met Army General M. Tokel in Baku.').map((e) => e.name);
 * // ['Z. Hasanov', 'M. Tokel', 'Baku']
 * ```
 *
 * @module
 */
import type { EntityHint } from '../article/schema.js';
import { PLACE_NOUNS } from '../data/gazetteer/index.js';
import type { GazetteerEntry } from '../data/gazetteer/types.js';
import type { Enricher } from '../registry/types.js';
import { type Candidate, STRENGTH } from './candidate.js';
import {
  type Cluster,
  clusterOthers,
  clusterPersons,
  finishCluster,
  newCluster,
  resolveOverlaps,
} from './coreference.js';
import { type Lexicon, withExtraEntries } from './lexicon.js';
import {
  createScan,
  describedDocumentCandidates,
  eventNumberCandidates,
  gazetteerCandidates,
  headPhraseCandidates,
  lawArticleCandidates,
  ministryCandidates,
  organizationNounCandidates,
  placeNounCandidates,
  quotedCandidates,
  type Scan,
} from './patterns.js';
import { personCandidates, surnameKey, surnameMentions } from './persons.js';
import { salience } from './salience.js';
import { mark, scratch, sortSmall } from './small.js';

/**
 * Options of {@link extractEntities}.
 *
 * @example
 * ```ts
 * const opts: ExtractEntitiesOptions = {
 *   headline: 'Azerbaijan, Türkiye mull military cooperation',
 *   gazetteer: [{ type: 'organization', name: 'Lakeshore University', country: 'US' }],
 * };
 * ```
 */
export interface ExtractEntitiesOptions {
  /**
   * The article's headline: its mentions count toward salience (mentions themselves point only into the body).
   * @default null
   */
  headline?: string | null;
  /**
   * Extra gazetteer entries, looked up before the built-in ones.
   * @default undefined (the built-in gazetteer only)
   */
  gazetteer?: readonly GazetteerEntry[];
}

// Per-token marks, reused across calls (see `scratch`): they are only used within one synchronous
// `findMentions` call, and the headline's call comes after the body's has returned.
const ministryScratch = /* @__PURE__ */ scratch((n) => new Uint8Array(n));
const coveredScratch = /* @__PURE__ */ scratch((n) => new Uint8Array(n));

/** Appends every item of `from` to `to` (no spread, no intermediate array). */
function append<T>(to: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i] as T);
}

/** Every mention in a text, overlaps resolved. */
function findMentions(text: string, lex: Lexicon): { mentions: Candidate[]; lower: string | null } {
  const scan = createScan(text, lex);
  const { tokens } = scan;
  const n = tokens.length;
  const inMinistry = ministryScratch(n + 1);
  const covered = coveredScratch(n + 1);
  const all: Candidate[] = [];
  const laws: Candidate[] = [];
  // A town that is also a surname after a given name is the surname (`Murad Ismayilli`).
  for (const c of gazetteerCandidates(scan)) {
    if (isLonePlace(scan, c) && givenNameBefore(scan, c.t0)) continue;
    all.push(c);
    if (c.type === 'law') laws.push(c);
  }
  const ministries = ministryCandidates(scan);
  for (const m of ministries) mark(inMinistry, m.t0, m.t1, 1);
  append(all, ministries);
  const heads = headPhraseCandidates(scan, (i) => inMinistry[i] === 1);
  for (const c of heads) if (c.type === 'law') laws.push(c);
  append(all, heads);
  // The rest append to `all` in place (no list of their own to copy over).
  eventNumberCandidates(scan, all);
  quotedCandidates(scan, all);
  placeNounCandidates(scan, all);
  organizationNounCandidates(scan, all);
  describedDocumentCandidates(scan, all);
  lawArticleCandidates(scan, laws, all);
  const others = resolveOverlaps(all);
  for (const c of others) mark(covered, c.t0, c.t1, 1);
  // Name words are never inside other mentions, so persons do not overlap them.
  const persons = resolveOverlaps(personCandidates(scan, covered));
  for (const p of persons) mark(covered, p.t0, p.t1, 1);
  const surnames = new Set<string>();
  for (const p of persons) {
    const surname = p.person?.surname ?? p.name;
    surnames.add(surnameKey(surname));
    surnames.add(surname.toLowerCase());
  }
  // The same town word alone, once it is a person's surname, is that person (`the pair of Ismayilli and …`).
  const mentions: Candidate[] = [];
  for (const c of others) {
    const surname = surnames.size > 0 && isLonePlace(scan, c) && surnames.has(surnameKey(text.slice(c.start, c.end)));
    if (surname && !PLACE_NOUNS.has(tokens[c.t1]?.lc ?? '')) {
      mark(covered, c.t0, c.t1, 0);
      continue;
    }
    mentions.push(c);
  }
  append(mentions, persons);
  append(mentions, surnameMentions(scan, covered, surnames));
  return { mentions, lower: scan.lower };
}

/** A whole one-word place that is not a country (a town, a district). */
function isLonePlace(scan: Scan, c: Candidate): boolean {
  const t = scan.tokens[c.t0];
  // The key, a string to read, is tested last.
  return (
    c.type === 'place' &&
    c.t1 - c.t0 === 1 &&
    !c.demonym &&
    t !== undefined &&
    c.start === t.start &&
    c.end === t.end &&
    !c.key.startsWith('country:')
  );
}

/** A known given name right before token `i` (that is not itself a place's name). */
function givenNameBefore(scan: Scan, i: number): boolean {
  const prev = scan.tokens[i - 1];
  return prev?.cap === true && scan.lex.givenNames.has(prev.lc) && !scan.lex.singleWords.has(prev.lc);
}

/**
 * How often the headline names each cluster; what it names that the body does not (known places,
 * institutions, events) becomes a cluster of its own without mentions.
 *
 * A headline has a handful of mentions, so each is matched by a search over the clusters (the last match
 * wins, as a map filled in cluster order would give) rather than by maps of every cluster built up front.
 */
function headlineHits(headline: string | null | undefined, lex: Lexicon, clusters: Cluster[]): Map<Cluster, number> {
  const hits = new Map<Cluster, number>();
  if (!headline) return hits;
  const { mentions } = findMentions(headline, lex);
  // Clusters from the body; those the headline adds are found by key only.
  const known = clusters.length;
  let surnames: (string | null)[] | null = null;
  for (const c of mentions) {
    let k: Cluster | undefined;
    if (c.type === 'person') {
      surnames ??= surnameKeys(clusters);
      const key = surnameKey(c.person?.surname ?? c.name);
      for (let i = known - 1; i >= 0 && !k; i--) if (surnames[i] === key) k = clusters[i];
    } else {
      for (let i = clusters.length - 1; i >= 0 && !k; i--) if ((clusters[i] as Cluster).key === c.key) k = clusters[i];
      if (!k && c.ministry) {
        for (let i = known - 1; i >= 0 && !k; i--) if (topicOf(clusters[i] as Cluster) === c.ministry) k = clusters[i];
      }
    }
    if (!k && c.type !== 'person' && !c.demonym && c.strength >= STRENGTH.gazetteer) {
      k = newCluster(c);
      clusters.push(k);
    }
    if (k) hits.set(k, (hits.get(k) ?? 0) + 1);
  }
  return hits;
}

/** By cluster: the surname key of a person's first mention (`null` for other clusters). */
function surnameKeys(clusters: readonly Cluster[]): (string | null)[] {
  const keys: (string | null)[] = [];
  for (const k of clusters) {
    const last = k.type === 'person' ? k.mentions[0]?.person?.surname : undefined;
    keys.push(last ? surnameKey(last) : null);
  }
  return keys;
}

/** The ministry field of a cluster's first ministry mention. */
function topicOf(k: Cluster): string | undefined {
  for (const m of k.mentions) if (m.ministry) return m.ministry;
  return undefined;
}

/**
 * Finds the entity hints of a body: every mention with offsets into `body` (`body.slice(start, end) === text`),
 * grouped into entities with a canonical name, sorted by salience (highest first, then by first mention).
 *
 * @example
 * ```ts
 * const body = 'Azerbaijan’s Defense Minister, Colonel General Zakir Hasanov received Army General M. Tokel. Hasanov noted …';
 * const [hasanov] = extractEntities(body, { headline: 'Hasanov receives Turkish delegation' });
 * hasanov?.name;  // 'Zakir Hasanov'
 * hasanov?.role;  // 'Minister of Defense'
 * hasanov?.title; // 'Colonel General'
 * hasanov?.country; // 'AZ'
 * ```
 */
export function extractEntities(body: string, opts: ExtractEntitiesOptions = {}): EntityHint[] {
  if (!body) return [];
  const lex = withExtraEntries(opts.gazetteer);
  const { mentions, lower } = findMentions(body, lex);
  const clusters = clusterPersons(mentions);
  append(clusters, clusterOthers(mentions));
  const hits = headlineHits(opts.headline, lex, clusters);
  const hints: EntityHint[] = [];
  const firsts: number[] = [];
  for (const k of clusters) {
    const { mentions: ms, aliases } = finishCluster(k, body, lower);
    const inHeadline = hits.get(k) ?? 0;
    if (ms.length === 0 && inHeadline === 0) continue;
    const first = ms[0]?.start ?? body.length;
    let adjectives = 0;
    for (const m of k.mentions) if (m.demonym) adjectives++;
    // Optional fields are assigned in the contract's key order (type, name, mentions, role, title, country,
    // aliases, salience), without spreading temporary objects.
    const hint: EntityHint = { type: k.type, name: k.name, mentions: ms };
    if (k.role) hint.role = k.role;
    if (k.title) hint.title = k.title;
    if (k.country) hint.country = k.country;
    if (aliases.length) hint.aliases = aliases;
    hint.salience = salience({
      mentions: ms.length - adjectives,
      adjectives,
      first,
      length: body.length,
      headline: inHeadline,
    });
    hints.push(hint);
    firsts.push(first);
  }
  return bySalience(hints, firsts);
}

/** The hints by salience (highest first), then by first mention; ties keep their order. */
function bySalience(hints: EntityHint[], firsts: readonly number[]): EntityHint[] {
  const order: number[] = [];
  for (let i = 0; i < hints.length; i++) order.push(i);
  sortSmall(
    order,
    (a, b) =>
      ((hints[b] as EntityHint).salience ?? 0) - ((hints[a] as EntityHint).salience ?? 0) ||
      (firsts[a] as number) - (firsts[b] as number),
  );
  const out: EntityHint[] = [];
  for (const i of order) out.push(hints[i] as EntityHint);
  return out;
}

/**
 * The enricher that adds `entities` to every parsed article (nothing when `options.entities === false`).
 * Extra gazetteer entries come from `options.gazetteer`.
 *
 * @example
 * ```ts
 * import { createRegistry, entityEnricher, foreignOutlets, outlets } from 'az-news-parsers';
 * const registry = createRegistry(outlets, { known: foreignOutlets, enrichers: [entityEnricher] });
 * registry.parse(pageText).entities;
 * ```
 */
export const entityEnricher: Enricher = {
  id: 'entities',
  enrich({ article, options }) {
    if (options.entities === false) return {};
    return {
      entities: extractEntities(article.body, {
        headline: article.headline,
        ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}),
      }),
    };
  },
};

export type { GazetteerEntry, GazetteerType } from '../data/gazetteer/types.js';
