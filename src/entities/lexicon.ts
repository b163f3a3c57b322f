/**
 * Compiles the gazetteer data modules into lookup tables keyed by token: one `Map` lookup per token finds every
 * phrase that may start there. Built once at module load; a user's extra entries are compiled once per array
 * (and remembered in a `WeakMap`).
 *
 * @module
 */
import type { EntityType } from '../article/schema.js';
import {
  AZ_HEAD_CASE_ENDINGS,
  AZ_ROLE_STEMS,
  AZ_SUFFIXES,
  AZERBAIJANI_INSTITUTIONS,
  AZERBAIJANI_PLACES,
  COUNTRIES,
  CYRILLIC_GIVEN_NAMES,
  DOCUMENT_HEADS,
  DOCUMENT_NOUNS,
  EVENT_HEADS,
  EVENT_SERIES,
  type GazetteerEntry,
  GEOGRAPHIC_WORDS,
  GIVEN_NAMES,
  HONORIFICS,
  INTERNATIONAL_ORGANIZATIONS,
  KNOWN_EVENTS,
  LANDMARKS,
  LAW_HEADS,
  LEGAL_CODES,
  MINISTRY_TOPICS,
  NON_NAME_WORDS,
  OCCUPATIONS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS,
  OUTLETS,
  PLACE_HEADS,
  PLACE_NOUNS,
  type PlaceEntry,
  RANKS,
  REGIONS,
  ROLE_HEADS,
  RU_ROLE_STEMS,
  TURKISH_INSTITUTIONS,
  WORLD_CITIES,
} from '../data/gazetteer/index.js';
import { type Token, tokenTexts } from './tokenize.js';
import { WordTable } from './word-table.js';

