/**
 * Person recognition that works on names never seen before: a rank, honorific, office or occupation before
 * capitalised words (`Colonel General Zakir Hasanov`, `Minister Hasanov`, `economist Ramil Mammadov`,
 * `Commander of the Turkish Land Forces, Army General Selcuk Bayraktaroglu`), initials (`Z.Hasanov`,
 * `M. Tokel`), a known given name, a regional surname ending (`-ov`, `-yeva`, `-oglu`, `-li`), or a speech
 * verb after the name (`Name Surname said`). Russian and Azerbaijani offices are recognised by their stems.
 *
 * @module
 */
import { RELATION_WORDS, SPEECH_VERBS, SURNAME_ENDINGS, VERB_FILLERS } from '../data/gazetteer/index.js';
import { type Candidate, newCandidate, type PersonName, STRENGTH } from './candidate.js';
import { foldName, type LexEntry, matchClassPhrase, matchPhrase, prefixKey, WORD } from './lexicon.js';
import {
  azStem,
  capRun,
  countryIn,
  gazetteerAt,
  isCapWord,
  isDash,
  isGluedInitial,
  isNameShaped,
  isOrdinalNumber,
  personStartsAt,
  type Scan,
} from './patterns.js';
import type { Token } from './tokenize.js';

const CYRILLIC_LETTER = /[а-яё]/i;
const TRAILING_DOT = /\.$/;

/** What stands before a name: its role, title and country, and whether it allows a surname alone. */
interface Trigger {
  /** The token where the name may start. */
  readonly next: number;
  readonly role?: string;
  readonly title?: string;
  readonly country?: string;
  /** A surname alone after it is a person (`Minister Hasanov`); otherwise two words or an initial are needed. */
  readonly strong: boolean;
}

/**
 * A trigger with every field present (`undefined` when unknown): one object shape for all, instead of objects
 * spread together from optional parts.
 */
function trigger(next: number, role?: string, title?: string, country?: string, strong = true): Trigger {
  return { next, role, title, country, strong };
}

/** Where a name stands; its parts are read (`nameParts`) only once it is accepted as a person's. */
interface NameSpan {
  readonly t0: number;
  readonly t1: number;
  readonly start: number;
  readonly end: number;
  /** The given name is an initial (`Z.Hasanov`, `M. Tokel`). */
  readonly initial: boolean;
}

const RU_CASE_ENDINGS = /(ов|ев|ёв|ин|ын)(а|у|ым|ом|е)$/u;
/** `respublikasının` (of the Republic): after a country name, the country's genitive. */
const REPUBLIC_GENITIVE = /^respublikas[ıi]n[ıi]n$/u;
/** The Azerbaijani genitive ending, with its buffer `n` after a vowel. */
const AZ_GENITIVE = /^n?[ıiuü]n$/u;
// A stem of four letters or more, then the comitative: after a consonant other than `l` or `y` (`Gülerlə`, not
// `Padilla`), or `y` and the ending after a vowel (`Qafarovayla`).
const AZ_COMITATIVE = /^\p{L}{3,}(?:[^aeıioöuüəlyAEIİOÖUÜƏLY\P{L}](l[aə])|[aeıioöuüə](yl[aə]))$/u;
const ENDS_ING_LY = /(?:ing|ly)$/u;
const SURNAME_ENDING = /* @__PURE__ */ new RegExp(
  `(?:${[...SURNAME_ENDINGS].sort((a, b) => b.length - a.length).join('|')})$`,
  'u',
);
const APPOSITIVE_AFTER = /* @__PURE__ */ new Set([
  'who',
  'a',
  'an',
  'the',
  'director',
  'head',
  'chairman',
  'deputy',
  'former',
]);

/**
 * The coreference key of a surname: case and diacritics folded, Russian case endings removed
 * (`Байрамова` → `байрамов`).
 *
 * @example
 * ```ts
 * surnameKey('Həsənov'); // 'hesenov'
 * ```
 */
