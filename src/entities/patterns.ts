/**
 * Recognisers for organisations, places, events, documents and legal references: gazetteer look-ups by token,
 * ministries (`Ministry of Defense of Azerbaijan`, `the Defense Ministry`), capitalised phrases typed by their
 * head noun (`State Customs Committee`, `Victory Park`, `the 6th Summit of …`, `Shusha Declaration`), events
 * with years (`Khazri-2023`, `COP29`), quoted titles (`"Plan of bilateral military cooperation for 2024"`),
 * and article references (`Article 206.3.2 of the Criminal Code`). Every pattern is precompiled and linear.
 *
 * @module
 */
import type { EntityType } from '../article/schema.js';
import {
  CITATION_AFTER,
  CITATION_BEFORE,
  COUNTRIES,
  DOCUMENT_STOP_WORDS,
  ORDINAL_WORDS,
  QUOTE_DOCUMENT_CUES,
  SETTLEMENT_NOUNS,
} from '../data/gazetteer/index.js';
import { type Candidate, newCandidate, STRENGTH } from './candidate.js';
import {
  foldName,
  type LexEntry,
  type Lexicon,
  matchClassPhrase,
  matchInflectedPhrase,
  matchPhrase,
  type PhraseMatch,
  prefixKey,
  WORD,
} from './lexicon.js';
import { type ScriptFlags, type Token, tokenize } from './tokenize.js';

const WHITE_RUN = /\s+/;
const WHITE_RUNS = /\s+/g;

/**
 * What every recogniser reads: the text, its tokens and the lexicon.
 *
 * @example
 * ```ts
 * const scan: Scan = createScan('Colonel General Z.Hasanov', builtInLexicon());
 * scan.tokens[0]?.lc; // 'colonel'
 * ```
 */
export interface Scan {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lex: Lexicon;
  /** Gazetteer matches by token, filled on first look-up (`null`: none). */
  readonly memo: (PhraseMatch<LexEntry> | null | undefined)[];
  /** The text has Cyrillic letters (Russian offices are looked for). */
  readonly cyrillic: boolean;
  /** The text has Azerbaijani letters (Azerbaijani offices are looked for). */
  readonly azerbaijani: boolean;
  /** The text in lower case, when lower-casing kept its length (else `null`). */
  readonly lower: string | null;
  /** Every `WORD` bit some token has: a recogniser whose trigger words are absent has nothing to do. */
  readonly classes: number;
  /**
   * The indices of the capitalised words and the numbers, in order: where a name may start. The recognisers
   * that look only there walk these, a fifth of the tokens, instead of all of them.
   */
  readonly capitals: readonly number[];
  /**
   * The indices of the lower-case place, organisation and document nouns (`district`, `company`,
   * `agreement`), in order: where the recognisers of phrases named by such a noun look.
   */
  readonly nouns: readonly number[];
  /**
   * The indices of the capitalised words, the numbers and the lower-case first words of a person's title or
   * occupation (`economist`), in order: beyond them, in Latin text, a person's recogniser finds nothing to start.
   */
  readonly personStarts: readonly number[];
}

/** The `WORD` bits of the nouns that `Scan.nouns` lists. */
const NOUN_BITS = WORD.placeNoun | WORD.organizationNoun | WORD.documentNoun;

/**
 * The lower-case form of `text.slice(start, end)`, cut from the text lower-cased once (lower-casing many small
 * slices of a two-byte string is slow).
 *
 * @example
 * ```ts
 * lcSpan(scan, 0, 4); // 'baku' for a text starting with 'Baku'
 * ```
 */
export function lcSpan(scan: Scan, start: number, end: number): string {
  return scan.lower !== null ? scan.lower.slice(start, end) : scan.text.slice(start, end).toLowerCase();
}

/**
 * Prepares a text for the recognisers.
 *
 * @example
 * ```ts
 * const scan = createScan('Colonel General Z.Hasanov', builtInLexicon());
 * scan.tokens.length; // 3
 * ```
 */
export function createScan(text: string, lex: Lexicon): Scan {
  const script: ScriptFlags = { cyrillic: false, azerbaijani: false };
  const lowered = text.toLowerCase();
  const lower = lowered.length === text.length ? lowered : null;
  const tokens = tokenize(text, script, lower, lex.wordTable);
  let classes = 0;
  const capitals: number[] = [];
  const nouns: number[] = [];
  const personStarts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const f = t.f;
    classes |= f;
    if (t.cap || t.num) {
      capitals.push(i);
      personStarts.push(i);
    } else if ((f & WORD.trigger) !== 0) personStarts.push(i);
    if (!t.cap && (f & NOUN_BITS) !== 0) nouns.push(i);
  }
  return {
    text,
    tokens,
    lex,
    memo: new Array(tokens.length),
    cyrillic: script.cyrillic,
    azerbaijani: script.azerbaijani,
    lower,
    classes,
    capitals,
    nouns,
    personStarts,
  };
}

