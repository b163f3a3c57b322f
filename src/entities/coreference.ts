/**
 * From mentions to entities: overlapping mentions are resolved (longest first; a country may sit inside an
 * institution's name, an institution inside an event's), then mentions are grouped within the document:
 * `Hasanov`, `Z.Hasanov`, `Minister Hasanov` and `Colonel General Zakir Hasanov` are one person;
 * `Turkey`, `Türkiye` and `Turkish` (only where the country is named) are one place; `the Defense Ministry`
 * after `the Ministry of Defense of Azerbaijan` is the same ministry.
 *
 * @module
 */
import type { EntityType, Mention } from '../article/schema.js';
import type { Candidate, PersonName } from './candidate.js';
import { foldName } from './lexicon.js';
import { surnameKey } from './persons.js';
import { mark, scratch, sortSmall } from './small.js';

/**
 * Mentions grouped into one entity, before salience.
 *
 * @example
 * ```ts
 * const c: Cluster = { type: 'place', key: 'country:TR', name: 'Türkiye', mentions: [], country: 'TR', aliases: [] };
 * ```
 */
export interface Cluster {
  type: EntityType;
  key: string;
  name: string;
  mentions: Candidate[];
  country?: string;
  role?: string;
  title?: string;
  aliases: string[];
}

const LONGER_FORM = /^ (?:of|on|for|in) /;

const NEST: Readonly<Record<EntityType, (outer: Candidate, inner: Candidate) => boolean>> = {
  // A country or city in an institution's name; an institution the gazetteer knows inside a longer name that a
  // pattern found (`Land Forces of the Republic of Türkiye` in `1st Army of the Land Forces of …`).
  organization: (o, c) =>
    c.type === 'place' || c.type === 'event' || (c.type === 'organization' && c.strength > o.strength),
  event: (o, c) => c.type === 'organization' && c.strength > o.strength,
  law: (_o, c) => c.type === 'law',
  document: () => false,
  place: () => false,
  person: () => false,
};

// Who owns each character of the span under review; reused across calls (see `scratch`).
const ownerScratch = /* @__PURE__ */ scratch((n) => new Int32Array(n));

/**
 * Keeps the mentions that do not clash: longer first, then stronger, then earlier. A shorter mention inside a
 * longer one survives only where the longer type allows it (a country in an organisation's name, a code in an
 * article reference). The result is in text order.
 *
 * @example
 * ```ts
 * resolveOverlaps([ministryOfDefenseOfAzerbaijan, azerbaijan]).length; // 2
 * ```
 */
export function resolveOverlaps(cands: readonly Candidate[]): Candidate[] {
  const sorted = sortSmall(cands.slice(), longestFirst);
  let from = Number.POSITIVE_INFINITY;
  let length = 0;
  for (const c of cands) {
    if (c.end > length) length = c.end;
    if (c.start < from) from = c.start;
  }
  if (from > length) from = length;
  // owner[p - from]: one more than the index of the innermost kept mention over position p (0: none). Longer
  // mentions come first, so a shorter one is kept only inside a single owner that allows it, or where nothing
  // is kept yet.
  const owner = ownerScratch(length - from);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const o = (owner[c.start - from] as number) - 1;
    let ok = c.end > c.start;
    for (let p = c.start + 1; p < c.end && ok; p++) if ((owner[p - from] as number) - 1 !== o) ok = false;
    if (!ok) continue;
    if (o >= 0) {
      const k = kept[o] as Candidate;
      if (c.start < k.start || c.end > k.end) continue;
      if (c.start === k.start && c.end === k.end) {
        if (c.type === k.type) {
          k.country ??= c.country;
          if (c.aliases) k.aliases = [...(k.aliases ?? []), ...c.aliases];
        }
        continue;
      }
      if (!NEST[k.type](k, c)) continue;
    }
    mark(owner, c.start - from, c.end - from, kept.length + 1);
    kept.push(c);
  }
  return sortSmall(kept, inTextOrder);
}

const longestFirst = (a: Candidate, b: Candidate): number =>
  b.end - b.start - (a.end - a.start) || b.strength - a.strength || a.start - b.start;
const inTextOrder = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;
const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;

interface PersonCluster extends Cluster {
  surname: string;
  given?: string;
  initial?: string;
  last: number;
}

/**
 * Groups person mentions: full names by surname and given name, initials by surname and initial, surnames
 * alone with the nearest earlier person of that surname (or the only one).
 *
 * @example
 * ```ts
 * clusterPersons(candidates).map((c) => c.name); // ['Zakir Hasanov', 'Muhsin Dere']
 * ```
 */