// Patterns of the lexicon's folding and Russian declension, built once (not per call).
const DOTLESS_I = /ı/g;
const DOTTED_CAPITAL_I = /İ/g;
const SCHWA = /ə/g;
const APOSTROPHES = /[’ʼ`´]/g;
const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const WHITE = /\s/;
const ENDS_CYRILLIC = /[а-яё]$/i;
/** Stems after which the Russian genitive takes `и`, not `ы`. */
const ENDS_VELAR_OR_HUSHING = /[кгхжшчщ]$/;
/** Names ending in these vowels do not decline. */
const ENDS_INDECLINABLE_VOWEL = /[оеиуюэы]$/;

/**
 * One thing the gazetteer knows: a stable id (the coreference key), its type, canonical name and country.
 * Demonyms (`Turkish`) point at their country with `demonym: true`.
 *
 * @example
 * ```ts
 * const e: LexEntry = { id: 'country:TR', type: 'place', name: 'Türkiye', country: 'TR', demonym: false, caseSensitive: false, citedOnly: false };
 * ```
 */
export interface LexEntry {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly country?: string;
  readonly demonym: boolean;
  readonly caseSensitive: boolean;
  readonly citedOnly: boolean;
}

/**
 * A phrase of one or more words and the value it stands for.
 *
 * @example
 * ```ts
 * const p: Phrase<string> = { words: ['colonel', 'general'], exact: false, value: 'Colonel General' };
 * ```
 */
export interface Phrase<T> {
  /** The phrase's words: lower case, or as written when `exact`. */
  readonly words: readonly string[];
  /** Compare the words with their exact letter case. */
  readonly exact: boolean;
  readonly value: T;
}

/**
 * Phrases indexed by their first word in lower case, longest first.
 *
 * @example
 * ```ts
 * const table: PhraseTable<string> = new Map([['colonel', [{ words: ['colonel', 'general'], exact: false, value: 'Colonel General' }]]]);
 * ```
 */
export type PhraseTable<T> = ReadonlyMap<string, readonly Phrase<T>[]>;

/**
 * A match of a phrase at a token position: the token after its last word, and its value.
 *
 * @example
 * ```ts
 * const m: PhraseMatch<string> = { end: 2, value: 'Colonel General' };
 * ```
 */
export interface PhraseMatch<T> {
  readonly end: number;
  readonly value: T;
  /**
   * Code units at the end of the last token that are not part of the phrase: an Azerbaijani case ending on
   * its last word (`in` of `Milli Məclisin`; see {@link matchInflectedPhrase}). Absent for other matches.
   */
  readonly cut?: number;
}

/**
 * A ministry's field as matched in text: its key and the form as written in the gazetteer.
 *
 * @example
 * ```ts
 * const t: TopicValue = { key: 'defense', form: 'Defense', full: 'Defense', short: 'Defense' };
 * ```
 */
export interface TopicValue {
  readonly key: string;
  /** The form as the gazetteer writes it (`Foreign`). */
  readonly form: string;
  /** The form for a canonical name (`Foreign Affairs`). */
  readonly full: string;
  /** The form before `Ministry` (`Foreign`, as in `Foreign Ministry`). */
  readonly short: string;
}

/**
 * Bits of a word's classes (`Token.f`), looked up once per token: a gazetteer phrase may start here, a head
 * noun, a place/organisation/document noun, a trigger of a person's title, a word that is never (part of) a
 * person's name, a given name, a function word; and the first word of a rank, honorific, office, occupation
 * or ministry field (so that a recogniser tries those tables only where one may start, see
 * `matchClassPhrase`).
 *
 * @example
 * ```ts
 * (builtInLexicon().wordClasses.get('ministry') ?? 0) & WORD.head; // non-zero
 * ```
 */
export const WORD = {
  gazetteer: 1,
  head: 2,
  placeNoun: 4,
  organizationNoun: 8,
  documentNoun: 16,
  trigger: 32,
  notName: 64,
  given: 128,
  function: 256,
  rank: 512,
  honorific: 1024,
  role: 2048,
  occupation: 4096,
  topic: 8192,
} as const;

/**
 * All compiled tables.
 *
 * @example
 * ```ts
 * builtInLexicon().heads.get('ministry'); // 'organization'
 * ```
 */
export interface Lexicon {
  /** Gazetteer phrases: places, countries, demonyms, institutions, outlets, events, codes, user entries. */
  readonly names: PhraseTable<LexEntry>;
  /** A user's extra entries, looked up before `names`. */
  readonly extra: PhraseTable<LexEntry> | null;
  /** Single-word names that Azerbaijani case suffixes may follow (`Şuşa` + `da`). */
  readonly azStems: ReadonlyMap<string, LexEntry>;
  /** Single-word names that a hyphenated suffix may follow (`EDnews-a`). */
  readonly singleWords: ReadonlyMap<string, LexEntry>;
  /** Demonyms as written (`Turkish`) → their country. */
  readonly demonyms: ReadonlyMap<string, LexEntry>;
  readonly ranks: PhraseTable<string>;
  readonly honorifics: PhraseTable<string>;
  readonly roles: PhraseTable<string>;
  readonly occupations: PhraseTable<string>;
  readonly topics: PhraseTable<TopicValue>;
  /** Russian ministry fields in the genitive (`иностранных дел`). */
  readonly topicsRu: PhraseTable<TopicValue>;
  /** Azerbaijani ministry fields before `Nazirliyi` (`Xarici İşlər`). */
  readonly topicsAz: PhraseTable<TopicValue>;
  /** Russian ministry abbreviations as written (`МИД`). */
  readonly ministryAbbreviations: ReadonlyMap<string, TopicValue>;
  /** Head noun (lower case) → the type of the phrase it ends. Azerbaijani heads are there in their case forms too. */
  readonly heads: ReadonlyMap<string, EntityType>;
  /**
   * An Azerbaijani head in a case form (lower case) → the length of its case ending: the phrase is named in
   * the base form (`Beynəlxalq Musiqi Festivalının` is the `Beynəlxalq Musiqi Festivalı`).
   */
  readonly headEndings: ReadonlyMap<string, number>;
  /** Given names in lower case → the nominative as written. */
  readonly givenNames: ReadonlyMap<string, string>;
  /** Words that never belong to a person's name. */
  readonly notName: ReadonlySet<string>;
  /** First words (lower case) of ranks, honorifics, offices, occupations and ministry fields: where a trigger may start. */
  readonly triggerWords: ReadonlySet<string>;
  /** Word (lower case) → its `WORD` bits. */
  readonly wordClasses: ReadonlyMap<string, number>;
  /** `wordClasses` as a table the tokeniser probes with a range of the text. */
  readonly wordTable: WordTable;
  /** Event series prefixes (`COP`). */
  readonly eventSeries: ReadonlySet<string>;
  readonly ruRoleStems: readonly string[];
  readonly azRoleStems: readonly string[];
  /** `prefixKey` of the first three letters of every `azStems` key: most words start no known stem. */
  readonly azStemPrefixes: ReadonlySet<number>;
  /**
   * The Russian role stems by the `prefixKey` of their first two letters: a word is tried against the few
   * stems that start like it, most words against none.
   */
  readonly ruRoleStemsByPrefix: ReadonlyMap<number, readonly string[]>;
  /** The Azerbaijani role stems by the `prefixKey` of their first two letters. */
  readonly azRoleStemsByPrefix: ReadonlyMap<number, readonly string[]>;
  readonly azSuffixes: readonly string[];
}

const COMBINING = /[\u0300-\u036f]/g;
const BACKTICKS = /[`]/g;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Folds of non-ASCII names already computed. A pure function's memo: it never changes a result, and it is
 * emptied when full so that it stays small whatever the input.
 */
