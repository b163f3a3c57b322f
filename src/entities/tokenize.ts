/**
 * Splits a body into word, number and punctuation tokens with their UTF-16 offsets, and marks what the entity
 * patterns need: capitalisation, acronyms, sentence starts, possessives and line breaks.
 *
 * @module
 */
import { ABBREVIATIONS } from '../data/abbreviations.js';
import { HASH_PRIME, HASH_SEED, type WordTable } from './word-table.js';

/**
 * One token of the body. `body.slice(start, end) === text`.
 *
 * @example
 * ```ts
 * const [t] = tokenize('Z.Hasanov said');
 * t?.text; // 'Z.Hasanov'
 * t?.cap;  // true
 * ```
 */
export interface Token {
  /** The token as written. A trailing possessive `'s` is not part of it (see `poss`). */
  readonly text: string;
  /** `text` in lower case. */
  readonly lc: string;
  /** Offset of the first code unit. */
  readonly start: number;
  /** Offset after the last code unit. */
  readonly end: number;
  /** Starts with a letter. */
  readonly word: boolean;
  /** Starts with a digit. */
  readonly num: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters and no lower-case letter (`SOCAR`, `COP29`, `U.S`). */
  readonly upper: boolean;
  /** A word of letters only, possibly joined by hyphens or apostrophes (no digits, no dots): a name's shape. */
  readonly plain: boolean;
  /** The word classes of `lc` in the lexicon (bits of `WORD` in `lexicon.ts`); 0 when tokenised without them. */
  readonly f: number;
  /** The first word of a sentence or paragraph. */
  readonly sent: boolean;
  /** Followed by a possessive `'s` / `’s`. */
  readonly poss: boolean;
  /** A line break stands between this token and the previous one. */
  readonly nl: boolean;
  /** White space stands between this token and the previous one. */
  readonly space: boolean;
}

// The yes/no facts of a token, as bits of one number. As nine fields they took 72 of a token's 136 bytes
// (a field is 8 bytes in Node); packed, a token is about half the size, so tokenising allocates half as much
// and the recognisers, which walk the tokens again and again, read half the memory.
const IS_WORD = 1;
const IS_NUM = 2;
const IS_CAP = 4;
const IS_UPPER = 8;
const IS_PLAIN = 16;
const IS_SENT = 32;
const IS_POSS = 64;
const IS_NL = 128;
const IS_SPACE = 256;
const FLAG_BITS = 9;

/**
 * A `Token` with its flags packed (see above); every token is one, so that readers see one object shape. The
 * word classes `f` share the number with the flags, above them: one field fewer is 8 bytes less a token.
 */
class PackedToken implements Token {
  readonly text: string;
  readonly lc: string;
  readonly start: number;
  readonly end: number;
  /** The flags in the low `FLAG_BITS` bits, `f` above them (14 bits of classes: the sum stays a small integer). */
  private readonly bits: number;

  constructor(text: string, lc: string, start: number, end: number, f: number, flags: number) {
    this.text = text;
    this.lc = lc;
    this.start = start;
    this.end = end;
    this.bits = flags | (f << FLAG_BITS);
  }

  get f(): number {
    return this.bits >>> FLAG_BITS;
  }
  get word(): boolean {
    return (this.bits & IS_WORD) !== 0;
  }
  get num(): boolean {
    return (this.bits & IS_NUM) !== 0;
  }
  get cap(): boolean {
    return (this.bits & IS_CAP) !== 0;
  }
  get upper(): boolean {
    return (this.bits & IS_UPPER) !== 0;
  }
  get plain(): boolean {
    return (this.bits & IS_PLAIN) !== 0;
  }
  get sent(): boolean {
    return (this.bits & IS_SENT) !== 0;
  }
  get poss(): boolean {
    return (this.bits & IS_POSS) !== 0;
  }
  get nl(): boolean {
    return (this.bits & IS_NL) !== 0;
  }
  get space(): boolean {
    return (this.bits & IS_SPACE) !== 0;
  }
}