export function surnameKey(surname: string): string {
  const f = foldName(surname);
  // The endings are Cyrillic: a name that ends in another letter (every Latin one) needs no regex run.
  if (f.charCodeAt(f.length - 1) < 0x400) return f;
  const m = RU_CASE_ENDINGS.exec(f);
  return m ? f.slice(0, m.index + (m[1] as string).length) : f;
}

/**
 * A word that can be part of a person's name here: name-shaped, not a function word, title or head noun, not
 * inside a gazetteer or institution mention (`covered`), and not a sentence-initial `-ing`/`-ly` word.
 *
 * @example
 * ```ts
 * isNameWord(scan, covered, 3);
 * ```
 */
export function isNameWord(scan: Scan, covered: Uint8Array, i: number): boolean {
  const t = scan.tokens[i];
  if (!isNameShaped(t) || covered[i]) return false;
  if ((t.f & (WORD.notName | WORD.given)) === WORD.notName) return false;
  if (t.sent && ENDS_ING_LY.test(t.lc)) return false;
  return true;
}

/** Parses a name at token `p`: `Z.Hasanov`, `M. Tokel`, or one to four name words. */
function nameAt(scan: Scan, covered: Uint8Array, p: number): NameSpan | null {
  const { tokens, lex } = scan;
  const t = tokens[p];
  if (!t?.word || !t.cap || covered[p]) return null;
  if (isGluedInitial(t)) {
    if (lex.notName.has(t.text.slice(2).toLowerCase())) return null;
    return { t0: p, t1: p + 1, start: t.start, end: t.end, initial: true };
  }
  if (t.text.length === 1 && tokens[p + 1]?.text === '.' && isNameWord(scan, covered, p + 2)) {
    const s = tokens[p + 2] as Token;
    if (s.start - (tokens[p + 1] as Token).end > 1) return null;
    return { t0: p, t1: p + 3, start: t.start, end: s.end, initial: true };
  }
  let q = p;
  while (q < tokens.length && q - p < 4 && isNameWord(scan, covered, q) && !(q > p && (tokens[q] as Token).nl)) {
    q++;
    if ((tokens[q - 1] as Token).poss) break;
  }
  if (q === p) return null;
  return { t0: p, t1: q, start: t.start, end: (tokens[q - 1] as Token).end, initial: false };
}

/** The parts of a name that `nameAt` found. */
function nameParts(scan: Scan, name: NameSpan): PersonName {
  const { tokens, lex } = scan;
  const t = tokens[name.t0] as Token;
  if (name.initial && name.t1 - name.t0 === 1) {
    return { given: [t.text[0] as string], surname: t.text.slice(2), initial: true };
  }
  if (name.initial) return { given: [t.text], surname: (tokens[name.t0 + 2] as Token).text, initial: true };
  const given: string[] = [];
  for (let k = name.t0; k < name.t1 - 1; k++) {
    const w = tokens[k] as Token;
    given.push(lex.givenNames.get(w.lc) ?? w.text);
  }
  const surname = (tokens[name.t1 - 1] as Token).text;
  const deinflected = deinflect(name.t1 - name.t0, surname);
  return { given, surname: deinflected === surname ? withoutComitative(scan, surname) : deinflected, initial: false };
}

/**
 * `Yaşar Gülerlə` → `Güler`: in Azerbaijani text (one with ə), a surname with the comitative `-la`/`-lə`
 * ("with") glued on, after a consonant, or `-yla`/`-ylə` after a vowel (`Qafarovayla`). Only this case is
 * taken off: the others are also how surnames end (`Əliyeva`, `Putin`), and the mention keeps its text.
 */
function withoutComitative(scan: Scan, surname: string): string {
  const m = AZ_COMITATIVE.exec(surname);
  if (!m || !scan.azerbaijani || scan.text.indexOf('ə') < 0) return surname;
  return surname.slice(0, surname.length - ((m[1] ?? m[2]) as string).length);
}