const foldMemo = /* @__PURE__ */ new Map<string, string>();
const FOLD_MEMO_SIZE = 4096;

/**
 * Folds case and diacritics for comparisons: `Türkiye` → `turkiye`, `Həsənov` → `hesenov`.
 *
 * @example
 * ```ts
 * foldName('Yaşar Güler'); // 'yasar guler'
 * ```
 */
export function foldName(s: string): string {
  if (isAscii(s)) {
    const lower = s.toLowerCase();
    return lower.includes('`') ? lower.replace(BACKTICKS, "'") : lower;
  }
  // Unicode normalisation costs a microsecond or more, and the same names recur from page to page.
  const known = foldMemo.get(s);
  if (known !== undefined) return known;
  const f = s
    .normalize('NFKD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(DOTLESS_I, 'i')
    .replace(SCHWA, 'e')
    .replace(APOSTROPHES, "'");
  if (foldMemo.size >= FOLD_MEMO_SIZE) foldMemo.clear();
  foldMemo.set(s, f);
  return f;
}

const wordsOf = tokenTexts;

function addPhrase<T>(table: Map<string, Phrase<T>[]>, text: string, value: T, exact: boolean): void {
  const words = wordsOf(text);
  if (words.length === 0) return;
  const phrase: Phrase<T> = { words: exact ? words : words.map((w) => w.toLowerCase()), exact, value };
  const key = (words[0] as string).toLowerCase();
  const list = table.get(key);
  if (!list) table.set(key, [phrase]);
  else if (!list.some((p) => p.exact === exact && p.words.join(' ') === phrase.words.join(' '))) list.push(phrase);
}

function sortTable<T>(table: Map<string, Phrase<T>[]>): PhraseTable<T> {
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

const isAcronym = (s: string): boolean => UPPER_LETTER.test(s) && !LOWER_LETTER.test(s);

/** Russian case forms of a one-word place name in the nominative. */
function russianForms(name: string): string[] {
  if (WHITE.test(name) || !ENDS_CYRILLIC.test(name)) return [];
  const stem = name.slice(0, -1);
  const last = name.slice(-1);
  if (name.endsWith('ия')) return [`${stem}и`, `${stem}ю`, `${stem}ей`];
  if (last === 'а')
    return [ENDS_VELAR_OR_HUSHING.test(stem) ? `${stem}и` : `${stem}ы`, `${stem}е`, `${stem}у`, `${stem}ой`];
  if (last === 'я') return [`${stem}и`, `${stem}е`, `${stem}ю`, `${stem}ей`];
  if (last === 'ь') return [`${stem}и`, `${stem}ью`, `${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`];
  if (last === 'й') return [`${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`];
  if (ENDS_INDECLINABLE_VOWEL.test(name)) return [];
  return [`${name}а`, `${name}у`, `${name}ом`, `${name}е`];
}

interface Source {
  readonly entry: LexEntry;
  readonly forms: readonly string[];
  readonly az: readonly string[];
}

/**
 * A `LexEntry` with every field present (`country` as `undefined` when none): one object shape for all entries,
 * so that the recognisers, which read a matched entry's fields for every gazetteer hit, see a single shape.
 */
function lexEntry(
  id: string,
  type: EntityType,
  name: string,
  country: string | undefined,
  demonym: boolean,
  caseSensitive: boolean,
  citedOnly: boolean,
): LexEntry {
  return { id, type, name, country, demonym, caseSensitive, citedOnly };
}

function entryOf(e: GazetteerEntry, idPrefix = 'gaz'): LexEntry {
  const id = `${idPrefix}:${e.type}:${foldName(e.name)}`;
  return lexEntry(id, e.type, e.name, e.country || undefined, false, e.caseSensitive ?? false, e.citedOnly ?? false);
}

function placeSource(p: PlaceEntry): Source {
  const entry = lexEntry(`place:${foldName(p.name)}`, 'place', p.name, p.country || undefined, false, false, false);
  const ru = (p.ru ?? []).flatMap((r) => [r, ...russianForms(r)]);
  return { entry, forms: [p.name, ...(p.variants ?? []), ...ru, ...(p.az ?? [])], az: p.az ?? [] };
}

function sources(): Source[] {
  const out: Source[] = [];
  for (const c of COUNTRIES) {
    const entry = lexEntry(`country:${c.code}`, 'place', c.name, c.code, false, false, false);
    const ru = (c.ru ?? []).flatMap((r) => [r, ...russianForms(r)]);
    out.push({ entry, forms: [c.name, ...(c.variants ?? []), ...ru, ...(c.az ?? [])], az: c.az ?? [] });
    if (c.demonyms?.length) {
      const demonym = lexEntry(entry.id, 'place', c.name, c.code, true, true, false);
      out.push({ entry: demonym, forms: c.demonyms, az: [] });
    }
  }
  for (const p of [...AZERBAIJANI_PLACES, ...LANDMARKS, ...REGIONS, ...WORLD_CITIES]) out.push(placeSource(p));
  const entries = [
    ...AZERBAIJANI_INSTITUTIONS,
    ...TURKISH_INSTITUTIONS,
    ...INTERNATIONAL_ORGANIZATIONS,
    ...OUTLETS,
    ...KNOWN_EVENTS,
    ...LEGAL_CODES,
  ];
  for (const e of entries) out.push({ entry: entryOf(e), forms: [e.name, ...(e.variants ?? [])], az: [] });
  return out;
}

function nameTable(list: readonly Source[]): PhraseTable<LexEntry> {
  const table = new Map<string, Phrase<LexEntry>[]>();
  for (const { entry, forms } of list) {
    for (const form of forms) {
      const exact = entry.caseSensitive || isAcronym(form);
      addPhrase(table, form, entry, exact);
      const folded = form
        .normalize('NFKD')
        .replace(COMBINING, '')
        .replace(DOTLESS_I, 'i')
        .replace(DOTTED_CAPITAL_I, 'I');
      if (folded !== form) addPhrase(table, folded, entry, exact);
    }
  }
  return sortTable(table);
}

function valueTable(list: readonly string[], exact = false): PhraseTable<string> {
  const table = new Map<string, Phrase<string>[]>();
  for (const s of list) addPhrase(table, s, s, exact);
  return sortTable(table);
}

function topicTable(): PhraseTable<TopicValue> {
  const table = new Map<string, Phrase<TopicValue>[]>();
  for (const t of MINISTRY_TOPICS) {
    for (const form of t.forms) {
      const full = t.expand?.[form] ?? form;
      const short = Object.entries(t.expand ?? {}).find(([, v]) => v === full)?.[0] ?? form;
      addPhrase(table, form, { key: t.key, form, full, short }, false);
    }
  }
  return sortTable(table);
}

/** The English field a Russian or Azerbaijani ministry name is given (`Defense`, not `National Defense`). */
const mainForm = (forms: readonly string[]): string =>
  forms.find((f) => !f.startsWith('National ') && !f.startsWith('the ')) ?? (forms[0] as string);

function foreignTopicTables(): {
  ru: PhraseTable<TopicValue>;
  az: PhraseTable<TopicValue>;
  abbreviations: Map<string, TopicValue>;
} {
  const ru = new Map<string, Phrase<TopicValue>[]>();
  const az = new Map<string, Phrase<TopicValue>[]>();
  const abbreviations = new Map<string, TopicValue>();
  for (const t of MINISTRY_TOPICS) {
    const full = t.expand?.[mainForm(t.forms)] ?? mainForm(t.forms);
    const short = Object.entries(t.expand ?? {}).find(([, v]) => v === full)?.[0] ?? full;
    const value: TopicValue = { key: t.key, form: full, full, short };
    for (const f of t.ru ?? []) addPhrase(ru, f, value, false);
    for (const f of t.az ?? []) addPhrase(az, f, value, false);
    for (const f of t.ruShort ?? []) abbreviations.set(f, value);
  }
  return { ru: sortTable(ru), az: sortTable(az), abbreviations };
}

// An Azerbaijani head in its possessive form: a consonant, then the possessive vowel (`festivalı`, `sammiti`,
// `komitəsi`, `forumu`); `bureau` is not one.
const AZ_POSSESSIVE_HEAD = /[^aeıioöuüə][ıiuü]$/;

function headTable(): { heads: Map<string, EntityType>; headEndings: Map<string, number> } {
  const heads = new Map<string, EntityType>();
  const headEndings = new Map<string, number>();
  const put = (list: readonly string[], type: EntityType) => {
    for (const h of list) {
      if (WHITE.test(h)) continue;
      heads.set(h, type);
      if (!AZ_POSSESSIVE_HEAD.test(h)) continue;
      for (const ending of AZ_HEAD_CASE_ENDINGS[h.at(-1) as keyof typeof AZ_HEAD_CASE_ENDINGS]) {
        heads.set(h + ending, type);
        headEndings.set(h + ending, ending.length);
      }
    }
  };
  put(PLACE_HEADS, 'place');
  put(ORGANIZATION_HEADS, 'organization');
  put(EVENT_HEADS, 'event');
  put(DOCUMENT_HEADS, 'document');
  put(LAW_HEADS, 'law');
  heads.set('prix', 'event');
  return { heads, headEndings };
}

/** Russian case forms of a given name, each mapped to the nominative. */
function givenNameTable(): Map<string, string> {
  const map = new Map<string, string>();
  for (const n of GIVEN_NAMES) map.set(n.toLowerCase(), n);
  for (const n of CYRILLIC_GIVEN_NAMES) {
    map.set(n.toLowerCase(), n);
    for (const f of russianForms(n)) if (!map.has(f.toLowerCase())) map.set(f.toLowerCase(), n);
  }
  return map;
}

function notNameSet(heads: ReadonlyMap<string, EntityType>): Set<string> {
  const set = new Set([...NON_NAME_WORDS, ...GEOGRAPHIC_WORDS]);
  for (const list of [ROLE_HEADS, RANKS, HONORIFICS]) {
    for (const phrase of list) for (const w of wordsOf(phrase)) if (w.length > 1) set.add(w.toLowerCase());
  }
  for (const t of MINISTRY_TOPICS) for (const f of t.forms) for (const w of wordsOf(f)) set.add(w.toLowerCase());
  for (const h of heads.keys()) set.add(h);
  for (const w of ['republic', 'national', 'state', 'international', 'university', 'deputy', 'first']) set.add(w);
  return set;
}

function singleWordMaps(list: readonly Source[]): {
  azStems: Map<string, LexEntry>;
  singleWords: Map<string, LexEntry>;
  demonyms: Map<string, LexEntry>;
} {
  const azStems = new Map<string, LexEntry>();
  const singleWords = new Map<string, LexEntry>();
  const demonyms = new Map<string, LexEntry>();
  for (const { entry, forms, az } of list) {
    if (entry.demonym) {
      for (const f of forms) demonyms.set(f, entry);
      continue;
    }
    for (const f of az) if (!WHITE.test(f)) azStems.set(f.toLowerCase(), entry);
    for (const f of forms) if (!WHITE.test(f) && !entry.citedOnly) singleWords.set(f.toLowerCase(), entry);
  }
  return { azStems, singleWords, demonyms };
}

function firstWords(lists: readonly (readonly string[])[]): Set<string> {
  const set = new Set<string>();
  for (const list of lists) for (const phrase of list) set.add((wordsOf(phrase)[0] ?? '').toLowerCase());
  return set;
}

function wordClassTable(parts: {
  names: PhraseTable<LexEntry>;
  heads: ReadonlyMap<string, EntityType>;
  triggers: ReadonlySet<string>;
  notName: ReadonlySet<string>;
  given: ReadonlyMap<string, string>;
  ranks: PhraseTable<string>;
  honorifics: PhraseTable<string>;
  roles: PhraseTable<string>;
  occupations: PhraseTable<string>;
  topics: PhraseTable<TopicValue>;
}): Map<string, number> {
  const table = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) table.set(w, (table.get(w) ?? 0) | bit);
  };
  mark(parts.names.keys(), WORD.gazetteer);
  mark(parts.heads.keys(), WORD.head);
  mark(PLACE_NOUNS, WORD.placeNoun);
  mark(ORGANIZATION_NOUNS, WORD.organizationNoun);
  mark(DOCUMENT_NOUNS, WORD.documentNoun);
  mark(parts.triggers, WORD.trigger);
  mark(parts.notName, WORD.notName);
  mark(parts.given.keys(), WORD.given);
  mark(NON_NAME_WORDS, WORD.function);
  mark(parts.ranks.keys(), WORD.rank);
  mark(parts.honorifics.keys(), WORD.honorific);
  mark(parts.roles.keys(), WORD.role);
  mark(parts.occupations.keys(), WORD.occupation);
  mark(parts.topics.keys(), WORD.topic);
  return table;
}