// Character classes, by code unit: a word is a run of letters, marks and digits, possibly joined by single
// hyphens, dots or apostrophes (`Nagorno-Karabakh`, `Z.Hasanov`, `News.az`, `d'Affaires`); every other non-space
// character is a token of its own. One pass: a class table skips space, a sticky pattern reads each word.
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const JOINER = 4;
const ASCII_CLASS = /* @__PURE__ */ new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII_CLASS[c] = LETTER;
  else if (c >= 48 && c <= 57) ASCII_CLASS[c] = DIGIT;
  else if (c === 32 || (c >= 9 && c <= 13)) ASCII_CLASS[c] = SPACE;
  else if (c === 45 || c === 46 || c === 39) ASCII_CLASS[c] = JOINER;
}
// The same classes as sticky patterns, for scanning a word in one native call. Letters and marks of the Latin,
// IPA, Greek, Cyrillic, Armenian, Hebrew, Arabic, Georgian and East Asian blocks; digits. A joiner is required
// between runs and is not in the class, so matching is linear.
const WORD =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: code-point ranges of letters and of combining marks, not a grapheme written in a class
  /[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0300-\u036F\u0370-\u03FF\u0400-\u052F\u0531-\u0587\u05D0-\u05EA\u0620-\u064A\u0660-\u0669\u10A0-\u10FF\u1E00-\u1EFF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]+(?:[-.'\u2019\u02BC][A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0300-\u036F\u0370-\u03FF\u0400-\u052F\u0531-\u0587\u05D0-\u05EA\u0620-\u064A\u0660-\u0669\u10A0-\u10FF\u1E00-\u1EFF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]+)*/uy;
const PLAIN =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: code-point ranges of letters and of combining marks, not a grapheme written in a class
  /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0300-\u036F\u0370-\u03FF\u0400-\u052F\u0531-\u0587\u05D0-\u05EA\u0620-\u064A\u10A0-\u10FF\u1E00-\u1EFF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]+(?:[-'\u2019\u02BC][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0300-\u036F\u0370-\u03FF\u0400-\u052F\u0531-\u0587\u05D0-\u05EA\u0620-\u064A\u10A0-\u10FF\u1E00-\u1EFF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]+)*/uy;
const ALNUM = /[\p{L}\p{M}\p{N}]/u;
const DIGIT_CHAR = /\p{N}/u;
const WHITE = /\s/u;

/** The class of a code unit outside ASCII: Latin, IPA (`ə`), Greek and Cyrillic letters by range, others by regex. */
function classOf(c: number): number {
  if (c < 128) return ASCII_CLASS[c] as number;
  if (c === 0x2019 || c === 0x2bc) return JOINER;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x250 && c <= 0x2af)) return LETTER;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x52f)) return LETTER;
  if (c >= 0x1e00 && c <= 0x1eff) return LETTER;
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff) {
    return SPACE;
  }
  const ch = String.fromCharCode(c);
  return WHITE.test(ch) ? SPACE : ALNUM.test(ch) ? (DIGIT_CHAR.test(ch) ? DIGIT : LETTER) : OTHER;
}

/** `.` `!` `?` `…` `:` (by code unit: a token that is neither word nor number is one code unit long). */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58;
}

/**
 * Whether WORD, having read ASCII letters up to `at`, stops there. It goes on at a digit or a letter, and at a
 * joiner that a word character follows. Only code units that are surely not word characters count as a stop
 * (ASCII, Latin-1 punctuation, General Punctuation); for any other, the caller runs WORD itself.
 */
function endsAsciiWord(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const d = text.charCodeAt(at);
  if (d === 45 || d === 46 || d === 39 || d === 0x2019) {
    return at + 1 >= text.length || !maybeWordChar(text.charCodeAt(at + 1));
  }
  return !maybeWordChar(d);
}

/** False only for a code unit that is no word character of WORD (true for some that are not, too). */
function maybeWordChar(d: number): boolean {
  if (d < 0xc0) return d < 128 && (ASCII_CLASS[d] === LETTER || ASCII_CLASS[d] === DIGIT);
  return d < 0x2000 || d > 0x206f;
}

/** An upper-case letter (a letter whose lower case differs). */
function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/** A lower-case letter (a letter whose upper case differs). */
function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

/**
 * Tokenises a text in one pass over its code units.
 *
 * @example
 * ```ts
 * tokenize('Azerbaijan’s Defense Minister, M. Tokel.').map((t) => t.text);
 * // ['Azerbaijan', 'Defense', 'Minister', ',', 'M', '.', 'Tokel', '.']
 * ```
 */