export function clusterPersons(cands: readonly Candidate[]): Cluster[] {
  const clusters: PersonCluster[] = [];
  const persons: Candidate[] = [];
  for (const c of cands) if (c.type === 'person' && c.person) persons.push(c);
  sortSmall(persons, byStart);
  // Full names and initials first, then surnames alone (each group in text order): two passes over the
  // sorted list instead of two filtered copies joined into a third.
  for (let pass = 0; pass < 2; pass++) {
    for (const c of persons) {
      if (((c.person as PersonName).given.length === 0) === (pass === 0)) continue;
      placePerson(clusters, c);
    }
  }
  // Initials seen before the full name: `Z.Hasanov` then `Zakir Hasanov` join one person.
  for (const k of clusters.slice()) {
    if (k.given) continue;
    let into: PersonCluster | undefined;
    let count = 0;
    for (const o of clusters) {
      if (o !== k && o.surname === k.surname && o.given && (!k.initial || o.given.startsWith(k.initial))) {
        into ??= o;
        count++;
      }
    }
    if (into && count === 1) {
      for (const m of k.mentions) into.mentions.push(m);
      into.role ??= k.role;
      into.title ??= k.title;
      into.country ??= k.country;
      clusters.splice(clusters.indexOf(k), 1);
    }
  }
  return clusters;
}

/** Adds one person mention to its cluster (found by surname and given name or initial) or to a new one. */
function placePerson(clusters: PersonCluster[], c: Candidate): void {
  const p = c.person as PersonName;
  const surname = surnameKey(p.surname);
  const first = p.given[0];
  let target: PersonCluster | undefined;
  if (first && !p.initial) {
    const given = foldName(first);
    target = clusters.find(
      (k) => k.surname === surname && (k.given === given || (!k.given && (!k.initial || given.startsWith(k.initial)))),
    );
    if (target && !target.given) {
      target.given = given;
      target.name = c.name;
    }
  } else if (first && p.initial) {
    target = nearest(clusters, surname, foldName(first), c.start);
  } else {
    target = nearest(clusters, surname, null, c.start);
  }
  if (!target) {
    // Every field present, as in `newCluster`: one object shape for all clusters.
    target = {
      type: 'person',
      key: `person:${surname}:${clusters.length}`,
      name: c.name,
      mentions: [],
      country: undefined,
      role: undefined,
      title: undefined,
      aliases: [],
      surname,
      given: first && !p.initial ? foldName(first) : undefined,
      initial: first && p.initial ? foldName(first) : undefined,
      last: c.start,
    };
    clusters.push(target);
  }
  target.mentions.push(c);
  target.last = Math.max(target.last, c.start);
  absorb(target, c);
}

/**
 * Of the clusters of `surname` (and, given an `initial`, of a given name it may stand for), the one with the
 * latest mention before `offset`, or else the first one.
 */
function nearest(
  clusters: readonly PersonCluster[],
  surname: string,
  initial: string | null,
  offset: number,
): PersonCluster | undefined {
  let first: PersonCluster | undefined;
  let best: PersonCluster | undefined;
  let bestAt = -1;
  for (const k of clusters) {
    if (k.surname !== surname) continue;
    if (initial !== null && !(k.given ? k.given.startsWith(initial) : !k.initial || k.initial === initial)) continue;
    first ??= k;
    let at = -1;
    for (const m of k.mentions) if (m.start < offset && m.start > at) at = m.start;
    if (at > bestAt) {
      best = k;
      bestAt = at;
    }
  }
  return best ?? first;
}

function absorb(cluster: Cluster, c: Candidate): void {
  if (c.role && (!cluster.role || isVaguer(cluster.role, c.role))) cluster.role = c.role;
  cluster.title ??= c.title;
  cluster.country ??= c.country;
  if (c.aliases) cluster.aliases.push(...c.aliases);
}

/** `Minister` is vaguer than `Minister of Defense`. */
function isVaguer(current: string, next: string): boolean {
  return !current.includes(' ') && next.length > current.length && next.toLowerCase().includes(current.toLowerCase());
}

/**
 * Groups the other mentions by key; a ministry named without its country joins the same ministry named with
 * it (the nearest earlier, or the only one); a short institution name joins its longer form
 * (`the Central Bank` → `Central Bank of Azerbaijan`); a country's adjectives (`Turkish`) join it only where
 * the country itself is named.
 *
 * @example
 * ```ts
 * clusterOthers(candidates).map((c) => c.name); // ['Ministry of Defense of Azerbaijan', 'Türkiye', …]
 * ```
 */
