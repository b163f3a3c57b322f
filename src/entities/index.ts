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

/** Every mention in a text, overlaps resolved. */
function findMentions(text: string, lex: Lexicon): { mentions: Candidate[]; lower: string | null } {
  const scan = createScan(text, lex);
  const { tokens } = scan;
  // A town that is also a surname after a given name is the surname (`Murad Ismayilli`).
  const gaz = gazetteerCandidates(scan).filter((c) => !(isLonePlace(scan, c) && givenNameBefore(scan, c.t0)));
  const ministries = ministryCandidates(scan);
  const inMinistry = new Uint8Array(tokens.length);
  for (const m of ministries) inMinistry.fill(1, m.t0, m.t1);
  const heads = headPhraseCandidates(scan, (i) => inMinistry[i] === 1);
  const laws = [...gaz, ...heads].filter((c) => c.type === 'law');
  let others = resolveOverlaps([
    ...gaz,
    ...ministries,
    ...heads,
    ...eventNumberCandidates(scan),
    ...quotedCandidates(scan),
    ...placeNounCandidates(scan),
    ...organizationNounCandidates(scan),
    ...describedDocumentCandidates(scan),
    ...lawArticleCandidates(scan, laws),
  ]);
  const covered = new Uint8Array(tokens.length);
  for (const c of others) covered.fill(1, c.t0, c.t1);
  // Name words are never inside other mentions, so persons do not overlap them.
  const persons = resolveOverlaps(personCandidates(scan, covered));
  for (const p of persons) covered.fill(1, p.t0, p.t1);
  const surnames = new Set<string>();
  for (const p of persons) {
    const surname = p.person?.surname ?? p.name;
    surnames.add(surnameKey(surname));
    surnames.add(surname.toLowerCase());
  }
  // The same town word alone, once it is a person's surname, is that person (`the pair of Ismayilli and …`).
  others = others.filter((c) => {
    const surname = isLonePlace(scan, c) && surnames.has(surnameKey(text.slice(c.start, c.end)));
    if (surname && !PLACE_NOUNS.has(tokens[c.t1]?.lc ?? '')) {
      covered.fill(0, c.t0, c.t1);
      return false;
    }
    return true;
  });
  const bare = surnameMentions(scan, covered, surnames);
  return { mentions: [...others, ...persons, ...bare], lower: scan.lower };
}

/** A whole one-word place that is not a country (a town, a district). */
function isLonePlace(scan: Scan, c: Candidate): boolean {
  const t = scan.tokens[c.t0];
  return (
    c.type === 'place' &&
    c.t1 - c.t0 === 1 &&
    !c.demonym &&
    !c.key.startsWith('country:') &&
    t !== undefined &&
    c.start === t.start &&
    c.end === t.end
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
 */
function headlineHits(headline: string | null | undefined, lex: Lexicon, clusters: Cluster[]): Map<Cluster, number> {
  const hits = new Map<Cluster, number>();
  if (!headline) return hits;
  const byKey = new Map<string, Cluster>();
  const bySurname = new Map<string, Cluster>();
  const byMinistry = new Map<string, Cluster>();
  for (const k of clusters) {
    byKey.set(k.key, k);
    if (k.type === 'person') {
      const last = k.mentions[0]?.person?.surname;
      if (last) bySurname.set(surnameKey(last), k);
    }
    const topic = k.mentions.find((m) => m.ministry)?.ministry;
    if (topic) byMinistry.set(topic, k);
  }
  for (const c of findMentions(headline, lex).mentions) {
    let k =
      c.type === 'person'
        ? bySurname.get(surnameKey(c.person?.surname ?? c.name))
        : (byKey.get(c.key) ?? (c.ministry ? byMinistry.get(c.ministry) : undefined));
    if (!k && c.type !== 'person' && !c.demonym && c.strength >= STRENGTH.gazetteer) {
      k = newCluster(c);
      byKey.set(c.key, k);
      clusters.push(k);
    }
    if (k) hits.set(k, (hits.get(k) ?? 0) + 1);
  }
  return hits;
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
  const clusters = [...clusterPersons(mentions), ...clusterOthers(mentions)];
  const hits = headlineHits(opts.headline, lex, clusters);
  const out: { hint: EntityHint; first: number }[] = [];
  for (const k of clusters) {
    const { mentions: ms, aliases } = finishCluster(k, body, lower);
    const inHeadline = hits.get(k) ?? 0;
    if (ms.length === 0 && inHeadline === 0) continue;
    const first = ms[0]?.start ?? body.length;
    const adjectives = k.mentions.filter((m) => m.demonym).length;
    const hint: EntityHint = {
      type: k.type,
      name: k.name,
      mentions: ms,
      ...(k.role ? { role: k.role } : {}),
      ...(k.title ? { title: k.title } : {}),
      ...(k.country ? { country: k.country } : {}),
      ...(aliases.length ? { aliases } : {}),
      salience: salience({
        mentions: ms.length - adjectives,
        adjectives,
        first,
        length: body.length,
        headline: inHeadline,
      }),
    };
    out.push({ hint, first });
  }
  out.sort((a, b) => (b.hint.salience ?? 0) - (a.hint.salience ?? 0) || a.first - b.first);
  return out.map((o) => o.hint);
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