export function tokenize(text: string, script?: ScriptFlags, lowered?: string | null, classes?: WordTable): Token[] {
  const out: Token[] = [];
  const n = text.length;
  if (script) noteScript(text, script);
  // Lower-case the text once (per-token case mapping of two-byte strings is slow); a token's `lc` is a slice
  // of it, unless lower-casing changed the length somewhere (`İ` → `i̇`).
  let lower: string | null = lowered ?? null;
  let i = 0;
  let prevEnd = 0;
  let sentence = true;
  let sawNl = true;
  // The fast path below reads words against the lower-cased text in place, so it needs their offsets to agree.
  if (lower === null && classes) lower = text.toLowerCase();
  const aligned = lower !== null && lower.length === n;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === SPACE) {
      if (c === 10) sawNl = true;
      i++;
      continue;
    }
    const start = i;
    const word = k === LETTER;
    const num = k === DIGIT;
    let end = i + 1;
    let tokenEnd = end;
    let poss = false;
    let raw: string;
    let lc: string;
    let f = 0;
    let cap: boolean;
    let upper: boolean;
    let plain: boolean;
    // Most words are ASCII letters only. One loop reads such a word, hashes its lower case for the word table
    // and notes its case, where the general path would run WORD, PLAIN, the table's hash and case mapping in
    // turn. It applies only where WORD would stop at the same place: at space, punctuation or the end, not at a
    // digit, a non-ASCII letter or a joiner that a word goes on after (`Z.Hasanov`, `Azerbaijan’s`).
    let j = i;
    let h = 0;
    let lowerSeen = false;
    // An upper-case letter after the first: the word is neither lower nor title case.
    let innerUpper = false;
    if (word && c < 128 && aligned && classes) {
      h = Math.imul(HASH_SEED ^ (c | 0x20), HASH_PRIME);
      lowerSeen = c >= 97;
      for (j = i + 1; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d >= 97 && d <= 122) lowerSeen = true;
        else if (d >= 65 && d <= 90) innerUpper = true;
        else break;
        h = Math.imul(h ^ (d | 0x20), HASH_PRIME);
      }
    }
    if (j > i && endsAsciiWord(text, j)) {
      end = tokenEnd = j;
      cap = c <= 90;
      const e = (classes as WordTable).findHashed(h, lower as string, start, end);
      if (e >= 0) {
        lc = (classes as WordTable).keyAt(e);
        f = (classes as WordTable).valueAt(e);
        // A known word in title case (`Baku`, most capitalised words) shares the table's one copy of that form.
        raw = innerUpper ? text.slice(start, end) : cap ? (classes as WordTable).titleCaseAt(e) : lc;
      } else {
        lc = (lower as string).slice(start, end);
        raw = cap || innerUpper ? text.slice(start, end) : lc;
      }
      upper = cap && end - start >= 2 && !lowerSeen;
      plain = cap;
    } else {
      if (word || num) {
        WORD.lastIndex = i;
        if (WORD.test(text)) end = WORD.lastIndex;
      }
      poss = hasPossessive(text, start, end);
      tokenEnd = poss ? end - 2 : end;
      raw = text.slice(start, tokenEnd);
      // A word's lower case and classes: a known word is looked up in place in the lower-cased text and takes
      // the table's copy of itself; only other words are cut out of the lower-cased text.
      lc = raw;
      if (word) {
        if (lower === null) lower = text.toLowerCase();
        if (lower.length !== n) {
          lc = raw.toLowerCase();
          if (classes) f = classes.get(lc);
        } else {
          const e = classes ? classes.find(lower, start, tokenEnd) : -1;
          if (e < 0 || !classes) lc = lower.slice(start, tokenEnd);
          else {
            lc = classes.keyAt(e);
            f = classes.valueAt(e);
          }
        }
      } else if (num && classes) {
        const e = classes.find(text, start, tokenEnd);
        if (e >= 0) f = classes.valueAt(e);
      }
      cap = word && isUpperCode(c);
      upper =
        cap && raw.length >= 2 && !isLowerCode(raw.charCodeAt(1)) && raw === raw.toUpperCase() && letters(raw) >= 2;
      plain = false;
      if (cap) {
        PLAIN.lastIndex = start;
        plain = PLAIN.test(text) && PLAIN.lastIndex >= tokenEnd;
      }
    }
    i = end;
    const nl = sawNl;
    sawNl = false;
    if (nl) sentence = true;
    let flags = 0;
    if (word) flags |= IS_WORD;
    if (num) flags |= IS_NUM;
    if (cap) flags |= IS_CAP;
    if (upper) flags |= IS_UPPER;
    if (plain) flags |= IS_PLAIN;
    if (sentence && (word || num)) flags |= IS_SENT;
    if (poss) flags |= IS_POSS;
    if (nl) flags |= IS_NL;
    if (start > prevEnd) flags |= IS_SPACE;
    out.push(new PackedToken(raw, lc, start, tokenEnd, f, flags));
    prevEnd = end;
    if (word || num) sentence = false;
    else if (isSentenceEnd(c)) sentence = !isAbbreviation(out);
    // Opening quotes and dashes keep a pending sentence start for the word after them.
  }
  return out;
}