/** `Романом Василенко` → surname as in the nominative when the given name shows a Russian case form. */
function deinflect(wordCount: number, surname: string): string {
  if (wordCount < 2 || !CYRILLIC_LETTER.test(surname)) return surname;
  const m = RU_CASE_ENDINGS.exec(surname);
  if (!m) return surname;
  return surname.slice(0, m.index + (m[1] as string).length);
}

/** A gazetteer entry that may stand before an office: a country (`U.S. Secretary`) or an organisation (`SOCAR President`). */
const leadsOffice = (e: LexEntry | undefined): boolean =>
  e !== undefined && (e.type === 'organization' || e.id.startsWith('country:'));

/** Ranks, honorifics, offices (with their complements) and occupations at token `i`. */
function triggerAt(scan: Scan, i: number): Trigger | null {
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  if (!t.word) return null;
  if (!(t.f & WORD.trigger) && !(t.cap && leadsOffice(gazetteerAt(scan, i)?.value))) {
    return scan.cyrillic || scan.azerbaijani ? foreignRoleAt(scan, i) : null;
  }
  if (t.cap) {
    const rank = matchClassPhrase(tokens, i, lex.ranks, WORD.rank);
    if (rank) return trigger(rank.end, undefined, rank.value.replace(TRAILING_DOT, ''), undefined, true);
    const hon = matchClassPhrase(tokens, i, lex.honorifics, WORD.honorific);
    if (hon && !(hon.end === i + 1 && tokens[i + 1]?.text === '.')) return trigger(hon.end);
    if (hon) return trigger(hon.end + 1);
    const role = roleAt(scan, i);
    if (role) return role;
  }
  const occ = matchClassPhrase(tokens, i, lex.occupations, WORD.occupation);
  if (occ && !(tokens[occ.end - 1] as Token).poss && (!t.cap || t.sent || isCapWord(tokens[i - 1]))) {
    const text = scan.text.slice(t.start, (tokens[occ.end - 1] as Token).end);
    const country = demonymBefore(scan, i);
    let next = occ.end;
    if (tokens[next]?.text === ',') next++;
    const relation = RELATION_WORDS.has(occ.value);
    const academic = matchClassPhrase(tokens, i, lex.ranks, WORD.rank);
    if (academic && academic.end === occ.end) return trigger(next, undefined, academic.value, undefined, false);
    return trigger(next, relation ? undefined : text, undefined, country || undefined, false);
  }
  const stem = foreignRoleAt(scan, i);
  if (stem) return stem;
  return null;
}

function demonymBefore(scan: Scan, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && isCapWord(scan.tokens[j]) && i - j <= 3) {
    const g = gazetteerAt(scan, j);
    if (g?.value.id.startsWith('country:') && g.end <= i) return g.value.country;
    j--;
  }
  return undefined;
}

/**
 * An office: `[Azerbaijani|Azerbaijan's] [First] [Deputy] [<ministry field>] Minister [of …] [to …]`,
 * `Commander of the Turkish Land Forces`, `Ambassador of Japan to Azerbaijan`, chained with a dash
 * (`First Deputy Minister of Defense – Chief of the General Staff …`), then an optional comma and rank.
 */