export function clusterOthers(cands: readonly Candidate[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  const ministries: Candidate[] = [];
  for (const c of cands) {
    if (c.type === 'person') continue;
    if (c.ministry && c.key.endsWith(':?')) {
      ministries.push(c);
      continue;
    }
    add(byKey, c);
  }
  for (const c of ministries) {
    // The same ministry with a country: the last one first mentioned before `c`, else the only one.
    const prefix = `ministry:${c.ministry}:`;
    let lastBefore: Cluster | undefined;
    let only: Cluster | undefined;
    let same = 0;
    for (const k of byKey.values()) {
      if (!k.key.startsWith(prefix)) continue;
      if (same++ === 0) only = k;
      if ((k.mentions[0]?.start ?? Number.POSITIVE_INFINITY) < c.start) lastBefore = k;
    }
    const target = lastBefore ?? (same === 1 ? only : undefined);
    if (target) {
      target.mentions.push(c);
      if (c.aliases) target.aliases.push(...c.aliases);
    } else add(byKey, c);
  }
  const clusters = [...byKey.values()];
  // A short name joins its longer `… of …` / `… on …` form (`Shusha Declaration on Allied Relations`). Only
  // types that may join are folded (folding is costly), each once, on first need.
  const folded = new Map<Cluster, string>();
  const foldOf = (k: Cluster): string => {
    let f = folded.get(k);
    if (f === undefined) {
      f = foldName(k.name);
      folded.set(k, f);
    }
    return f;
  };
  for (const k of clusters.slice()) {
    if (k.type === 'place' || k.type === 'law' || k.type === 'person' || k.key.startsWith('ministry:')) continue;
    // Folded on first need: a cluster alone of its type is never folded.
    let short: string | undefined;
    let into: Cluster | undefined;
    let count = 0;
    for (const o of clusters) {
      if (o === k || o.type !== k.type) continue;
      short ??= foldOf(k);
      const f = foldOf(o);
      if (f.length > short.length && f.startsWith(short) && LONGER_FORM.test(f.slice(short.length))) {
        into = o;
        count++;
      }
    }
    if (count !== 1) into = undefined;
    if (into) {
      into.mentions.push(...k.mentions);
      into.aliases.push(k.name, ...k.aliases);
      clusters.splice(clusters.indexOf(k), 1);
    }
  }
  // Adjectives count only where the country is named.
  const out: Cluster[] = [];
  for (const k of clusters) {
    if (!k.mentions.some((m) => !m.demonym)) continue;
    sortSmall(k.mentions, byStart);
    out.push(k);
  }
  return out;
}

function add(byKey: Map<string, Cluster>, c: Candidate): void {
  let k = byKey.get(c.key);
  if (!k) {
    k = newCluster(c);
    byKey.set(c.key, k);
  } else if (!c.demonym && k.mentions.every((m) => m.demonym)) {
    k.name = c.name;
  }
  k.mentions.push(c);
  absorb(k, c);
}

/**
 * The mentions of a cluster as the contract wants them (text order, no duplicates), and the aliases: other
 * forms seen in the text or known for it, different from the name.
 *
 * @example
 * ```ts
 * const { mentions, aliases } = finishCluster(cluster, body);
 * ```
 */
export function finishCluster(
  cluster: Cluster,
  text: string,
  lower: string | null = null,
): { mentions: Mention[]; aliases: string[] } {
  // Other clusters than persons' come sorted already (`clusterOthers`): only a copy out of order is sorted.
  const ms = inStartOrder(cluster.mentions) ? cluster.mentions : sortSmall(cluster.mentions.slice(), byStart);
  const mentions: Mention[] = [];
  let last = -1;
  for (const m of ms) {
    // Sorted by start, so a duplicate start follows the mention it repeats.
    if (mentions.length > 0 && m.start === last) continue;
    last = m.start;
    mentions.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end });
  }
  // Forms that differ from the name or each other only in letter case are one form.
  const aliases: string[] = [];
  let seen: Set<string> | null = null;
  const name = cluster.name.toLowerCase();
  for (const m of cluster.mentions) {
    if (m.demonym) continue;
    if (lower) {
      // Most mentions are written as the name: compared in place, they need no copy of their text.
      if (m.end - m.start === name.length && lower.startsWith(name, m.start)) continue;
      seen = offerAlias(aliases, seen, text.slice(m.start, m.end), lower.slice(m.start, m.end));
    } else {
      const form = text.slice(m.start, m.end);
      const key = form.toLowerCase();
      if (key !== name) seen = offerAlias(aliases, seen, form, key);
    }
  }
  for (const a of cluster.aliases) {
    const key = a.toLowerCase();
    if (key !== name) seen = offerAlias(aliases, seen, a, key);
  }
  return { mentions, aliases };
}

function inStartOrder(ms: readonly Candidate[]): boolean {
  for (let i = 1; i < ms.length; i++) if ((ms[i - 1] as Candidate).start > (ms[i] as Candidate).start) return false;
  return true;
}

/** Adds `form` to `aliases` unless a form with its `key` is there; returns the keys seen (a set made on first need). */
function offerAlias(aliases: string[], seen: Set<string> | null, form: string, key: string): Set<string> {
  const keys = seen ?? new Set<string>();
  if (!keys.has(key)) {
    keys.add(key);
    aliases.push(form);
  }
  return keys;
}

/**
 * An empty cluster named after its first candidate.
 *
 * @example
 * ```ts
 * newCluster(candidate).mentions; // []
 * ```
 */
export function newCluster(c: Candidate): Cluster {
  // Every optional field present (as `undefined` when unknown): one object shape for all clusters.
  return {
    type: c.type,
    key: c.key,
    name: c.name,
    mentions: [],
    country: c.country ? c.country : undefined,
    role: undefined,
    title: undefined,
    aliases: [],
  };
}