/**
 * The texts of a phrase's tokens, split exactly as `tokenize` splits (a possessive `'s` dropped): how the
 * lexicon cuts its entries into words. Kept apart from `tokenize` on purpose: the lexicon splits thousands of
 * short, interned strings while it is built, and when those ran through `tokenize`, the engine optimised it
 * for them: on bodies it then took 23 µs a body instead of 13 (Node 20).
 *
 * @example
 * ```ts
 * tokenTexts('Azerbaijan’s State Oil Company (SOCAR)');
 * // ['Azerbaijan', 'State', 'Oil', 'Company', '(', 'SOCAR', ')']
 * ```
 */
export function tokenTexts(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    if (k === SPACE) {
      i++;
      continue;
    }
    let end = i + 1;
    if (k === LETTER || k === DIGIT) {
      WORD.lastIndex = i;
      if (WORD.test(text)) end = WORD.lastIndex;
    }
    out.push(text.slice(i, hasPossessive(text, i, end) ? end - 2 : end));
    i = end;
  }
  return out;
}

/** Whether the token read at `[start, end)` ends in a possessive `'s` / `’s` that is not part of it. */
function hasPossessive(text: string, start: number, end: number): boolean {
  if (end - start <= 2 || text.charCodeAt(end - 1) !== 115 /* s */) return false;
  const q = text.charCodeAt(end - 2);
  return q === 39 /* ' */ || q === 0x2019 /* ’ */;
}

/**
 * Which scripts a text uses beyond Latin: whether to look for Russian and Azerbaijani offices.
 *
 * @example
 * ```ts
 * const flags: ScriptFlags = { cyrillic: false, azerbaijani: false };
 * tokenize('Nazir müavini Gülnar Səfərova', flags);
 * flags.azerbaijani; // true
 * ```
 */
export interface ScriptFlags {
  cyrillic: boolean;
  azerbaijani: boolean;
}

// Native scans instead of a loop over every code unit: the first letter of either script, then the other
// script from there on (it cannot occur earlier), so the text is read about once.
const SCRIPT_LETTER = /[\u0400-\u04ff\u0259\u018f\u011f\u011e\u0131\u0130\u015f\u015e]/g;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** ə Ə ğ Ğ ı İ ş Ş */
const AZERBAIJANI = /[\u0259\u018f\u011f\u011e\u0131\u0130\u015f\u015e]/g;

function noteScript(text: string, flags: ScriptFlags): void {
  SCRIPT_LETTER.lastIndex = 0;
  if (!SCRIPT_LETTER.test(text)) return;
  const from = SCRIPT_LETTER.lastIndex;
  const c = text.charCodeAt(from - 1);
  const cyrillicFirst = c >= 0x400 && c <= 0x4ff;
  const rest = cyrillicFirst ? AZERBAIJANI : CYRILLIC;
  rest.lastIndex = from;
  const both = rest.test(text);
  if (cyrillicFirst || both) flags.cyrillic = true;
  if (!cyrillicFirst || both) flags.azerbaijani = true;
}

function letters(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) if (classOf(s.charCodeAt(i)) === LETTER) count++;
  return count;
}

function isAbbreviation(tokens: readonly Token[]): boolean {
  const prev = tokens[tokens.length - 2];
  if (!prev || tokens[tokens.length - 1]?.text !== '.') return false;
  if (prev.word && prev.text.length === 1 && prev.cap) return true; // an initial: `M. Tokel`
  return ABBREVIATIONS.has(prev.lc) || prev.lc === 'u.s' || prev.lc === 'u.k';
}