/**
 * The first `n` (at most 3) code units of `s` as one number, or -1 when `s` is shorter: a cheap key for
 * "could any entry start like this word" before trying every entry.
 *
 * @example
 * ```ts
 * prefixKey('nazir', 2) === prefixKey('nazirliyi', 2); // true
 * ```
 */
export function prefixKey(s: string, n: number): number {
  if (s.length < n) return -1;
  let key = 0;
  for (let i = n - 1; i >= 0; i--) key = key * 65536 + s.charCodeAt(i);
  return key;
}

/** Words (every one at least `n` long) by their `prefixKey` of `n`, in list order. */
function byPrefix(words: readonly string[], n: number): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const w of words) {
    const key = prefixKey(w, n);
    const list = map.get(key);
    if (list) list.push(w);
    else map.set(key, [w]);
  }
  return map;
}

function prefixSet(words: Iterable<string>, n: number): Set<number> {
  const set = new Set<number>();
  for (const w of words) if (w.length >= n) set.add(prefixKey(w, n));
  return set;
}

function build(): Lexicon {
  const list = sources();
  const { heads, headEndings } = headTable();
  const { azStems, singleWords, demonyms } = singleWordMaps(list);
  const foreign = foreignTopicTables();
  const names = nameTable(list);
  const givenNames = givenNameTable();
  const notName = notNameSet(heads);
  const triggerWords = firstWords([
    RANKS,
    HONORIFICS,
    ROLE_HEADS,
    OCCUPATIONS,
    MINISTRY_TOPICS.flatMap((t) => t.forms),
    ['First', 'Deputy', 'Vice'],
  ]);
  const ranks = valueTable(RANKS);
  const honorifics = valueTable(HONORIFICS);
  const roles = valueTable(ROLE_HEADS);
  const occupations = valueTable(OCCUPATIONS);
  const topics = topicTable();
  const wordClasses = wordClassTable({
    names,
    heads,
    triggers: triggerWords,
    notName,
    given: givenNames,
    ranks,
    honorifics,
    roles,
    occupations,
    topics,
  });
  return {
    names,
    extra: null,
    azStems,
    singleWords,
    demonyms,
    ranks,
    honorifics,
    roles,
    occupations,
    topics,
    topicsRu: foreign.ru,
    topicsAz: foreign.az,
    ministryAbbreviations: foreign.abbreviations,
    heads,
    headEndings,
    givenNames,
    notName,
    triggerWords,
    wordClasses,
    wordTable: new WordTable(wordClasses),
    eventSeries: new Set(EVENT_SERIES),
    ruRoleStems: RU_ROLE_STEMS,
    azRoleStems: AZ_ROLE_STEMS,
    azStemPrefixes: prefixSet(azStems.keys(), 3),
    ruRoleStemsByPrefix: byPrefix(RU_ROLE_STEMS, 2),
    azRoleStemsByPrefix: byPrefix(AZ_ROLE_STEMS, 2),
    azSuffixes: AZ_SUFFIXES,
  };
}