function roleAt(scan: Scan, i: number): Trigger | null {
  const { tokens, lex } = scan;
  let p = i;
  let country: string | undefined;
  // A leading demonym or possessive country: `Azerbaijani Defense Minister`, `Azerbaijan's Defense Minister`,
  // also one of more than one token: `U.S. Secretary of State` (`U.S` and `.`), `United Kingdom Ambassador`.
  const g = gazetteerAt(scan, p);
  // An organisation before the office is part of the role as written: `SOCAR President`, `EU Special
  // Representative` (`President` alone would read as a head of state).
  let organization: string | undefined;
  if (g?.value.id.startsWith('country:') && g.end > p) {
    country = g.value.country;
    p = g.end;
    if (!isCapWord(tokens[p])) return null;
  } else if (g?.value.type === 'organization' && g.end > p && officeAt(scan, g.end)) {
    // The organisation's country is not the person's: the text does not say so.
    organization = scan.text.slice((tokens[p] as Token).start, (tokens[g.end - 1] as Token).end);
    p = g.end;
  }
  const roleStart = p;
  const parts: string[] = [];
  let end = p;
  let title: string | undefined;
  for (let chain = 0; chain < 3; chain++) {
    const one = officeAt(scan, p);
    if (!one) break;
    parts.push(one.role);
    country ??= one.country;
    end = one.end;
    p = one.end;
    if (isDash(tokens[p]?.text ?? '') && officeAt(scan, p + 1)) {
      p++;
      continue;
    }
    break;
  }
  if (parts.length === 0) return null;
  if (roleStart > i && parts.length === 0) return null;
  let next = end;
  if (tokens[next]?.text === ',') next++;
  const rank = isCapWord(tokens[next]) ? matchClassPhrase(tokens, next, lex.ranks, WORD.rank) : null;
  const hon = !rank && isCapWord(tokens[next]) ? matchClassPhrase(tokens, next, lex.honorifics, WORD.honorific) : null;
  if (rank) {
    title = rank.value.replace(TRAILING_DOT, '');
    next = rank.end;
  } else if (hon) {
    next = tokens[hon.end]?.text === '.' ? hon.end + 1 : hon.end;
  } else if (next > end && !personStartsAt(scan, next) && !isNameShaped(tokens[next])) {
    return null;
  }
  const role = organization === undefined ? parts.join(' – ') : `${organization} ${parts.join(' – ')}`;
  return trigger(next, role, title || undefined, country || undefined, true);
}

/** One office at `p`: its normalised text, end and country. */
function officeAt(scan: Scan, p: number): { role: string; end: number; country?: string } | null {
  const { tokens, lex } = scan;
  if (!isCapWord(tokens[p])) return null;
  let q = p;
  const prefix: string[] = [];
  while (
    q < tokens.length &&
    q - p < 2 &&
    (tokens[q] as Token).cap &&
    ['first', 'deputy', 'vice'].includes((tokens[q] as Token).lc)
  ) {
    prefix.push((tokens[q] as Token).text);
    q++;
  }
  // `<field> Minister`: `Defense Minister`, `Deputy National Defence Minister`.
  const topic = isCapWord(tokens[q]) ? matchClassPhrase(tokens, q, lex.topics, WORD.topic) : null;
  if (topic && tokens[topic.end]?.lc === 'minister' && (tokens[topic.end] as Token).cap) {
    const head = [...prefix, 'Minister'].join(' ');
    const end = topic.end + 1;
    return { role: `${head} of ${topic.value.full}`, end };
  }
  // The longer of the office as listed (`Deputy Secretary`) and the office after its prefix words (`Deputy` +
  // `Secretary General`): a rank word after the office must not be cut off as the person's title.
  const listed = matchClassPhrase(tokens, p, lex.roles, WORD.role);
  const prefixed = q > p ? matchClassPhrase(tokens, q, lex.roles, WORD.role) : null;
  const head = prefixed && (!listed || prefixed.end > listed.end) ? prefixed : listed;
  if (!head) return null;
  const t = tokens[p] as Token;
  if (!t.cap) return null;
  const end = roleComplements(scan, head.end);
  let roleEnd = end;
  let country: string | undefined;
  // `Minister of Defense of the Republic of Azerbaijan`: the country goes to `country`, not into the role.
  for (let k = head.end; k < end; k++) {
    const u = tokens[k] as Token;
    if (u.lc !== 'of') continue;
    let v = k + 1;
    if (tokens[v]?.lc === 'the') v++;
    const c = gazetteerAt(scan, v);
    if (c?.value.id.startsWith('country:') && c.end === end && !c.value.demonym) {
      country = c.value.country;
      roleEnd = k;
      break;
    }
  }
  country ??= countryIn(scan, head.end, end);
  const role = scan.text.slice(t.start, (tokens[roleEnd - 1] as Token).end);
  return { role, end, country: country || undefined };
}

