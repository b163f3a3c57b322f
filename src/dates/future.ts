/**
 * Whether the sentence around a date speaks of the future (`will be held on Friday`, `is scheduled for
 * November 12`, `пройдет 23 апреля`, `12 may tarixində olacaq`) or of the past (the default in news).
 *
 * The sentence is cut into clauses at commas, semicolons, dashes and conjunctions (`that`, `which`, `and` …),
 * and the nearest tense cue decides:
 * 1. in the date's clause, the nearest future or past cue before the date (`said on Monday`, `will be held
 *    on Friday`);
 * 2. else a past participle before the date in the clause (`the memorandum signed on June 15 will …`);
 * 3. else the first cue after the date in the clause (`On Friday the ministry will present …`);
 * 4. else the first cue after the clause, then the last before it (`On June 15, the two countries signed`).
 * No cue at all: the past.
 *
 * @module
 */
import {
  CLAUSE_WORDS,
  FUTURE_STEMS,
  FUTURE_WORDS,
  NOT_PAST_ED,
  PAST_ENDINGS,
  PAST_STEMS,
  PAST_WORDS,
} from '../data/date-words.js';
import { SentenceAround } from './sentence.js';

/** A word of ASCII letters and apostrophes: the words the hashed fast path can name. */
const ASCII_WORD = /^[a-z']+$/;

const Kind = { Future: 0, Past: 1, WeakPast: 2, Boundary: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

interface Token {
  kind: Kind;
  start: number;
  end: number;
}

/** Whole words with a fixed reading: future and past cues and clause-opening conjunctions. */
const WORDS = new Map<string, Kind>([
  ...FUTURE_WORDS.map((w) => [w, Kind.Future] as const),
  ...PAST_WORDS.map((w) => [w, Kind.Past] as const),
  ...CLAUSE_WORDS.map((w) => [w, Kind.Boundary] as const),
]);
const NOT_PAST = /* @__PURE__ */ new Set(NOT_PAST_ED);
const BEFORE_TO = /* @__PURE__ */ new Set([
  'going',
  'set',
  'expected',
  'plan',
  'plans',
  'intend',
  'intends',
  'due',
  'is',
  'are',
]);
const BE = /* @__PURE__ */ new Set(['be', 'been', 'being']);
const LAST_WHAT = /* @__PURE__ */ new Set([
  ...['week', 'month', 'year', 'night', 'time', 'weekend', 'decade', 'spring', 'summer', 'autumn', 'fall', 'winter'],
  ...['days', 'weeks', 'months', 'years', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
]);
const ENDINGS = /* @__PURE__ */ new Set(PAST_ENDINGS.filter((e) => e !== 'ed'));
const LONGEST_ENDING = Math.max(...[...ENDINGS].map((e) => e.length));

/** Tokens are read in blocks of this many characters (see tokenize). */
const BLOCK = 64;

/**
 * A hash of a plain ASCII word (letters and `'`), lower-cased, from its character codes: most words are none
 * of the few that matter, and this tells so without cutting the word out of the body.
 */
const hashStep = (h: number, c: number) => (Math.imul(h, 33) + (c | 32)) & 0x3fffffff; // a small integer
const hashOf = (word: string) => {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
};
/**
 * The hashes of the ASCII words {@link classify} or the words after them look at: the cue words, the words
 * `to` (`going to`), `be` (`will be held`), `the` (`the coming`) and the rest of the special cases follow.
 */
const NOTABLE = /* @__PURE__ */ new Set(
  [...WORDS.keys(), ...BEFORE_TO, ...BE, 'to', 'next', 'last', 'coming', 'tutulur', 'the']
    .filter((w) => ASCII_WORD.test(w))
    .map(hashOf),
);
/**
 * A one-byte-per-slot sieve over the low bits of the {@link NOTABLE} hashes: a zero slot rules a word out
 * without a set lookup, which is most words (a set-bit slot still asks the set).
 */
const NOTABLE_SIEVE_MASK = 4095;
const NOTABLE_SIEVE = /* @__PURE__ */ (() => {
  const sieve = new Uint8Array(NOTABLE_SIEVE_MASK + 1);
  for (const h of NOTABLE) sieve[h & NOTABLE_SIEVE_MASK] = 1;
  return sieve;
})();
const isNotable = (h: number) => NOTABLE_SIEVE[h & NOTABLE_SIEVE_MASK] === 1 && NOTABLE.has(h);

/** ASCII word letters (`A`–`Z`, `a`–`z`, `'`) by code, looked up because every character is tested. */
const ASCII_LETTERS = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (let c = 65; c <= 90; c++) table[c] = table[c + 32] = 1;
  table[39] = 1;
  return table;
})();

/** A letter of a word: Latin with the Azerbaijani and Turkish letters, Cyrillic, an apostrophe. */
const isWordCode = (c: number) =>
  c < 128
    ? ASCII_LETTERS[c] === 1
    : (c >= 0xc0 && c <= 0x24f) || c === 0x259 || (c >= 0x400 && c <= 0x4ff) || c === 0x2019;
/** Clause punctuation: `, ; : ( ) [ ]`. */
const isMarkCode = (c: number) => c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93;
const isDashCode = (c: number) => c === 45 || c === 0x2013 || c === 0x2014; // - – —
const WHITE = /\s/;

/**
 * A test of whether the sentence around `[start, end)` of `body` speaks of the future. The tokens of each
 * sentence are read once and reused for every date in it.
 *
 * @example
 * ```ts
 * const body = 'The ministry said on Monday that the meeting will be held on Friday.';
 * const isFuture = createFutureTest(body);
 * isFuture(21, 27); // false ("said on Monday")
 * isFuture(61, 67); // true ("will be held on Friday")
 * ```
 */
export function createFutureTest(body: string): (start: number, end: number) => boolean {
  const blocks = new Map<number, Token[]>();
  const block = (k: number): Token[] => {
    let tokens = blocks.get(k);
    if (!tokens) {
      tokens = tokenize(body, k * BLOCK, (k + 1) * BLOCK);
      blocks.set(k, tokens);
    }
    return tokens;
  };
  return (start, end) => {
    return decide(block, new SentenceAround(body, start, end), start, end);
  };
}

/**
 * Whether the sentence around `[start, end)` of `body` speaks of the future; see the module notes.
 *
 * @example
 * ```ts
 * speaksOfFuture('The next session is scheduled for November 12.', 34, 45); // true
 * speaksOfFuture('The ministry reported on February 8.', 25, 35);           // false
 * ```
 */
export function speaksOfFuture(body: string, start: number, end: number): boolean {
  return createFutureTest(body)(start, end);
}

/**
 * The tokens of the words and marks that start in `[from, to)` of `body`. Bodies are read in blocks of
 * {@link BLOCK} characters, each once, so that sentences sharing text (or a long text without sentence
 * ends) are not read again for every date.
 */
function tokenize(body: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let prev = '';
  let skip = false; // the participle after `be`/`been` (`will be held`) says nothing of tense
  // Words, clause punctuation and dashes between spaces (` — `), read by character codes.
  let i = from;
  while (i < to) {
    const c = body.charCodeAt(i);
    let end: number;
    // Lower-casing a piece of a body with any non-ASCII character is slow, and most words need none: marks,
    // dashes and ASCII words without a capital are their own lower case.
    let lower = false;
    if (isWordCode(c)) {
      // A plain ASCII word is hashed on the way; one that cannot matter is passed over (see NOTABLE).
      let h = 0;
      let plain = true;
      let q = false;
      end = i;
      for (let d = c; isWordCode(d); d = body.charCodeAt(++end)) {
        if (d < 128) h = hashStep(h, d);
        else plain = false;
        if (d === 113 || d === 81) q = true; // q: `-acaq`
        if (d >= 65 && d <= 90) lower = true;
      }
      if (!plain) lower = true;
      // A word that began in the block before belongs to it.
      if (i === from && from > 0 && isWordCode(body.charCodeAt(from - 1))) {
        i = end;
        continue;
      }
      if (plain && !q && !isNotable(h) && !endsLikePast(body, end)) {
        prev = '';
        skip = false;
        i = end;
        continue;
      }
    } else if (isMarkCode(c)) end = i + 1;
    else if (isDashCode(body.charCodeAt(i + 1)) && WHITE.test(body.charAt(i)) && WHITE.test(body.charAt(i + 2))) {
      end = i + 3;
    } else {
      i++;
      continue;
    }
    const raw = body.slice(i, end);
    const word = lower ? raw.toLowerCase() : raw;
    const kind = skip ? null : classify(word, raw, prev, body, end);
    skip = BE.has(word) && prev !== 'to';
    prev = word;
    if (kind !== null) tokens.push({ kind, start: i, end });
    i = end;
  }
  return tokens;
}

/** The word ending at `end` ends in `ed` or `'ll` (any case): {@link classify} must see it. */
function endsLikePast(body: string, end: number): boolean {
  const b = body.charCodeAt(end - 2) | 32;
  const a = body.charCodeAt(end - 1) | 32;
  return (b === 101 && a === 100) || (b === 108 && a === 108);
}

const NEXT_WORD = /\s+([A-Za-z]+)/y;
const TAKE_PLACE = /\s+take\s+place(?![A-Za-z])/iy;

function takesPlace(text: string, at: number): boolean {
  TAKE_PLACE.lastIndex = at;
  return TAKE_PLACE.test(text);
}

function classify(word: string, raw: string, prev: string, text: string, after: number): Kind | null {
  const c = word.charCodeAt(0);
  // Punctuation and ` — ` (apostrophes aside, every mark sorts below `A` except `[`, `]` and a no-break space).
  if ((c < 65 && c !== 39) || c === 91 || c === 93 || c === 160) return Kind.Boundary;
  const known = WORDS.get(word);
  if (known !== undefined) return known;
  if (word === 'to') {
    // `going to`, `expected to`, `is to`, `to be held`, `to take place`
    return BEFORE_TO.has(prev) || nextWord(text, after) === 'be' || takesPlace(text, after) ? Kind.Future : null;
  }
  if (word === 'next') return nextWord(text, after) === 'to' ? null : Kind.Future;
  // `last week` is the past; `will last until` is not
  if (word === 'last') return LAST_WHAT.has(nextWord(text, after)) ? Kind.Past : null;
  if ((word === 'coming' && prev === 'the') || (word === 'tutulur' && prev === 'nəzərdə')) return Kind.Future;
  const last = word.charCodeAt(word.length - 1);
  if (last === 108 && (word.endsWith("'ll") || word.endsWith('’ll'))) return Kind.Future;
  if (word.length <= 3) return null;
  if (last < 128) {
    // The Azerbaijani future ends in an ASCII letter too: `keçiriləcək`, `açılacaq`.
    if (word.includes('acaq') || word.includes('əcək')) return Kind.Future;
    // Capitalised words ending in -ed are names (`United`, `Ahmed`), not verbs.
    return last === 100 && word.endsWith('ed') && raw.charCodeAt(0) >= 97 && !NOT_PAST.has(word) ? Kind.WeakPast : null;
  }
  if (c >= 0x400 && c <= 0x4ff) {
    for (const stem of FUTURE_STEMS) if (word.startsWith(stem)) return Kind.Future;
    for (const stem of PAST_STEMS) if (word.startsWith(stem)) return Kind.Past;
  } else if (word.includes('acaq') || word.includes('əcək')) return Kind.Future;
  for (let n = 1; n <= LONGEST_ENDING && n < word.length; n++) if (ENDINGS.has(word.slice(-n))) return Kind.WeakPast;
  return null;
}

function nextWord(text: string, at: number): string {
  NEXT_WORD.lastIndex = at;
  return NEXT_WORD.exec(text)?.[1]?.toLowerCase() ?? '';
}

/**
 * The rules of the module notes, reading blocks of tokens only as far as needed: back from the date to the
 * nearest cue or clause boundary, then forward to the first cue after the date, then back from the clause
 * start. Only tokens wholly inside the sentence count; tokens overlapping the date do not.
 */
function decide(block: (k: number) => Token[], sentence: SentenceAround, start: number, end: number): boolean {
  // 1–2: the nearest cue before the date in its clause; a weak past cue counts only when no other is there.
  let weakBefore = false;
  let clause: { k: number; i: number } | null = null; // the boundary that starts the clause
  back: for (let k = Math.floor((start - 1) / BLOCK); inSentence(sentence, k); k--) {
    const tokens = block(k);
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i] as Token;
      if (t.end > start) continue;
      if (!sentence.startsBy(t.start)) break back;
      if (t.kind === Kind.Boundary) {
        clause = { k, i };
        break back;
      }
      if (t.kind !== Kind.WeakPast) return t.kind === Kind.Future;
      weakBefore = true;
    }
  }
  if (weakBefore) return false;
  // 3–4: the first cue after the date, in its clause or after it.
  for (let k = Math.floor(end / BLOCK); sentence.endsAfter(k * BLOCK); k++) {
    for (const t of block(k)) {
      if (t.start < end) continue;
      if (!sentence.endsAfter(t.end - 1)) return lastCueBefore(block, clause, sentence);
      if (t.kind !== Kind.Boundary) return t.kind === Kind.Future;
    }
  }
  return lastCueBefore(block, clause, sentence);
}

/** Block `k` holds text of the sentence at or after its start (blocks after the date are not asked). */
const inSentence = (sentence: SentenceAround, k: number) => sentence.startsBy((k + 1) * BLOCK - 1);

/** 4: the last cue before the clause's starting boundary (none: the past). */
function lastCueBefore(
  block: (k: number) => Token[],
  clause: { k: number; i: number } | null,
  sentence: SentenceAround,
) {
  if (!clause) return false;
  for (let k = clause.k, i = clause.i - 1; inSentence(sentence, k); k--) {
    const tokens = block(k);
    if (k !== clause.k) i = tokens.length - 1;
    for (; i >= 0; i--) {
      const t = tokens[i] as Token;
      if (!sentence.startsBy(t.start)) return false;
      if (t.kind !== Kind.Boundary) return t.kind === Kind.Future;
    }
  }
  return false;
}