let builtIn: Lexicon | undefined;

/**
 * The lexicon compiled from the built-in gazetteer, built on first use: importing the library costs nothing
 * until a page is enriched, and bundles that never enrich leave the gazetteer out.
 *
 * @example
 * ```ts
 * builtInLexicon().givenNames.get('zakir'); // 'Zakir'
 * ```
 */
export function builtInLexicon(): Lexicon {
  builtIn ??= build();
  return builtIn;
}

const extended = new WeakMap<readonly GazetteerEntry[], Lexicon>();

/**
 * The lexicon with a user's extra gazetteer entries (looked up first). Compiled once per array.
 *
 * @example
 * ```ts
 * const lex = withExtraEntries([{ type: 'organization', name: 'Lakeshore University' }]);
 * lex.extra?.has('lakeshore'); // true
 * ```
 */
export function withExtraEntries(entries: readonly GazetteerEntry[] | undefined): Lexicon {
  if (!entries || entries.length === 0) return builtInLexicon();
  const cached = extended.get(entries);
  if (cached) return cached;
  const list: Source[] = entries.map((e) => ({
    entry: entryOf(e, 'user'),
    forms: [e.name, ...(e.variants ?? [])],
    az: [],
  }));
  const lex: Lexicon = { ...builtInLexicon(), extra: nameTable(list) };
  extended.set(entries, lex);
  return lex;
}