/** `of …`, `to …`, `for …` after an office, stopping where a name starts. */
function roleComplements(scan: Scan, k: number): number {
  const { tokens } = scan;
  let b = k;
  for (let guard = 0; guard < 4; guard++) {
    const u = tokens[b];
    if (!u || u.cap || !['of', 'to', 'for', 'on', 'in'].includes(u.lc)) break;
    let v = b + 1;
    if (tokens[v]?.lc === 'the') v++;
    const w = tokens[v];
    if (!(isCapWord(w) || isOrdinalNumber(w)) || personStartsAt(scan, v) || (w.f & WORD.function) !== 0) break;
    const r = capRun(scan, v, 14);
    if (r === v) break;
    b = splitTrailingName(scan, v, r);
  }
  return b;
}

/**
 * A complement that ran into an unknown name (`… Social Innovations Rūta Kazlauskienė` where the given name is
 * unknown): when the run ends in two name-shaped words and the last has a surname ending, they are the name.
 */
function splitTrailingName(scan: Scan, v: number, r: number): number {
  const { tokens, lex } = scan;
  if (r - v < 3) return r;
  const a = tokens[r - 2] as Token;
  const b = tokens[r - 1] as Token;
  if (!isNameShaped(a) || !isNameShaped(b) || lex.heads.has(a.lc) || lex.heads.has(b.lc)) return r;
  if (lex.notName.has(a.lc) || lex.notName.has(b.lc)) return r;
  return SURNAME_ENDING.test(b.lc) ? r - 2 : r;
}

/** Russian and Azerbaijani offices (`министр иностранных дел Азербайджана`, `Nazir müavini`). */
function foreignRoleAt(scan: Scan, i: number): Trigger | null {
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  const code = t.lc.charCodeAt(0);
  const byPrefix =
    code >= 0x400 && code <= 0x4ff ? lex.ruRoleStemsByPrefix : scan.azerbaijani ? lex.azRoleStemsByPrefix : null;
  // Only the stems that start with the word's first two letters can start it (every stem has two letters or
  // more, which a test holds the data to); most words start like none.
  const stems = byPrefix?.get(prefixKey(t.lc, 2));
  if (!stems || !startsWithAny(t.lc, stems)) return null;
  let j = i + 1;
  while (j < tokens.length && j - i <= 6) {
    const u = tokens[j] as Token;
    if (u.nl) return null;
    if (u.word && !u.cap) {
      j++;
      continue;
    }
    const g = gazetteerAt(scan, j);
    if (g && g.value.type !== 'person' && !personStartsAt(scan, j)) {
      j = g.end;
      continue;
    }
    break;
  }
  if (!isNameShaped(tokens[j])) return null;
  // Azerbaijani names what an office is of before it: the ministry's field (`Milli Müdafiə naziri`) and the
  // country in the genitive (`Türkiyənin …`, `Azərbaycan Respublikasının …`).
  let from = i;
  let of: { start: number; country: string } | null = null;
  if (code < 0x400 || code > 0x4ff) {
    from = azOrganizationStart(scan, azFieldStart(scan, i));
    of = azCountryBefore(scan, from);
  }
  const role = scan.text.slice((tokens[from] as Token).start, (tokens[j - 1] as Token).end);
  const country = countryIn(scan, i, j) || of?.country;
  return trigger(j, role, undefined, country || undefined, false);
}

/** Where a ministry field that ends just before token `i` starts (`Xarici İşlər` before `naziri`), or `i`. */
function azFieldStart(scan: Scan, i: number): number {
  for (let k = Math.max(0, i - 4); k < i; k++) {
    if (!(scan.tokens[k] as Token).cap) continue;
    if (matchPhrase(scan.tokens, k, scan.lex.topicsAz)?.end === i) return k;
  }
  return i;
}