const COUNTRY_NAMES: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(COUNTRIES.map((c) => [c.code, c.name]));
const ORDINAL_NUMBER = /^\d{1,3}(?:st|nd|rd|th|-?ci|-?cı|-?cu|-?cü|-?й|-?я)$/u;
const EVENT_YEAR = /^\p{Lu}[\p{L}\p{M}]{1,30}(?:-[\p{L}\p{M}]{1,30}){0,2}-(?:19|20)\d\d$/u;
const SERIES_NUMBER = /^(\p{Lu}[\p{L}]{1,5})(\d{1,4})$/u;
const YEAR = /^(?:19|20)\d\d$/;
const SHORT_NUMBER = /^\d{1,4}$/;
const QUOTED = /["“«„]([^"“”«»„\n]{2,160})["”»“]/gu;
const LAW_ARTICLE =
  /\bArticles? (\d{1,4}(?:\.\d{1,4}){0,6})(?:-\d{1,3})?(?: \([^()\n]{1,60}\))?(?:,? (?:part|paragraph|clause) \d{1,3}(?:\.\d{1,3}){0,3})? of (?:the )?/gu;
const LAW_ARTICLE_RU = /(?:^|[\s(])(?:стать[яиейю]{1,2}|ст\.) ?(\d{1,4}(?:\.\d{1,4}){0,6}) /gu;
const LAW_ARTICLE_AZ = /(\d{1,4}(?:\.\d{1,4}){0,6})(?:-(?:cı|ci|cu|cü))? (?:maddəsi|maddəsinin|maddəsi ilə)/gu;
const APOSTROPHES = /* @__PURE__ */ new Set(["'", '’']);
// The quotes of QUOTED: `"` and `“` both open and close (`„…“` and `“…”` are both in use).
const OPENING_QUOTES = /* @__PURE__ */ new Set(['"', '“', '«', '„']);
const CLOSING_QUOTES = /* @__PURE__ */ new Set(['"', '”', '»', '“']);
const DASHES = /* @__PURE__ */ new Set(['–', '—', '-']);
const QUOTE_SKIP = /* @__PURE__ */ new Set(['titled', 'entitled', 'called', 'named', 'dubbed', ',', 'the']);
const EVENT_CUES = /* @__PURE__ */ new Set([
  'exercise',
  'exercises',
  'drills',
  'festival',
  'exhibition',
  'forum',
  'conference',
  'contest',
  'competition',
  'operation',
  'summit',
  'project',
  'campaign',
  'tournament',
  'учения',
  'учений',
  'фестиваль',
  'festivalı',
]);
const RIGHT_CONNECTORS = /* @__PURE__ */ new Set(['of', 'for', 'on']);
const INNER_CONNECTORS = /* @__PURE__ */ new Set(['and', 'of', 'the', 'for', 'on', '&']);
/** Capitalised words that stop a name from extending leftwards: offices and people-only titles. */
const STOP_LEFT = /* @__PURE__ */ new Set([
  'minister',
  'commander',
  'chief',
  'chairman',
  'chairwoman',
  'rector',
  'ambassador',
  'adviser',
  'advisor',
  'director',
  'president',
  'head',
  'deputy',
  'speaker',
  'secretary',
  'spokesman',
  'governor',
  'mayor',
  'mr',
  'mrs',
  'ms',
]);

/**
 * The index of the first token that starts at or after `offset` (binary search).
 *
 * @example
 * ```ts
 * tokenAt(tokenize('in Baku'), 3); // 1
 * ```
 */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A capitalised word or acronym token.
 *
 * @example
 * ```ts
 * isCapWord(tokenize('Baku')[0]); // true
 * ```
 */
export function isCapWord(t: Token | undefined): t is Token {
  return t?.word === true && (t.cap || t.upper);
}

/**
 * A gazetteer match at token `i` (the user's entries first), honouring exact-case and cited-only entries.
 *
 * @example
 * ```ts
 * gazetteerAt(scan, 0)?.value.name; // 'Türkiye' for 'Turkey …'
 * ```
 */
export function gazetteerAt(scan: Scan, i: number): PhraseMatch<LexEntry> | null {
  const known = scan.memo[i];
  if (known !== undefined) return known;
  const { tokens, lex } = scan;
  const t = tokens[i];
  let m: PhraseMatch<LexEntry> | null = null;
  if (t && (t.cap || t.upper || t.num) && (lex.extra || (t.f & WORD.gazetteer) !== 0)) {
    m = (lex.extra && matchPhrase(tokens, i, lex.extra)) || matchPhrase(tokens, i, lex.names);
    // Azerbaijani text: a name whose last word has a case ending (`Milli Məclisin`).
    if (m === null && scan.azerbaijani) m = matchInflectedPhrase(tokens, i, lex.names, lex.azSuffixes);
    if (m?.value.citedOnly && !isCited(tokens, i, m.end)) m = null;
  }
  if (i >= 0 && i < tokens.length) scan.memo[i] = m;
  return m;
}

function isCited(tokens: readonly Token[], i: number, end: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[end]?.text === ',' ? tokens[end + 1] : tokens[end];
  if (before && CITATION_BEFORE.has(before.lc)) return true;
  if (before?.lc === 'to' && tokens[i - 2]?.lc === 'according') return true;
  if (after && CITATION_AFTER.has(after.lc)) return true;
  return after?.text === ':' && (tokens[end + 1]?.nl ?? true);
}

/**
 * A candidate over tokens `t0..t1`. Optional fields are set by the caller afterwards: passed in as an object
 * of extras, every caller's differently shaped object made each read of it here a megamorphic look-up.
 */
const candidate = (
  tokens: readonly Token[],
  t0: number,
  t1: number,
  type: EntityType,
  name: string,
  key: string,
  strength: Candidate['strength'],
  nest = false,
): Candidate =>
  newCandidate(type, (tokens[t0] as Token).start, (tokens[t1 - 1] as Token).end, t0, t1, name, key, strength, nest);

const spanText = (scan: Scan, t0: number, t1: number): string =>
  scan.text.slice((scan.tokens[t0] as Token).start, (scan.tokens[t1 - 1] as Token).end);

/** The cluster key of a pattern mention at `[start, end)`: its type and its text in lower case. */
const offsetKey = (scan: Scan, type: EntityType, start: number, end: number): string =>
  `${type}:${lcSpan(scan, start, end)}`;

/** The cluster key of a pattern mention of tokens `t0..t1` (see offsetKey). */
const spanKey = (scan: Scan, type: EntityType, t0: number, t1: number): string =>
  offsetKey(scan, type, (scan.tokens[t0] as Token).start, (scan.tokens[t1 - 1] as Token).end);

/**
 * Gazetteer mentions: countries, demonyms, places, institutions, outlets, events, codes, a user's entries, and
 * Azerbaijani case forms (`Şuşada`, `EDnews-a`).
 *
 * @example
 * ```ts
 * gazetteerCandidates(scan).map((c) => c.name); // ['Azerbaijan', 'Türkiye', …]
 * ```
 */
export function gazetteerCandidates(scan: Scan): Candidate[] {
  const { tokens, lex, capitals } = scan;
  const out: Candidate[] = [];
  // A phrase starts with a capitalised word, an acronym or a number (an acronym is capitalised).
  for (let at = 0; at < capitals.length; at++) {
    const i = capitals[at] as number;
    const t = tokens[i] as Token;
    const m = gazetteerAt(scan, i);
    if (m) {
      const e = m.value;
      // Only a user's entries have `user:` ids, and without any the id need not be read.
      const strength = lex.extra !== null && e.id.startsWith('user:') ? STRENGTH.user : STRENGTH.gazetteer;
      const c = candidate(tokens, i, m.end, e.type, e.name, e.type === 'person' ? '' : e.id, strength, true);
      // A case ending is not part of the mention, as with a single word's stem (`Şuşa` in `Şuşada`).
      if (m.cut) c.end -= m.cut;
      if (e.country) c.country = e.country;
      if (e.demonym) c.demonym = true;
      if (e.type === 'person') c.person = personParts(e.name);
      out.push(c);
      continue;
    }
    if (!t.word || !t.cap) continue;
    const hyphen = t.text.includes('-');
    if (hyphen) {
      const parts = compoundParts(lex, t, i);
      if (parts.length > 0) {
        for (const p of parts) out.push(p);
        continue;
      }
    }
    if (t.text.length >= 4 && (scan.azerbaijani || hyphen)) {
      const stem = azStem(lex, t);
      if (stem) {
        out.push(entryInToken(stem.entry, t.start, t.start + stem.length, i));
      }
    }
  }
  return out;
}

const UPPER_START = /^\p{Lu}/u;

/** A gazetteer mention of `entry` at `[start, end)` within token `i`: a case form's stem, a compound's part. */
function entryInToken(entry: LexEntry, start: number, end: number, i: number): Candidate {
  const c = newCandidate(entry.type, start, end, i, i + 1, entry.name, entry.id, STRENGTH.gazetteer, true);
  if (entry.country) c.country = entry.country;
  if (entry.demonym) c.demonym = true;
  return c;
}

/** `Baku-Tbilisi-Kars`, `Azerbaijani-Turkish`: every part a place or demonym of the gazetteer. */
function compoundParts(lex: Lexicon, t: Token, i: number): Candidate[] {
  const parts = t.text.split('-');
  if (parts.length < 2) return [];
  const out: Candidate[] = [];
  let offset = t.start;
  for (const part of parts) {
    // The shape first: most parts that fail (`2023` in `Khazri-2023`) do so without a look-up.
    if (part.length < 3 || !UPPER_START.test(part)) return [];
    const entry = lex.demonyms.get(part) ?? lex.singleWords.get(part.toLowerCase());
    if (entry?.type !== 'place') return [];
    out.push(entryInToken(entry, offset, offset + part.length, i));
    offset += part.length + 1;
  }
  return out;
}

function personParts(name: string): Candidate['person'] {
  const parts = name.split(WHITE_RUN);
  return { given: parts.slice(0, -1), surname: parts[parts.length - 1] as string, initial: false };
}

/**
 * The gazetteer entry of an Azerbaijani case form (`Türkiyənin`, `Şuşada`, `EDnews-a`) and the length of its
 * stem, or `null`.
 *
 * @example
 * ```ts
 * azStem(lex, tokenize('Türkiyənin')[0]!)?.entry.name; // 'Türkiye'
 * ```
 */
export function azStem(lex: Lexicon, t: Token): { entry: LexEntry; length: number } | null {
  const hyphen = t.lc.lastIndexOf('-');
  if (hyphen > 1) {
    const suffix = t.lc.slice(hyphen + 1);
    if (lex.azSuffixes.includes(suffix) || suffix === 'nın' || suffix === 'nin') {
      const entry = lex.singleWords.get(t.lc.slice(0, hyphen));
      if (entry) return { entry, length: hyphen };
    }
  }
  // A stem is at least three letters long: skip the suffixes when no stem starts like this word.
  if (!lex.azStemPrefixes.has(prefixKey(t.lc, 3))) return null;
  for (const s of lex.azSuffixes) {
    if (t.lc.length > s.length + 2 && t.lc.endsWith(s)) {
      const entry = lex.azStems.get(t.lc.slice(0, -s.length));
      if (entry) return { entry, length: t.text.length - s.length };
    }
  }
  return null;
}

/**
 * Ministries: `Ministry of Defense (of the Republic of Azerbaijan)`, `(the Azerbaijani) Defense Ministry`,
 * `Azerbaijan's Foreign Ministry`. The key joins spellings (`Defence`/`Defense`) and, with the country, tells
 * Azerbaijan's ministry from Türkiye's.
 *
 * @example
 * ```ts
 * ministryCandidates(scan)[0]?.name; // 'Ministry of Defense of Azerbaijan'
 * ```
 */
export function ministryCandidates(scan: Scan): Candidate[] {
  const { tokens, lex, capitals } = scan;
  const out: Candidate[] = [];
  // Without Russian or Azerbaijani letters, only a capitalised `Ministry` starts one: the capitals suffice.
  const foreignScript = scan.cyrillic || scan.azerbaijani;
  const count = foreignScript ? tokens.length : capitals.length;
  for (let at = 0; at < count; at++) {
    const i = foreignScript ? at : (capitals[at] as number);
    const t = tokens[i] as Token;
    if (!t.cap || t.lc !== 'ministry') {
      const foreign = foreignMinistryAt(scan, i);
      if (foreign) out.push(foreign);
      continue;
    }
    // Ministry of <topic> [of [the] <country>]
    if (tokens[i + 1]?.lc === 'of') {
      let j = i + 2;
      let topic = capAt(tokens, j) ? matchClassPhrase(tokens, j, lex.topics, WORD.topic) : null;
      if (!topic && tokens[j]?.lc === 'the') {
        j++;
        topic = capAt(tokens, j) ? matchClassPhrase(tokens, j, lex.topics, WORD.topic) : null;
      }
      if (
        topic &&
        !isCapWord(tokens[topic.end]) &&
        !(tokens[topic.end]?.lc === 'and' && isCapWord(tokens[topic.end + 1]))
      ) {
        let end = topic.end;
        let country: string | undefined;
        const of = countryComplement(scan, end);
        if (of) {
          end = of.end;
          country = of.country;
        }
        let start = i;
        const left = countryBefore(scan, i);
        if (left) {
          country ??= left.country;
          if (left.included) start = i - 1;
        }
        out.push(ministry(scan, start, end, topic.value.key, topic.value.full, topic.value.short, country));
      }
      continue;
    }
    // [Azerbaijani|Azerbaijan's] <topic> Ministry
    for (let len = 3; len >= 1; len--) {
      const s = i - len;
      if (s < 0 || !capAt(tokens, s)) continue;
      const topic = matchClassPhrase(tokens, s, lex.topics, WORD.topic);
      if (!topic || topic.end !== i) continue;
      let start = s;
      let country: string | undefined;
      const left = countryBefore(scan, s);
      if (left) {
        country = left.country;
        if (left.included) start = s - 1;
      }
      let end = i + 1;
      const of = countryComplement(scan, end);
      if (of) {
        end = of.end;
        country ??= of.country;
      }
      out.push(ministry(scan, start, end, topic.value.key, topic.value.full, topic.value.short, country));
      break;
    }
  }
  return out;
}

/**
 * Russian and Azerbaijani ministries: `Министерство иностранных дел Азербайджана`, `МИД`, `Mədəniyyət
 * Nazirliyi`. They get the English canonical name, so that they join the English mentions' key.
 */
function foreignMinistryAt(scan: Scan, i: number): Candidate | null {
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  if (!t.word || !(scan.cyrillic || scan.azerbaijani)) return null;
  const abbreviation = lex.ministryAbbreviations.get(t.text);
  if (abbreviation || t.lc.startsWith('министерств')) {
    let end = i + 1;
    let topic = abbreviation;
    if (!topic) {
      const m = matchPhrase(tokens, i + 1, lex.topicsRu);
      if (!m) return null;
      topic = m.value;
      end = m.end;
    }
    const g = gazetteerAt(scan, end);
    const country = g?.value.id.startsWith('country:') && !g.value.demonym ? g.value.country : undefined;
    if (country && g) end = g.end;
    return ministry(scan, i, end, topic.key, topic.full, topic.short, country);
  }
  if (t.cap && t.lc.startsWith('nazirliy')) {
    for (let len = 5; len >= 1; len--) {
      const s = i - len;
      if (s < 0 || !capAt(tokens, s)) continue;
      const m = matchPhrase(tokens, s, lex.topicsAz);
      if (m && m.end === i) return ministry(scan, s, i + 1, m.value.key, m.value.full, m.value.short);
    }
  }
  return null;
}

const capAt = (tokens: readonly Token[], i: number): boolean => isCapWord(tokens[i]);

function ministry(
  scan: Scan,
  t0: number,
  t1: number,
  key: string,
  full: string,
  form: string,
  country?: string,
): Candidate {
  const base = `Ministry of ${full}`;
  const name = country ? `${base} of ${COUNTRY_NAMES.get(country) ?? country}` : base;
  const aliases = [base];
  if (!AND_WORD.test(form)) aliases.push(`${form} Ministry`);
  const clusterKey = `ministry:${key}:${country ?? '?'}`;
  const c = candidate(scan.tokens, t0, t1, 'organization', name, clusterKey, STRENGTH.gazetteer);
  if (country) c.country = country;
  c.aliases = aliases;
  c.ministry = key;
  return c;
}

const AND_WORD = /\band\b/;

/** `of [the] [Republic of] <country>` at token `i`. */
function countryComplement(scan: Scan, i: number): { end: number; country: string } | null {
  const { tokens } = scan;
  if (tokens[i]?.lc !== 'of') return null;
  let j = i + 1;
  if (tokens[j]?.lc === 'the') j++;
  const g = gazetteerAt(scan, j);
  if (!g?.value.id.startsWith('country:') || g.value.demonym || !g.value.country) return null;
  return { end: g.end, country: g.value.country };
}

/** A demonym or a country right before token `i` (`Azerbaijani Defense Ministry`, `Azerbaijan's …`). */
function countryBefore(scan: Scan, i: number): { country: string; included: boolean } | null {
  const prev = scan.tokens[i - 1];
  if (!prev?.word || !prev.cap) return null;
  const j = i - 1;
  const g = gazetteerAt(scan, j);
  if (!g || g.end !== i || !g.value.id.startsWith('country:') || !g.value.country) return null;
  return { country: g.value.country, included: !prev.poss };
}

/**
 * The country a token range names first (a country, a demonym, or an institution with a country).
 *
 * @example
 * ```ts
 * countryIn(scan, 0, 3); // 'TR' for 'Turkish Land Forces'
 * ```
 */
export function countryIn(scan: Scan, t0: number, t1: number): string | undefined {
  for (let i = t0; i < t1; i++) {
    const g = gazetteerAt(scan, i);
    if (g?.value.country && g.end <= t1) {
      if (g.value.id.startsWith('country:') || g.value.type === 'organization') return g.value.country;
    }
  }
  return undefined;
}

/**
 * True where a person's name starts at token `i`: a known given name followed by a capitalised word, or an
 * initial (`Z.Hasanov`, `M. Tokel`). Long names stop there (`… Social Innovations Kamran Abdullayev`).
 *
 * @example
 * ```ts
 * personStartsAt(scan, 5);
 * ```
 */
export function personStartsAt(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  const t = tokens[i];
  if (!t?.word || !t.cap) return false;
  if (isGluedInitial(t)) return true;
  if (t.text.length === 1 && tokens[i + 1]?.text === '.' && isNameShaped(tokens[i + 2])) return true;
  return (t.f & WORD.given) !== 0 && isNameShaped(tokens[i + 1]) && ((tokens[i + 1] as Token).f & WORD.head) === 0;
}

const GLUED_INITIAL = /^\p{Lu}\.\p{Lu}[\p{Ll}\p{M}'’-]{1,40}$/u;

/**
 * `Z.Hasanov`: an initial glued to a surname.
 *
 * @example
 * ```ts
 * isGluedInitial(tokenize('Z.Hasanov')[0]!); // true
 * ```
 */
export function isGluedInitial(t: Token): boolean {
  return t.text.length >= 4 && t.text.charCodeAt(1) === 46 && GLUED_INITIAL.test(t.text);
}

/**
 * A capitalised word made of letters only (a name's shape, not yet a name).
 *
 * @example
 * ```ts
 * isNameShaped(tokenize('Həsənov')[0]); // true
 * ```
 */
export function isNameShaped(t: Token | undefined): t is Token {
  return t?.plain === true && t.cap && !t.upper && t.text.length >= 2;
}

/** A word that may stand in a capitalised institution or place name. */
function isNamePart(_scan: Scan, t: Token | undefined): boolean {
  if (!isCapWord(t)) return false;
  if ((t.f & (WORD.function | WORD.head)) === WORD.function && !ORDINAL_WORDS.has(t.lc)) return false;
  return true;
}

/**
 * Reads a capitalised run from token `i`, with inner connectors (`Ministry of Digital Development and
 * Transport`, `Organization for Security and Co-operation in Europe`). Stops where a person's name starts.
 * Returns the token after the run (`i` when nothing was read).
 *
 * @example
 * ```ts
 * capRun(scan, 3, 12);
 * ```
 */
export function capRun(scan: Scan, i: number, max: number, commaList = false): number {
  const { tokens } = scan;
  let r = i;
  let end = i;
  while (r < tokens.length && r - i < max) {
    const x = tokens[r] as Token;
    if (r > i && x.nl) break;
    // `on Family, Women and Children Affairs`: a comma inside a list that an `and` closes.
    if (commaList && r > i && x.text === ',' && isNamePart(scan, tokens[r + 1]) && listClosesAt(scan, r + 1)) {
      r++;
      continue;
    }
    if ((isNamePart(scan, x) || (x.num && ORDINAL_NUMBER.test(x.text))) && !(r > i && personStartsAt(scan, r))) {
      r++;
      end = r;
      if (x.poss) break;
      // `U.S.`: the closing period of a dotted abbreviation belongs to it.
      if (x.upper && x.text.includes('.') && tokens[r]?.text === '.' && !(tokens[r] as Token).space) {
        end = ++r;
        break;
      }
      continue;
    }
    if (r > i && INNER_CONNECTORS.has(x.text)) {
      let v = r + 1;
      // `of the Azerbaijan Army`, but not `Law on Media and the Tax Code`.
      if (tokens[v]?.lc === 'the' && x.text !== 'and' && x.text !== '&') v++;
      if (isNamePart(scan, tokens[v]) && !personStartsAt(scan, v)) {
        r = v;
        continue;
      }
    }
    if (r > i && APOSTROPHES.has(x.text) && !x.space && isNamePart(scan, tokens[r + 1])) {
      r++;
      continue;
    }
    break;
  }
  return end;
}

/** A list `Women and Children …` from `i`: capitalised words and commas up to an `and` before a capitalised word. */
function listClosesAt(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  for (let k = i; k < tokens.length && k - i < 8; k++) {
    const t = tokens[k] as Token;
    if (t.lc === 'and') return isNamePart(scan, tokens[k + 1]);
    if (t.text !== ',' && !isNamePart(scan, t)) return false;
  }
  return false;
}

/**
 * Complements after a head noun: `of the Azerbaijan Army`, `for Public Service and Social Innovations`,
 * `in Europe` (only before a place). Returns the token after the last complement.
 *
 * @example
 * ```ts
 * complements(scan, 2); // after 'Ministry of Culture', the index after 'Culture'
 * ```
 */
export function complements(scan: Scan, k: number, connectors: ReadonlySet<string> = RIGHT_CONNECTORS): number {
  const { tokens } = scan;
  let b = k;
  for (let guard = 0; guard < 4; guard++) {
    const u = tokens[b];
    if (!u || u.cap || !connectors.has(u.lc)) break;
    let v = b + 1;
    if (tokens[v]?.lc === 'the') v++;
    if (!isNamePart(scan, tokens[v]) || personStartsAt(scan, v)) break;
    if (u.lc === 'in') {
      const g = gazetteerAt(scan, v);
      if (g?.value.type !== 'place') break;
    }
    const r = capRun(scan, v, 12, u.lc === 'on');
    if (r === v) break;
    b = r;
    if ((tokens[r - 1] as Token).poss) break;
  }
  return b;
}

/**
 * The token range of a trailing `of [the] <country>` complement in `[a, b)`, if the phrase ends with one
 * (`Lakeshore University of the U.S.`): the name without it is an alias.
 *
 * @example
 * ```ts
 * countryTail(scan, 0, 6); // 2 for 'Revenue Service of Georgia'
 * ```
 */
export function countryTail(scan: Scan, a: number, b: number): number | null {
  const { tokens } = scan;
  for (let k = b - 2; k > a; k--) {
    if ((tokens[k] as Token).lc !== 'of') continue;
    let v = k + 1;
    if (tokens[v]?.lc === 'the') v++;
    const g = gazetteerAt(scan, v);
    const isCountry = g?.value.id.startsWith('country:') && !g.value.demonym;
    if (!g || !isCountry || (g.end !== b && !((tokens[b - 1] as Token).text === '.' && g.end === b - 1))) return null;
    // `… of the Republic of Türkiye`: the tail starts at the first `of`.
    if (tokens[k - 1]?.lc === 'republic' && tokens[k - 2]?.lc === 'the' && tokens[k - 3]?.lc === 'of') return k - 3;
    return k;
  }
  return null;
}

/**
 * Capitalised phrases typed by a head noun: organisations (`State Customs Committee`, `Central Bank of
 * Azerbaijan`), places (`Victory Park`, `Turkish Martyrs' Cemetery`), events (`Baku Jazz Festival`, `the 6th
 * Summit of …`), documents (`Shusha Declaration on Allied Relations`) and laws (`Criminal Code`, `Law on
 * Media`). A head alone (`the Court`) is not a name. An acronym in brackets right after the phrase becomes an
 * alias (`Mine Action Agency (ANAMA)`).
 *
 * @example
 * ```ts
 * headPhraseCandidates(scan).map((c) => [c.type, c.name]);
 * ```
 */
export function headPhraseCandidates(scan: Scan, skip: (t: number) => boolean): Candidate[] {
  if ((scan.classes & WORD.head) === 0) return []; // no head noun in the text
  const { tokens, lex, capitals } = scan;
  const out: Candidate[] = [];
  let coveredTo = 0;
  for (let at = 0; at < capitals.length; at++) {
    const i = capitals[at] as number;
    const t = tokens[i] as Token;
    if (i < coveredTo || !t.word || !(t.cap || t.upper)) continue;
    const type = t.f & WORD.head ? lex.heads.get(t.lc) : undefined;
    if (!type || skip(i)) continue;
    // Leftwards: modifiers.
    let a = i;
    for (let j = i - 1; j >= 0 && i - j <= 8; j--) {
      const u = tokens[j] as Token;
      if ((tokens[j + 1] as Token).nl) break;
      if (isCapWord(u) && !u.sent && STOP_LEFT.has(u.lc)) break;
      if (isCapWord(u) && u.poss) {
        const g = gazetteerAt(scan, j);
        if (g?.value.type === 'place') break;
        a = j;
        continue;
      }
      if (isNamePart(scan, u) && !(u.sent && STOP_LEFT.has(u.lc))) {
        a = j;
        continue;
      }
      if (u.num && ORDINAL_NUMBER.test(u.text)) {
        a = j;
        break;
      }
      if (APOSTROPHES.has(u.text) && isCapWord(tokens[j - 1]) && !(tokens[j] as Token).space) {
        continue;
      }
      if (u.lc === 'and' && a < i && isNamePart(scan, tokens[j - 1]) && cleanStart(tokens, j - 1)) {
        a = j - 1;
        j--;
        continue;
      }
      break;
    }
    while (a < i && !isCapWord(tokens[a]) && !(tokens[a] as Token).num) a++;
    // Rightwards: complements.
    const b = t.poss ? i + 1 : complements(scan, i + 1);
    if (a === i && b === i + 1) continue;
    if (a === i && type !== 'organization' && type !== 'law' && type !== 'event' && type !== 'document') continue;
    if (type === 'law' && t.lc === 'law' && b === i + 1 && a === i) continue;
    // An Azerbaijani head in a case form ends the phrase; the phrase is named, mentioned and clustered in the
    // base form.
    const ending = b === i + 1 && t.text.length === t.lc.length ? lex.headEndings.get(t.lc) : undefined;
    const start = (tokens[a] as Token).start;
    const end = ending === undefined ? (tokens[b - 1] as Token).end : t.end - ending;
    const name = scan.text.slice(start, end);
    const country = countryIn(scan, a, b) ?? possessiveCountry(scan, a);
    const aliases: string[] = [];
    const acronym = bracketAcronym(tokens, b);
    if (acronym) aliases.push(acronym);
    const tail = type === 'organization' ? countryTail(scan, a, b) : null;
    if (tail !== null && tail > i && tail - a >= 2) aliases.push(spanText(scan, a, tail));
    let key = offsetKey(scan, type, start, end);
    // A quoted name just before the phrase is what it describes: `"Xarıbülbül" Beynəlxalq Musiqi Festivalı`
    // is one festival. The phrase becomes a mention of the quoted name's entity: a gazetteer entry's, or one
    // of its own, named as quoted.
    const quoted = quotedBefore(tokens, a);
    if (quoted !== null) {
      const q0 = (tokens[quoted.t0] as Token).start;
      const q1 = (tokens[quoted.t1 - 1] as Token).end;
      const g = gazetteerAt(scan, quoted.t0);
      if (g !== null && g.end === quoted.t1 && g.value.type === type) key = g.value.id;
      else {
        key = offsetKey(scan, type, q0, q1);
        const named = scan.text.slice(q0, q1).replace(WHITE_RUNS, ' ');
        out.push(newCandidate(type, q0, q1, quoted.t0, quoted.t1, named, key, STRENGTH.gazetteer, false));
      }
    }
    // The mention ends where the name does, as a gazetteer name's case form is mentioned by its stem (`Şuşa`
    // in `Şuşada`).
    const c = newCandidate(type, start, end, a, b, name, key, STRENGTH.pattern, false);
    if (country) c.country = country;
    if (aliases.length) c.aliases = aliases;
    out.push(c);
    coveredTo = b;
  }
  return out;
}

/**
 * The tokens of a quoted name that ends just before token `a` (its closing quote is token `a - 1`, on the same
 * line), or `null`. The name starts with a capital or a digit, like the names `quotedCandidates` reads.
 */
function quotedBefore(tokens: readonly Token[], a: number): { t0: number; t1: number } | null {
  const close = tokens[a - 1];
  if (!close || !CLOSING_QUOTES.has(close.text) || (tokens[a] as Token).nl) return null;
  for (let q = a - 2; q >= 0 && a - q <= 26; q--) {
    const u = tokens[q] as Token;
    if (tokens[q + 1]?.nl) return null;
    if (!OPENING_QUOTES.has(u.text)) continue;
    const first = tokens[q + 1] as Token;
    return q + 1 < a - 1 && (first.cap || first.num) ? { t0: q + 1, t1: a - 1 } : null;
  }
  return null;
}

/** `the Mortgage and Credit …`: the word before `and` starts the phrase (after `the`, a comma or a sentence start). */
function cleanStart(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j] as Token;
  const before = tokens[j - 1];
  return w.sent || !before || before.lc === 'the' || (!before.word && !before.num);
}

function possessiveCountry(scan: Scan, a: number): string | undefined {
  const prev = scan.tokens[a - 1];
  if (!prev?.poss) return undefined;
  const g = gazetteerAt(scan, a - 1);
  return g && g.end === a && g.value.id.startsWith('country:') ? g.value.country : undefined;
}

function bracketAcronym(tokens: readonly Token[], b: number): string | undefined {
  const open = tokens[b];
  const word = tokens[b + 1];
  if (open?.text !== '(' || !word?.upper || tokens[b + 2]?.text !== ')') return undefined;
  return word.text;
}

/**
 * Events written with a year or number: `Khazri-2023`, `Anatolian Sky-2024`, `Teknofest-2022`, `COP29`,
 * `COP 29`.
 * Appends to `out` (a new array by default) and returns it: a caller collecting every recogniser's mentions
 * passes its one list.
 *
 * @example
 * ```ts
 * eventNumberCandidates(scan).map((c) => c.name); // ['Khazri-2023']
 * ```
 */
export function eventNumberCandidates(scan: Scan, out: Candidate[] = []): Candidate[] {
  const { tokens, lex, capitals } = scan;
  for (let at = 0; at < capitals.length; at++) {
    const i = capitals[at] as number;
    const t = tokens[i] as Token;
    if (!t.word || !t.cap) continue;
    // A plain word has letters only, so it ends in no digit: its text is not read (most capitals are plain).
    const lastCode = t.plain ? 0 : t.text.charCodeAt(t.text.length - 1);
    if (lastCode < 48 || lastCode > 57) {
      // `COP 29`
      const next = tokens[i + 1];
      if (next?.num && lex.eventSeries.has(t.text) && SHORT_NUMBER.test(next.text) && !YEAR.test(next.text)) {
        const name = `${t.text}${next.text}`;
        out.push(candidate(tokens, i, i + 2, 'event', name, `event:${name.toLowerCase()}`, STRENGTH.gazetteer, true));
      }
      continue;
    }
    if (t.text.length >= 7 && EVENT_YEAR.test(t.text)) {
      let a = i;
      while (a > 0 && i - a < 3 && isNameShaped(tokens[a - 1]) && !(tokens[a] as Token).nl) {
        const u = tokens[a - 1] as Token;
        if ((u.f & WORD.function) !== 0 || u.sent || gazetteerAt(scan, a - 1)) break;
        a--;
      }
      const name = spanText(scan, a, i + 1);
      out.push(
        candidate(
          tokens,
          a,
          i + 1,
          'event',
          name,
          `event:${lcSpan(scan, (tokens[a] as Token).start, t.end)}`,
          STRENGTH.gazetteer,
        ),
      );
      continue;
    }
    const series = SERIES_NUMBER.exec(t.text);
    if (series && lex.eventSeries.has(series[1] as string)) {
      out.push(candidate(tokens, i, i + 1, 'event', t.text, `event:${t.lc}`, STRENGTH.gazetteer, true));
    }
  }
  return out;
}

/**
 * Quoted titles: a quoted phrase that starts with a document or law head (`"Plan of bilateral military
 * cooperation for 2024"`), or follows a cue (`the agreement "On …"`, `the exercises "Khazri-2023"`). The
 * mention is the text inside the quotes.
 * Appends to `out` (a new array by default) and returns it: a caller collecting every recogniser's mentions
 * passes its one list.
 *
 * @example
 * ```ts
 * quotedCandidates(scan)[0]?.name; // 'Plan of bilateral military cooperation for 2024'
 * ```
 */
export function quotedCandidates(scan: Scan, out: Candidate[] = []): Candidate[] {
  const { text, tokens, lex } = scan;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const raw = m[1] as string;
    const lead = raw.length - raw.trimStart().length;
    const inner = raw.trim();
    if (inner.length < 2) continue;
    const start = m.index + 1 + lead;
    const end = start + inner.length;
    const t0 = tokenAt(tokens, start);
    const t1 = tokenAt(tokens, end);
    const first = tokens[t0];
    if (!first || !(first.cap || first.num) || t1 - t0 > 24 || t1 <= t0) continue;
    const last = tokens[t1 - 1] as Token;
    let type: EntityType | undefined;
    // A document or law head among the first capitalised words: `Plan of …`, `Action Plan on …`, `The Law on …`.
    let headType: EntityType | undefined;
    for (let k = t0; k < Math.min(t1, t0 + 3) && !headType; k++) {
      const w = tokens[k] as Token;
      if (!w.cap) break;
      const h = lex.heads.get(w.lc);
      if (h === 'document' || h === 'law') headType = h;
    }
    const lastType = last.cap ? lex.heads.get(last.lc) : undefined;
    if (headType === 'document' || headType === 'law') type = headType;
    else if (lastType === 'document' || lastType === 'law') type = lastType;
    else {
      let c = t0 - 2;
      while (c >= 0 && QUOTE_SKIP.has((tokens[c] as Token).lc) && t0 - c < 4) c--;
      const cue = tokens[c];
      if (cue && QUOTE_DOCUMENT_CUES.has(cue.lc)) type = QUOTE_DOCUMENT_CUES.get(cue.lc);
      else if (cue && EVENT_CUES.has(cue.lc)) type = 'event';
    }
    if (!type) continue;
    const name = inner.replace(WHITE_RUNS, ' ');
    out.push(
      newCandidate(type, start, end, t0, t1, name, offsetKey(scan, type, start, end), STRENGTH.gazetteer, false),
    );
  }
  return out;
}

/**
 * References to articles of codes and laws: `Article 206.3.2 of the Criminal Code`, `Article 178 (fraud) of
 * the Criminal Code`, `статьи 179 Уголовного кодекса`, `Cinayət Məcəlləsinin 179-cu maddəsi`. The code is
 * found by the gazetteer or a head phrase (`… Code`, `Law on …`) given in `laws`.
 * Appends to `out` (a new array by default) and returns it: a caller collecting every recogniser's mentions
 * passes its one list.
 *
 * @example
 * ```ts
 * lawArticleCandidates(scan, laws)[0]?.name; // 'Article 206.3.2 of the Criminal Code'
 * ```
 */
export function lawArticleCandidates(scan: Scan, laws: readonly Candidate[], out: Candidate[] = []): Candidate[] {
  const { text, tokens } = scan;
  // The pattern starts with the word `Article`: without it in the text, skip the scan.
  LAW_ARTICLE.lastIndex = text.includes('Article') ? 0 : text.length;
  for (let m = LAW_ARTICLE.exec(text); m !== null; m = LAW_ARTICLE.exec(text)) {
    const law = lawAt(laws, m.index + m[0].length);
    if (law) out.push(articleOf(m[1] as string, law, m.index, law.end, tokenAt(tokens, m.index), law.t1));
  }
  LAW_ARTICLE_RU.lastIndex = scan.cyrillic ? 0 : text.length;
  for (let m = LAW_ARTICLE_RU.exec(text); m !== null; m = LAW_ARTICLE_RU.exec(text)) {
    const law = lawAt(laws, m.index + m[0].length);
    if (!law) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push(articleOf(m[1] as string, law, start, law.end, tokenAt(tokens, start), law.t1));
  }
  LAW_ARTICLE_AZ.lastIndex = scan.azerbaijani ? 0 : text.length;
  for (let m = LAW_ARTICLE_AZ.exec(text); m !== null; m = LAW_ARTICLE_AZ.exec(text)) {
    const law = lawEndingAt(laws, m.index);
    if (!law) continue;
    const end = m.index + m[0].length;
    out.push(articleOf(m[1] as string, law, law.start, end, law.t0, tokenAt(tokens, end)));
  }
  return out;
}

/** The first law that starts at `offset`. */
function lawAt(laws: readonly Candidate[], offset: number): Candidate | undefined {
  for (const l of laws) if (l.start === offset) return l;
  return undefined;
}

/** The first law that ends at `offset` or one code unit before it. */
function lawEndingAt(laws: readonly Candidate[], offset: number): Candidate | undefined {
  for (const l of laws) if (l.end === offset || l.end + 1 === offset) return l;
  return undefined;
}

/** One candidate from an article number and the span it covers with its law (before or after it). */
function articleOf(article: string, law: Candidate, start: number, end: number, t0: number, t1: number): Candidate {
  const name = `Article ${article} of the ${law.name}`;
  return newCandidate('law', start, end, t0, t1, name, `law:${foldName(name)}`, STRENGTH.gazetteer, false);
}

/**
 * Places named by a following or preceding place noun: `the Shamkir, Goranboy and Imishli districts`,
 * `the city of Ganja`, `the village of Talish`.
 * Appends to `out` (a new array by default) and returns it: a caller collecting every recogniser's mentions
 * passes its one list.
 *
 * @example
 * ```ts
 * placeNounCandidates(scan).map((c) => c.name); // ['Shamkir', 'Goranboy', 'Imishli']
 * ```
 */
export function placeNounCandidates(scan: Scan, out: Candidate[] = []): Candidate[] {
  if ((scan.classes & WORD.placeNoun) === 0) return out; // no place noun in the text
  const { tokens } = scan;
  const add = (t0: number, t1: number) => {
    const g = gazetteerAt(scan, t0);
    if (g && g.end === t1) return; // the gazetteer has it
    const name = spanText(scan, t0, t1);
    out.push(candidate(tokens, t0, t1, 'place', name, spanKey(scan, 'place', t0, t1), STRENGTH.pattern));
  };
  for (const i of scan.nouns) {
    const t = tokens[i] as Token;
    if (i === 0 || !(t.f & WORD.placeNoun)) continue;
    if (tokens[i + 1]?.lc === 'of' && isNameShaped(tokens[i + 2]) && !(tokens[i + 2] as Token).sent) {
      if (SETTLEMENT_NOUNS.has(t.lc)) {
        const r = i + 2;
        const e = isNameShaped(tokens[r + 1]) && ((tokens[r + 1] as Token).f & WORD.function) === 0 ? r + 2 : r + 1;
        if (((tokens[r] as Token).f & WORD.function) === 0) add(r, e);
      }
      continue;
    }
    // Backwards over `X, Y and Z` before the noun.
    const plural = t.lc.endsWith('s');
    let j = i - 1;
    for (let n = 0; n < 8 && j >= 0; n++) {
      const w = tokens[j] as Token;
      if (!isNameShaped(w) || (w.f & WORD.function) !== 0 || w.sent) break;
      let s = j;
      const w0 = tokens[j - 1];
      if (isNameShaped(w0) && (w0.f & WORD.function) === 0 && !w0.sent && !w0.poss && !gazetteerAt(scan, j - 1))
        s = j - 1;
      if (lexHead(scan, s, j + 1)) break;
      add(s, j + 1);
      const sep = tokens[s - 1];
      if (!plural || !sep || (sep.text !== ',' && sep.lc !== 'and')) break;
      j = s - 2;
    }
  }
  return out;
}

function lexHead(scan: Scan, t0: number, t1: number): boolean {
  for (let i = t0; i < t1; i++) if ((scan.tokens[i] as Token).f & WORD.head) return true;
  return false;
}

/**
 * An ordinal written with digits (`6th`, `1st`, `29-cu`).
 *
 * @example
 * ```ts
 * isOrdinalNumber(tokenize('6th')[0]); // true
 * ```
 */
export function isOrdinalNumber(t: Token | undefined): t is Token {
  return t?.num === true && ORDINAL_NUMBER.test(t.text);
}

/**
 * True for a dash token (`–`, `—`, `-`).
 *
 * @example
 * ```ts
 * isDash('–'); // true
 * ```
 */
export function isDash(text: string): boolean {
  return DASHES.has(text);
}

/**
 * Organisations named next to a lower-case organisation noun: `the Ganja Tikinti construction company`,
 * `The company, Yasamal Tikinti, …`, `the Turkish company Baykar`. At least one word of the name must be
 * something other than a place or country (`the Azerbaijani company` names none).
 * Appends to `out` (a new array by default) and returns it: a caller collecting every recogniser's mentions
 * passes its one list.
 *
 * @example
 * ```ts
 * organizationNounCandidates(scan).map((c) => c.name); // ['Ganja Tikinti']
 * ```
 */
export function organizationNounCandidates(scan: Scan, out: Candidate[] = []): Candidate[] {
  if ((scan.classes & WORD.organizationNoun) === 0) return out; // no organisation noun in the text
  const { tokens } = scan;
  const add = (a: number, b: number) => {
    let own = false;
    for (let k = a; k < b; k++) {
      const g = gazetteerAt(scan, k);
      if (g) k = g.end - 1;
      else own = true;
    }
    if (!own) return;
    const name = spanText(scan, a, b);
    out.push(candidate(tokens, a, b, 'organization', name, spanKey(scan, 'organization', a, b), STRENGTH.pattern));
  };
  for (const i of scan.nouns) {
    const t = tokens[i] as Token;
    if (i === 0 || !(t.f & WORD.organizationNoun)) continue;
    // Backwards: `Ganja Tikinti [construction] company`.
    let j = i;
    const mod = tokens[j - 1];
    if (mod?.word && !mod.cap && isNameShaped(tokens[j - 2])) j--;
    let a = j;
    while (a > 0 && j - a < 3 && isNameShaped(tokens[a - 1]) && ((tokens[a - 1] as Token).f & WORD.function) === 0) {
      if ((tokens[a - 1] as Token).sent || (tokens[a - 1] as Token).poss) break;
      a--;
    }
    if (a < j) add(a, j);
    // Forwards: `company, Yasamal Tikinti,` / `company Baykar`.
    let k = i + 1;
    const comma = tokens[k]?.text === ',';
    if (comma) k++;
    let b = k;
    while (b < tokens.length && b - k < 4 && isNameShaped(tokens[b]) && ((tokens[b] as Token).f & WORD.function) === 0)
      b++;
    const after = tokens[b];
    if (b > k && (!comma || after?.text === ',') && !personStartsAt(scan, k)) add(k, b);
  }
  return out;
}

/**
 * Documents described in lower case: `the agreement on strategic partnership in the field of green energy`,
 * `a memorandum of understanding on cooperation in …`. The name runs from the noun over `on …` to the first
 * stop word (`between`, `signed`, `with` …) or punctuation, and needs two content words after `on`.
 * Appends to `out` (a new array by default) and returns it: a caller collecting every recogniser's mentions
 * passes its one list.
 *
 * @example
 * ```ts
 * describedDocumentCandidates(scan)[0]?.name; // 'memorandum on strategic partnership in the energy sector'
 * ```
 */
export function describedDocumentCandidates(scan: Scan, out: Candidate[] = []): Candidate[] {
  if ((scan.classes & WORD.documentNoun) === 0) return out; // no document noun in the text
  const { tokens } = scan;
  // The token after the last document found: a noun inside one starts no other.
  let next = 0;
  for (const i of scan.nouns) {
    const t = tokens[i] as Token;
    if (i < next || !(t.f & WORD.documentNoun)) continue;
    let k = i + 1;
    if (tokens[k]?.lc === 'of' && tokens[k + 1]?.lc === 'understanding') k += 2;
    if (tokens[k]?.lc !== 'on') continue;
    let e = k + 1;
    let content = 0;
    while (e < tokens.length && e - k <= 16) {
      const u = tokens[e] as Token;
      if (u.nl || (!u.word && !u.num && u.text !== '-') || DOCUMENT_STOP_WORDS.has(u.lc)) break;
      if (u.word && (u.f & WORD.function) === 0) content++;
      e++;
    }
    while (e > k + 1 && ((tokens[e - 1] as Token).f & WORD.function) !== 0) e--;
    if (content < 2 || e <= k + 1) continue;
    const name = spanText(scan, i, e);
    out.push(
      candidate(
        tokens,
        i,
        e,
        'document',
        name,
        `document:${lcSpan(scan, t.start, (tokens[e - 1] as Token).end)}`,
        STRENGTH.pattern,
      ),
    );
    next = e;
  }
  return out;
}