/**
 * The longest phrase of `table` that starts at token `i`, or `null`. Phrases compare lower-case words unless
 * exact; punctuation inside a phrase (`U.S.`) must match too.
 *
 * @example
 * ```ts
 * const tokens = tokenize('Colonel General Zakir Hasanov');
 * matchPhrase(tokens, 0, builtInLexicon().ranks); // { end: 2, value: 'Colonel General' }
 * ```
 */
export function matchPhrase<T>(tokens: readonly Token[], i: number, table: PhraseTable<T>): PhraseMatch<T> | null {
  const first = tokens[i];
  if (!first) return null;
  const list = table.get(first.lc);
  if (!list) return null;
  for (const p of list) {
    const n = p.words.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    // The list is keyed by the first word in lower case, which a phrase compared in lower case equals.
    for (let k = p.exact ? 0 : 1; k < n; k++) {
      const t = tokens[i + k] as Token;
      if ((p.exact ? t.text : t.lc) !== p.words[k] || (k > 0 && t.nl)) {
        ok = false;
        break;
      }
      // Inside a phrase, only the last word may carry a possessive (`Prosecutor General's Office` is fine).
    }
    if (ok) return { end: i + n, value: p.value };
  }
  return null;
}

/**
 * A phrase of two words or more whose last word carries an Azerbaijani case ending in the text (`Milli
 * Məclisin` for `Milli Məclis`, `Nazirlər Kabinetinə`): the longest, with the ending's length as `cut`.
 * Azerbaijani inflects only the last word of a name; single words are read by their stems elsewhere.
 *
 * @example
 * ```ts
 * const lex = builtInLexicon();
 * matchInflectedPhrase(tokenize('Milli Məclisin sədri'), 0, lex.names, lex.azSuffixes); // { end: 2, value: …, cut: 2 }
 * ```
 */