/**
 * Where an organisation of the gazetteer in the genitive that ends just before token `at` starts (`Milli
 * Məclisin sədri`), or `at`. Its country is not the person's (as in English: `SOCAR President`).
 */
function azOrganizationStart(scan: Scan, at: number): number {
  const last = scan.tokens[at - 1];
  if (!last?.word) return at;
  for (let k = Math.max(0, at - 5); k < at; k++) {
    const g = gazetteerAt(scan, k);
    if (g?.end !== at || g.value.type !== 'organization') continue;
    const ending = g.cut ? last.lc.slice(last.lc.length - g.cut) : '';
    if (AZ_GENITIVE.test(ending)) return k;
  }
  return at;
}

/** A country in the genitive just before token `at`: `Türkiyənin`, `Azərbaycan Respublikasının`. */
function azCountryBefore(scan: Scan, at: number): { start: number; country: string } | null {
  const { tokens, lex } = scan;
  const t = tokens[at - 1];
  if (!t?.cap) return null;
  if (REPUBLIC_GENITIVE.test(t.lc)) {
    const g = at >= 2 ? gazetteerAt(scan, at - 2) : null;
    return g?.value.country && g.value.id.startsWith('country:') && g.end === at - 1
      ? { start: at - 2, country: g.value.country }
      : null;
  }
  const stem = azStem(lex, t);
  const country = stem?.entry.id.startsWith('country:') ? stem.entry.country : undefined;
  return country && AZ_GENITIVE.test(t.lc.slice(stem?.length)) ? { start: at - 1, country } : null;
}

function startsWithAny(word: string, stems: readonly string[]): boolean {
  for (const s of stems) if (word.startsWith(s)) return true;
  return false;
}

/** A speech verb after the name, possibly after `also`/`has` (`Dere also emphasized`). */
function verbAfter(tokens: readonly Token[], q: number): boolean {
  let k = q;
  for (let n = 0; n < 3 && k < tokens.length; n++) {
    const t = tokens[k] as Token;
    if (SPEECH_VERBS.has(t.lc)) return true;
    if (!VERB_FILLERS.has(t.lc)) return false;
    k++;
  }
  return false;
}

/** `Anar Mustafayev, a former branch manager`, `Hiroshi Takeda, who …`. */
function appositiveAfter(tokens: readonly Token[], q: number): boolean {
  return tokens[q]?.text === ',' && APPOSITIVE_AFTER.has(tokens[q + 1]?.lc ?? '');
}

/**
 * Person mentions with their role, title and country where the text says so. `covered[i]` is set for tokens
 * inside other entities' mentions (places, institutions …), which are never parts of a person's name.
 *
 * @example
 * ```ts
 * personCandidates(scan, covered).map((c) => c.name); // ['Zakir Hasanov', 'Muhsin Dere', …]
 * ```
 */