export function matchInflectedPhrase<T>(
  tokens: readonly Token[],
  i: number,
  table: PhraseTable<T>,
  suffixes: readonly string[],
): PhraseMatch<T> | null {
  const first = tokens[i];
  const list = first ? table.get(first.lc) : undefined;
  if (!list) return null;
  for (const p of list) {
    const n = p.words.length;
    if (n < 2 || p.exact || i + n > tokens.length) continue;
    let k = 1;
    while (k < n - 1 && (tokens[i + k] as Token).lc === p.words[k] && !(tokens[i + k] as Token).nl) k++;
    if (k < n - 1) continue;
    const last = tokens[i + k] as Token;
    const word = p.words[k] as string;
    if (last.nl || last.lc.length <= word.length || !last.lc.startsWith(word)) continue;
    const ending = last.lc.slice(word.length);
    if (suffixes.includes(ending) && last.text.length === last.lc.length) {
      return { end: i + n, value: p.value, cut: ending.length };
    }
  }
  return null;
}

/**
 * `matchPhrase` for a table whose first words carry `bit` of `WORD` (`WORD.rank` for `ranks` …): a token
 * without the bit starts no phrase of the table, so most tokens are turned away by a bit test of `Token.f`
 * instead of a `Map` look-up. The tokens must come with their classes (tokenised with the lexicon's
 * `wordTable`, as every `Scan`'s are).
 *
 * @example
 * ```ts
 * const lex = builtInLexicon();
 * const tokens = tokenize('Colonel General Zakir Hasanov', undefined, undefined, lex.wordTable);
 * matchClassPhrase(tokens, 0, lex.ranks, WORD.rank); // { end: 2, value: 'Colonel General' }
 * matchClassPhrase(tokens, 2, lex.ranks, WORD.rank); // null, without a look-up
 * ```
 */
export function matchClassPhrase<T>(
  tokens: readonly Token[],
  i: number,
  table: PhraseTable<T>,
  bit: number,
): PhraseMatch<T> | null {
  const t = tokens[i];
  return t !== undefined && (t.f & bit) !== 0 ? matchPhrase(tokens, i, table) : null;
}