export function personCandidates(scan: Scan, covered: Uint8Array): Candidate[] {
  const { tokens } = scan;
  const out: Candidate[] = [];
  const foreignScript = scan.cyrillic || scan.azerbaijani;
  let pending: Trigger | null = null;
  let listOpen = false;
  // In Latin text, a token that is not among `personStarts` changes nothing unless a list is open (it may
  // close it): with none open, go straight to the next start. A trigger waiting there is let go as it would
  // be on the way (`i > pending.next`).
  const starts = foreignScript ? null : scan.personStarts;
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (starts !== null && !listOpen) {
      while (at < starts.length && (starts[at] as number) < i) at++;
      if (at === starts.length) break;
      i = starts[at] as number;
    }
    const t = tokens[i] as Token;
    if (pending && i > pending.next) pending = null;
    if (!t.word) {
      if (listOpen && t.text !== ',') listOpen = false;
      continue;
    }
    // Most words: lower case, no trigger's first word, no Russian or Azerbaijani office to look for. Neither a
    // trigger nor a name starts there (`triggerAt` and `nameAt` would say so), only a list may go on.
    if (!t.cap && (t.f & WORD.trigger) === 0 && !foreignScript) {
      if (!(listOpen && t.lc === 'and')) listOpen = false;
      continue;
    }
    // A trigger here, or a second one right after the first (`conscript, Private Kamran Aliyev`).
    const atPending: boolean = pending !== null && pending.next === i;
    // Read once: where a trigger ends, the name after it decides whether a second trigger is looked for.
    let name: NameSpan | null | undefined = atPending ? nameAt(scan, covered, i) : undefined;
    if (!pending || (atPending && !name)) {
      const trig = triggerAt(scan, i);
      if (trig && trig.next > i) {
        pending = atPending && pending && trig.title && !trig.role ? combine(pending, trig) : trig;
        i = trig.next - 1;
        continue;
      }
    }
    if (name === undefined) name = nameAt(scan, covered, i);
    if (!name) {
      if (!(listOpen && t.lc === 'and')) listOpen = false;
      continue;
    }
    const n = name.t1 - name.t0;
    const trig = pending && pending.next === i ? pending : null;
    pending = null;
    const first = tokens[name.t0] as Token;
    const accepted =
      (trig && (trig.strong || n >= 2 || name.initial)) ||
      name.initial ||
      (n >= 2 && (first.f & WORD.given) !== 0) ||
      (n >= 2 && SURNAME_ENDING.test((tokens[name.t1 - 1] as Token).lc) && (first.f & WORD.function) === 0) ||
      (n >= 2 && (verbAfter(tokens, name.t1) || appositiveAfter(tokens, name.t1))) ||
      (n >= 2 && listOpen);
    if (!accepted) {
      listOpen = false;
      i = name.t1 - 1;
      continue;
    }
    out.push(personCandidate(name, nameParts(scan, name), trig));
    listOpen = tokens[name.t1]?.text === ',' || tokens[name.t1]?.lc === 'and';
    i = name.t1 - 1;
  }
  return out;
}

/** Two triggers in a row: the role of the first, the title of the second. */
function combine(a: Trigger, b: Trigger): Trigger {
  const role = a.role ?? b.role;
  const title = b.title ?? a.title;
  const country = a.country ?? b.country;
  return trigger(b.next, role || undefined, title || undefined, country || undefined, a.strong || b.strong);
}

function personCandidate(name: NameSpan, parts: PersonName, trig: Trigger | null): Candidate {
  const { given, surname, initial } = parts;
  const canonical = initial ? `${given[0]}. ${surname}` : [...given, surname].join(' ');
  const c = newCandidate('person', name.start, name.end, name.t0, name.t1, canonical, '', STRENGTH.pattern, false);
  c.person = parts;
  if (trig?.role) c.role = trig.role;
  if (trig?.title) c.title = trig.title;
  if (trig?.country) c.country = trig.country;
  return c;
}

/**
 * Mentions of a known person by surname alone (`Hasanov underlined`, `По словам Байрамова`), for surnames of
 * the persons already found. Tokens in `covered` are skipped.
 *
 * @example
 * ```ts
 * surnameMentions(scan, covered, new Set(['hasanov']));
 * ```
 */
export function surnameMentions(scan: Scan, covered: Uint8Array, surnames: ReadonlySet<string>): Candidate[] {
  const { tokens, capitals } = scan;
  const out: Candidate[] = [];
  if (surnames.size === 0) return out;
  for (let at = 0; at < capitals.length; at++) {
    const i = capitals[at] as number;
    const t = tokens[i] as Token;
    if (covered[i] || !t.cap || t.upper) continue;
    const code = t.text.charCodeAt(0);
    const key = code >= 0x400 && code <= 0x4ff ? surnameKey(t.text) : t.lc;
    if (!surnames.has(key) || !isNameShaped(t)) continue;
    const c = newCandidate('person', t.start, t.end, i, i + 1, t.text, '', STRENGTH.weak, false);
    c.person = { given: [], surname: t.text, initial: false };
    out.push(c);
  }
  return out;
}
